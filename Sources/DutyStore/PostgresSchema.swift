import DutyModel

/// The schema on a PostgreSQL server: the same named forward-only migrations as
/// ``Migrations`` (the same tables, columns, checks and append-only logs), in PostgreSQL's
/// dialect. Never edit a shipped migration: add a new one to both. The migrations applied are
/// recorded in `zhiban_migrations`; they run under an advisory lock, so that two processes
/// opening a new database at once do not both run them.
enum PostgresSchema {
    static let table = "zhiban_migrations"
    static let lock: Int64 = 0x7a6869_6d6967

    static func list<T: RawRepresentable>(_ values: [T]) -> String where T.RawValue == String {
        Migrations.sqlList(values)
    }

    /// Refuses changes to an append-only table, naming why (the trigger's argument).
    static let appendOnly = """
        CREATE FUNCTION zhiban_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$;
        """

    static func appendOnlyTriggers(_ table: String, _ message: String) -> String {
        """
        CREATE TRIGGER \(table)_no_update BEFORE UPDATE OR DELETE ON \(table)
            FOR EACH ROW EXECUTE FUNCTION zhiban_append_only('\(message)');
        CREATE TRIGGER \(table)_no_truncate BEFORE TRUNCATE ON \(table)
            FOR EACH STATEMENT EXECUTE FUNCTION zhiban_append_only('\(message)');
        """
    }

    /// The migrations in the order they run, named as on SQLite.
    static let migrations: [(name: String, sql: String)] = [
        ("v1-directory", """
            CREATE TABLE organisation (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL CHECK (name <> ''),
                kind TEXT NOT NULL CHECK (kind IN (\(list(OrganisationKind.allCases))))
            );
            CREATE TABLE area (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL CHECK (name <> ''),
                leader_id TEXT
            );
            CREATE TABLE compound (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL CHECK (name <> ''),
                area_id TEXT NOT NULL REFERENCES area(id) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED,
                households INTEGER NOT NULL CHECK (households >= 0),
                cadre_id TEXT
            );
            CREATE TABLE gate (
                id TEXT PRIMARY KEY,
                compound_id TEXT NOT NULL REFERENCES compound(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                name TEXT NOT NULL CHECK (name <> '')
            );
            CREATE TABLE building (
                id TEXT PRIMARY KEY,
                compound_id TEXT NOT NULL REFERENCES compound(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                name TEXT NOT NULL CHECK (name <> ''),
                households INTEGER NOT NULL CHECK (households >= 0),
                leader_id TEXT
            );
            CREATE TABLE person (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL CHECK (name <> ''),
                phone TEXT NOT NULL,
                sex TEXT NOT NULL CHECK (sex IN (\(list(Sex.allCases)))),
                birth_year INTEGER NOT NULL,
                compound_id TEXT NOT NULL REFERENCES compound(id) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED,
                building_id TEXT REFERENCES building(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
                organisation_id TEXT REFERENCES organisation(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
                skills TEXT NOT NULL,
                availability_unrestricted INTEGER NOT NULL CHECK (availability_unrestricted IN (0, 1)),
                max_hours_week INTEGER CHECK (max_hours_week BETWEEN 0 AND 168),
                night_ok INTEGER NOT NULL CHECK (night_ok IN (0, 1)),
                notes TEXT NOT NULL
            );
            ALTER TABLE area ADD FOREIGN KEY (leader_id) REFERENCES person(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;
            ALTER TABLE compound ADD FOREIGN KEY (cadre_id) REFERENCES person(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;
            ALTER TABLE building ADD FOREIGN KEY (leader_id) REFERENCES person(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;
            CREATE INDEX person_compound ON person(compound_id);
            CREATE TABLE person_role (
                person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                role TEXT NOT NULL CHECK (role IN (\(list(Role.allCases)))),
                PRIMARY KEY (person_id, role)
            );
            CREATE TABLE availability_window (
                person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
                start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
                end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
                CHECK (start_minute < end_minute)
            );
            CREATE INDEX availability_person ON availability_window(person_id);
            CREATE TABLE unavailability (
                person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                from_date TEXT NOT NULL,
                to_date TEXT NOT NULL,
                start_minute INTEGER,
                end_minute INTEGER,
                CHECK (from_date <= to_date),
                CHECK ((start_minute IS NULL) = (end_minute IS NULL)),
                PRIMARY KEY (person_id, position)
            );
            """),
        ("v2-posts", """
            CREATE TABLE shift_template (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL CHECK (name <> '')
            );
            CREATE TABLE shift (
                template_id TEXT NOT NULL REFERENCES shift_template(id) ON DELETE CASCADE,
                code TEXT NOT NULL CHECK (code <> ''),
                position INTEGER NOT NULL,
                name TEXT NOT NULL CHECK (name <> ''),
                start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
                end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
                PRIMARY KEY (template_id, code)
            );
            CREATE TABLE post (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL CHECK (name <> ''),
                kind TEXT NOT NULL CHECK (kind IN (\(list(PostKind.allCases)))),
                compound_id TEXT NOT NULL REFERENCES compound(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                gate_id TEXT REFERENCES gate(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                template_id TEXT NOT NULL REFERENCES shift_template(id) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED,
                min_age INTEGER,
                max_age INTEGER,
                CHECK (kind <> 'checkpoint' OR gate_id IS NOT NULL)
            );
            CREATE INDEX post_compound ON post(compound_id);
            CREATE TABLE staffing_rule (
                post_id TEXT NOT NULL REFERENCES post(id) ON DELETE CASCADE,
                shift_code TEXT NOT NULL,
                position INTEGER NOT NULL,
                minimum INTEGER NOT NULL CHECK (minimum >= 0),
                maximum INTEGER NOT NULL CHECK (maximum >= minimum AND maximum >= 1),
                PRIMARY KEY (post_id, shift_code)
            );
            CREATE TABLE staffing_requirement (
                post_id TEXT NOT NULL,
                shift_code TEXT NOT NULL,
                position INTEGER NOT NULL,
                roles TEXT NOT NULL CHECK (roles <> ''),
                at_least INTEGER NOT NULL CHECK (at_least >= 1),
                PRIMARY KEY (post_id, shift_code, position),
                FOREIGN KEY (post_id, shift_code) REFERENCES staffing_rule(post_id, shift_code) ON DELETE CASCADE
            );
            """),
        ("v3-roster", """
            CREATE TABLE slot (
                id TEXT PRIMARY KEY,
                post_id TEXT NOT NULL REFERENCES post(id) ON DELETE CASCADE,
                date TEXT NOT NULL CHECK (date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
                shift_code TEXT NOT NULL,
                UNIQUE (post_id, date, shift_code)
            );
            CREATE INDEX slot_date ON slot(date);
            CREATE TABLE assignment (
                slot_id TEXT NOT NULL REFERENCES slot(id) ON DELETE CASCADE,
                person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                pinned INTEGER NOT NULL CHECK (pinned IN (0, 1)),
                source TEXT NOT NULL CHECK (source IN (\(list(AssignmentSource.allCases)))),
                PRIMARY KEY (slot_id, person_id)
            );
            CREATE INDEX assignment_person ON assignment(person_id);
            CREATE TABLE check_in (
                seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                id TEXT NOT NULL,
                person_id TEXT NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                slot_id TEXT NOT NULL REFERENCES slot(id) ON DELETE RESTRICT,
                time_in TEXT,
                time_out TEXT,
                status TEXT NOT NULL CHECK (status IN (\(list(CheckInStatus.allCases)))),
                reason TEXT NOT NULL,
                entered_by TEXT NOT NULL,
                entered_at TEXT NOT NULL
            );
            CREATE INDEX check_in_id ON check_in(id);
            \(appendOnly)
            \(appendOnlyTriggers("check_in", "the check-in log is append-only: add a correction instead"))
            """),
        ("v4-audit", """
            CREATE TABLE audit (
                seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                at TEXT NOT NULL,
                os_user TEXT NOT NULL,
                action TEXT NOT NULL,
                entity TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                before TEXT,
                after TEXT,
                CHECK (before IS NOT NULL OR after IS NOT NULL)
            );
            \(appendOnlyTriggers("audit", "the audit log is append-only"))
            """),
        ("v5-changes", """
            ALTER TABLE audit ADD COLUMN change_id BIGINT;
            ALTER TABLE audit ADD COLUMN reverses BIGINT;
            CREATE INDEX audit_change ON audit (change_id);
            """),
        ("v6-desk", """
            ALTER TABLE check_in ADD COLUMN action TEXT NOT NULL DEFAULT 'in'
                CONSTRAINT check_in_action_check CHECK (action IN (\(list(Migrations.v6Actions))));
            ALTER TABLE check_in ADD COLUMN voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1));
            CREATE INDEX check_in_person ON check_in (person_id);
            """),
        ("v7-night-shifts", "ALTER TABLE shift ADD COLUMN night INTEGER CHECK (night IN (0, 1));"),
        // PostgreSQL widens a CHECK in place (SQLite had to copy the table).
        ("v8-closed-check-ins", """
            ALTER TABLE check_in DROP CONSTRAINT check_in_action_check,
                ADD CONSTRAINT check_in_action_check CHECK (action IN (\(list(Migrations.v6Actions + [.closed]))));
            """),
        ("v9-overrides", """
            ALTER TABLE assignment ADD COLUMN override_reason TEXT CHECK (override_reason IS NULL OR override_reason <> '');
            ALTER TABLE assignment ADD COLUMN override_rules TEXT;
            ALTER TABLE assignment ADD COLUMN replaces TEXT;
            """),
        ("v10-history-by-range", "CREATE INDEX check_in_slot ON check_in (slot_id, seq);"),
        // The server's own: who may change what (SQLite has one user, protected by the file's mode).
        ("v11-roles", PostgresRoles.migration),
    ]

    /// Whether the database holds Zhiban's schema (its migrations table).
    static func isPresent(_ backend: PostgresBackend) throws -> Bool {
        try backend.readOne { db in
            try db.integer("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = ?", [table]) ?? 0
        } > 0
    }

    /// Runs the migrations not yet applied, each with its record, in one transaction.
    static func migrate(_ backend: PostgresBackend) throws {
        // Up to date: nothing to write (a login that may not create tables opens it too).
        if let applied = try? applied(backend), applied == migrations.map(\.name) { return }
        try backend.script("""
            BEGIN;
            SELECT pg_advisory_xact_lock(\(lock));
            CREATE TABLE IF NOT EXISTS \(table) (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now());
            COMMIT;
            """)
        try backend.write { db in
            _ = try db.integer("SELECT pg_advisory_xact_lock(\(lock))")
            let applied = Set(try db.all("SELECT name FROM \(table)") { $0.string(0) })
            for migration in migrations where !applied.contains(migration.name) {
                try db.script(migration.sql)
                try db.execute("INSERT INTO \(table) (name) VALUES (?)", [migration.name])
            }
        }
    }

    /// The names of the migrations applied, in order.
    static func applied(_ backend: PostgresBackend) throws -> [String] {
        try backend.read { db in try db.all("SELECT name FROM \(table)") { $0.string(0) } }
            .sorted { a, b in (migrations.firstIndex { $0.name == a } ?? .max) < (migrations.firstIndex { $0.name == b } ?? .max) }
    }
}
