import DutyModel

/// Who may change what on a PostgreSQL server, enforced by the server (row-level security),
/// not only by Zhiban: a `psql` session under the same login meets the same refusals.
///
/// Four group roles, each login a member of one, its scope in `zhiban_user`:
/// - `zhiban_street`: the street office, every compound of its area (and the shared records:
///   organisations, shift templates);
/// - `zhiban_compound`: a compound's coordinator, that compound's people, posts and roster;
/// - `zhiban_desk`: a gate desk, check-ins for its compound (and the walk-ins it registers);
/// - `zhiban_reader`: reads, changes nothing.
/// Everyone reads everything (a roster names people from several compounds). The database's
/// owner and superusers are not limited (they run `zhiban init`, `db copy` and `user add`).
public enum StoreRole: String, CaseIterable, Sendable {
    case street, compound, desk, reader

    /// The server's group role.
    public var groupRole: String { "zhiban_\(rawValue)" }
}

enum PostgresRoles {
    /// What a change to a table is checked against: the compound its row belongs to (an SQL
    /// expression over the row's columns), or nil for the shared tables only the street office
    /// changes. The desk may add rows (never change or remove them) to the tables in `deskAdds`.
    static let tables: [(table: String, compound: String?)] = [
        ("organisation", nil),
        ("area", nil),
        ("compound", "id"),
        ("gate", "compound_id"),
        ("building", "compound_id"),
        ("person", "compound_id"),
        ("person_role", "(SELECT p.compound_id FROM person p WHERE p.id = person_id)"),
        ("availability_window", "(SELECT p.compound_id FROM person p WHERE p.id = person_id)"),
        ("unavailability", "(SELECT p.compound_id FROM person p WHERE p.id = person_id)"),
        ("shift_template", nil),
        ("shift", nil),
        ("post", "compound_id"),
        ("staffing_rule", "(SELECT o.compound_id FROM post o WHERE o.id = post_id)"),
        ("staffing_requirement", "(SELECT o.compound_id FROM post o WHERE o.id = post_id)"),
        ("slot", "(SELECT o.compound_id FROM post o WHERE o.id = post_id)"),
        ("assignment", "(SELECT o.compound_id FROM slot s JOIN post o ON o.id = s.post_id WHERE s.id = slot_id)"),
        ("check_in", "(SELECT o.compound_id FROM slot s JOIN post o ON o.id = s.post_id WHERE s.id = slot_id)"),
    ]

    /// What the desk adds: check-ins, the slot rows they need, and a walk-in's person and duty.
    static let deskAdds: Set<String> = ["check_in", "slot", "person", "person_role", "availability_window", "assignment"]

    static func createRole(_ name: String) -> String {
        """
        DO $$ BEGIN
            CREATE ROLE \(name) NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$;
        """
    }

    /// The migration: the group roles, the logins' scopes, the checks and the policies.
    static var migration: String {
        var sql = StoreRole.allCases.map { createRole($0.groupRole) }.joined(separator: "\n")
        let everyone = StoreRole.allCases.map(\.groupRole).joined(separator: ", ")
        let editors = "zhiban_street, zhiban_compound"
        sql += """

            CREATE TABLE zhiban_user (
                login TEXT PRIMARY KEY,
                role TEXT NOT NULL CHECK (role IN (\(Migrations.sqlList(StoreRole.allCases)))),
                area_id TEXT REFERENCES area(id) ON DELETE CASCADE,
                compound_id TEXT REFERENCES compound(id) ON DELETE CASCADE,
                CHECK ((role = 'street') = (area_id IS NOT NULL)),
                CHECK ((role IN ('compound', 'desk')) = (compound_id IS NOT NULL))
            );
            CREATE FUNCTION zhiban_may_edit(target TEXT) RETURNS boolean
                LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                SELECT EXISTS (SELECT 1 FROM zhiban_user u WHERE u.login = session_user AND (
                    (u.role = 'street' AND EXISTS (SELECT 1 FROM compound c WHERE c.id = target AND c.area_id = u.area_id))
                    OR (u.role = 'compound' AND u.compound_id = target)))
                $$;
            CREATE FUNCTION zhiban_may_check_in(target TEXT) RETURNS boolean
                LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                SELECT zhiban_may_edit(target) OR EXISTS (SELECT 1 FROM zhiban_user u
                    WHERE u.login = session_user AND u.role = 'desk' AND u.compound_id = target)
                $$;
            CREATE FUNCTION zhiban_is_street() RETURNS boolean
                LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                SELECT EXISTS (SELECT 1 FROM zhiban_user u WHERE u.login = session_user AND u.role = 'street')
                $$;
            CREATE FUNCTION zhiban_street_area(target TEXT) RETURNS boolean
                LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                SELECT EXISTS (SELECT 1 FROM zhiban_user u WHERE u.login = session_user AND u.role = 'street' AND u.area_id = target)
                $$;
            GRANT SELECT ON ALL TABLES IN SCHEMA public TO \(everyone);
            GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO \(everyone);
            GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO \(editors);
            REVOKE INSERT, UPDATE, DELETE ON zhiban_user, zhiban_migrations FROM \(editors);
            GRANT INSERT ON \(deskAdds.sorted().joined(separator: ", ")), audit TO zhiban_desk;
            -- A walk-in's person and duty are written with INSERT … ON CONFLICT DO UPDATE, which needs the
            -- privilege; the policies below still refuse the desk any change to a row already there.
            GRANT UPDATE ON person, assignment TO zhiban_desk;
            ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
            CREATE POLICY audit_read ON audit FOR SELECT USING (true);
            CREATE POLICY audit_own ON audit FOR INSERT WITH CHECK (os_user = session_user);

            """
        for (table, compound) in tables {
            sql += "ALTER TABLE \(table) ENABLE ROW LEVEL SECURITY;\n"
            sql += "CREATE POLICY \(table)_read ON \(table) FOR SELECT USING (true);\n"
            let edit: String
            switch (table, compound) {
            case ("area", _): edit = "zhiban_street_area(id)"
            case ("compound", _): edit = "zhiban_street_area(area_id)"
            case (_, let compound?): edit = "zhiban_may_edit(\(compound))"
            case (_, nil): edit = "zhiban_is_street()"
            }
            let add = table == "check_in" ? "zhiban_may_check_in(\(compound ?? "NULL"))"
                : deskAdds.contains(table) ? "(\(edit) OR zhiban_may_check_in(\(compound ?? "NULL"))" + ")" : edit
            sql += "CREATE POLICY \(table)_add ON \(table) FOR INSERT WITH CHECK (\(add));\n"
            sql += "CREATE POLICY \(table)_change ON \(table) FOR UPDATE USING (\(edit)) WITH CHECK (\(edit));\n"
            sql += "CREATE POLICY \(table)_remove ON \(table) FOR DELETE USING (\(edit));\n"
        }
        return sql
    }
}
