import DutyModel
import GRDB

/// The schema, as named forward-only migrations. Never edit a shipped migration:
/// add a new one. Integrity lives in the schema (NOT NULL, CHECK, foreign keys).
public enum Migrations {
    /// Migration identifiers in the order they run.
    public static let names = ["v1-directory", "v2-posts", "v3-roster", "v4-audit", "v5-changes", "v6-desk",
                               "v7-night-shifts", "v8-closed-check-ins", "v9-overrides", "v10-history-by-range"]

    static func sqlList<T: RawRepresentable>(_ values: [T]) -> String where T.RawValue == String {
        values.map { "'\($0.rawValue)'" }.joined(separator: ",")
    }

    /// The check-in actions v6-desk shipped with. Pinned, so that v6 makes the same schema
    /// whatever actions come later (v8 added `closed`): a migration means what it meant.
    static let v6Actions: [CheckInAction] = [.checkIn, .checkOut, .noShow, .excused, .correction, .walkIn, .undo]

    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        // People and places. Leader references are deferred so that an area, a compound and
        // the person who leads it can be written in one transaction in any order.
        migrator.registerMigration("v1-directory") { db in
            try db.execute(sql: """
                CREATE TABLE organisation (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL CHECK (name <> ''),
                    kind TEXT NOT NULL CHECK (kind IN (\(sqlList(OrganisationKind.allCases))))
                );
                CREATE TABLE area (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL CHECK (name <> ''),
                    leader_id TEXT REFERENCES person(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
                );
                CREATE TABLE compound (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL CHECK (name <> ''),
                    area_id TEXT NOT NULL REFERENCES area(id) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED,
                    households INTEGER NOT NULL CHECK (households >= 0),
                    cadre_id TEXT REFERENCES person(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
                );
                CREATE TABLE gate (
                    id TEXT PRIMARY KEY NOT NULL,
                    compound_id TEXT NOT NULL REFERENCES compound(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                    name TEXT NOT NULL CHECK (name <> '')
                );
                CREATE TABLE building (
                    id TEXT PRIMARY KEY NOT NULL,
                    compound_id TEXT NOT NULL REFERENCES compound(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                    name TEXT NOT NULL CHECK (name <> ''),
                    households INTEGER NOT NULL CHECK (households >= 0),
                    leader_id TEXT REFERENCES person(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
                );
                CREATE TABLE person (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL CHECK (name <> ''),
                    phone TEXT NOT NULL,
                    sex TEXT NOT NULL CHECK (sex IN (\(sqlList(Sex.allCases)))),
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
                CREATE INDEX person_compound ON person(compound_id);
                CREATE TABLE person_role (
                    person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                    role TEXT NOT NULL CHECK (role IN (\(sqlList(Role.allCases)))),
                    PRIMARY KEY (person_id, role)
                ) WITHOUT ROWID;
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
                ) WITHOUT ROWID;
                """)
        }
        // Posts, their shift templates and staffing rules.
        migrator.registerMigration("v2-posts") { db in
            try db.execute(sql: """
                CREATE TABLE shift_template (
                    id TEXT PRIMARY KEY NOT NULL,
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
                ) WITHOUT ROWID;
                CREATE TABLE post (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL CHECK (name <> ''),
                    kind TEXT NOT NULL CHECK (kind IN (\(sqlList(PostKind.allCases)))),
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
                ) WITHOUT ROWID;
                CREATE TABLE staffing_requirement (
                    post_id TEXT NOT NULL,
                    shift_code TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    roles TEXT NOT NULL CHECK (roles <> ''),
                    at_least INTEGER NOT NULL CHECK (at_least >= 1),
                    PRIMARY KEY (post_id, shift_code, position),
                    FOREIGN KEY (post_id, shift_code) REFERENCES staffing_rule(post_id, shift_code) ON DELETE CASCADE
                ) WITHOUT ROWID;
                """)
        }
        // Slots, assignments and the append-only check-in log.
        migrator.registerMigration("v3-roster") { db in
            try db.execute(sql: """
                CREATE TABLE slot (
                    id TEXT PRIMARY KEY NOT NULL,
                    post_id TEXT NOT NULL REFERENCES post(id) ON DELETE CASCADE,
                    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    shift_code TEXT NOT NULL,
                    UNIQUE (post_id, date, shift_code)
                );
                CREATE INDEX slot_date ON slot(date);
                CREATE TABLE assignment (
                    slot_id TEXT NOT NULL REFERENCES slot(id) ON DELETE CASCADE,
                    person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                    pinned INTEGER NOT NULL CHECK (pinned IN (0, 1)),
                    source TEXT NOT NULL CHECK (source IN (\(sqlList(AssignmentSource.allCases)))),
                    PRIMARY KEY (slot_id, person_id)
                ) WITHOUT ROWID;
                CREATE INDEX assignment_person ON assignment(person_id);
                CREATE TABLE check_in (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL,
                    person_id TEXT NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                    slot_id TEXT NOT NULL REFERENCES slot(id) ON DELETE RESTRICT,
                    time_in TEXT,
                    time_out TEXT,
                    status TEXT NOT NULL CHECK (status IN (\(sqlList(CheckInStatus.allCases)))),
                    reason TEXT NOT NULL,
                    entered_by TEXT NOT NULL,
                    entered_at TEXT NOT NULL
                );
                CREATE INDEX check_in_id ON check_in(id);
                CREATE TRIGGER check_in_no_update BEFORE UPDATE ON check_in
                    BEGIN SELECT RAISE(ABORT, 'the check-in log is append-only: add a correction instead'); END;
                CREATE TRIGGER check_in_no_delete BEFORE DELETE ON check_in
                    BEGIN SELECT RAISE(ABORT, 'the check-in log is append-only: add a correction instead'); END;
                """)
        }
        // The append-only audit log that undo builds on.
        migrator.registerMigration("v4-audit") { db in
            try db.execute(sql: """
                CREATE TABLE audit (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    os_user TEXT NOT NULL,
                    action TEXT NOT NULL,
                    entity TEXT NOT NULL,
                    entity_id TEXT NOT NULL,
                    before TEXT,
                    after TEXT,
                    CHECK (before IS NOT NULL OR after IS NOT NULL)
                );
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
        }
        // Changes: the audit rows of one transaction share a change number, so a change can
        // be undone and redone as a whole (also after a restart); an undo or redo names the
        // change it reverses or repeats.
        migrator.registerMigration("v5-changes") { db in
            try db.execute(sql: """
                ALTER TABLE audit ADD COLUMN change_id INTEGER;
                ALTER TABLE audit ADD COLUMN reverses INTEGER;
                CREATE INDEX audit_change ON audit (change_id);
                """)
        }
        // The duty desk: what each check-in record does, and whether it withdraws the record.
        migrator.registerMigration("v6-desk") { db in
            try db.execute(sql: """
                ALTER TABLE check_in ADD COLUMN action TEXT NOT NULL DEFAULT 'in'
                    CHECK (action IN (\(sqlList(v6Actions))));
                ALTER TABLE check_in ADD COLUMN voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1));
                CREATE INDEX check_in_person ON check_in (person_id);
                """)
        }
        // Night shifts as the template file says: 1 a night shift, 0 not, NULL not said (the
        // default rule decides: more than half the shift in 22:00–06:00).
        migrator.registerMigration("v7-night-shifts") { db in
            try db.execute(sql: "ALTER TABLE shift ADD COLUMN night INTEGER CHECK (night IN (0, 1))")
        }
        // The coordinator closes forgotten check-outs at the planned end: a new action,
        // `closed`. SQLite cannot widen a CHECK, so the log is copied into a new table with
        // the wider one, row for row (same seq, same order), and its indexes and append-only
        // triggers are made again; dropping the old table fires none of its triggers.
        migrator.registerMigration("v8-closed-check-ins") { db in
            try db.execute(sql: """
                CREATE TABLE check_in_v8 (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL,
                    person_id TEXT NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
                    slot_id TEXT NOT NULL REFERENCES slot(id) ON DELETE RESTRICT,
                    time_in TEXT,
                    time_out TEXT,
                    status TEXT NOT NULL CHECK (status IN (\(sqlList(CheckInStatus.allCases)))),
                    reason TEXT NOT NULL,
                    entered_by TEXT NOT NULL,
                    entered_at TEXT NOT NULL,
                    action TEXT NOT NULL DEFAULT 'in' CHECK (action IN (\(sqlList(v6Actions + [.closed])))),
                    voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1))
                );
                INSERT INTO check_in_v8 (seq, id, person_id, slot_id, time_in, time_out, status, reason, entered_by,
                                         entered_at, action, voided)
                    SELECT seq, id, person_id, slot_id, time_in, time_out, status, reason, entered_by, entered_at, action, voided
                    FROM check_in ORDER BY seq;
                DROP TABLE check_in;
                ALTER TABLE check_in_v8 RENAME TO check_in;
                CREATE INDEX check_in_id ON check_in(id);
                CREATE INDEX check_in_person ON check_in (person_id);
                CREATE TRIGGER check_in_no_update BEFORE UPDATE ON check_in
                    BEGIN SELECT RAISE(ABORT, 'the check-in log is append-only: add a correction instead'); END;
                CREATE TRIGGER check_in_no_delete BEFORE DELETE ON check_in
                    BEGIN SELECT RAISE(ABORT, 'the check-in log is append-only: add a correction instead'); END;
                """)
        }
        // Overrides: an assignment kept although it breaks a hard rule carries the
        // coordinator's reason and the rules it was given for (comma-separated IDs). A standby
        // called up at the desk names the person they replace (plan and actual).
        migrator.registerMigration("v9-overrides") { db in
            try db.execute(sql: """
                ALTER TABLE assignment ADD COLUMN override_reason TEXT CHECK (override_reason IS NULL OR override_reason <> '');
                ALTER TABLE assignment ADD COLUMN override_rules TEXT;
                ALTER TABLE assignment ADD COLUMN replaces TEXT;
                """)
        }
        // History by range: the check-in log is read by its slots' dates (slot_date, then this
        // index), never whole.
        migrator.registerMigration("v10-history-by-range") { db in
            try db.execute(sql: "CREATE INDEX check_in_slot ON check_in (slot_id, seq);")
        }
        return migrator
    }
}
