import DutyModel
import Foundation

extension AppDatabase {
    /// The tables a copy moves, parents before children, with their columns (the same on
    /// both stores after the same migrations).
    static let copiedTables: [(table: String, columns: [String])] = [
        ("organisation", ["id", "name", "kind"]),
        ("area", ["id", "name", "leader_id"]),
        ("compound", ["id", "name", "area_id", "households", "cadre_id"]),
        ("gate", ["id", "compound_id", "name"]),
        ("building", ["id", "compound_id", "name", "households", "leader_id"]),
        ("person", ["id", "name", "phone", "sex", "birth_year", "compound_id", "building_id", "organisation_id", "skills",
                    "availability_unrestricted", "max_hours_week", "night_ok", "notes"]),
        ("person_role", ["person_id", "role"]),
        ("availability_window", ["person_id", "weekday", "start_minute", "end_minute"]),
        ("unavailability", ["person_id", "position", "from_date", "to_date", "start_minute", "end_minute"]),
        ("shift_template", ["id", "name"]),
        ("shift", ["template_id", "code", "position", "name", "start_minute", "end_minute", "night"]),
        ("post", ["id", "name", "kind", "compound_id", "gate_id", "template_id", "min_age", "max_age"]),
        ("staffing_rule", ["post_id", "shift_code", "position", "minimum", "maximum"]),
        ("staffing_requirement", ["post_id", "shift_code", "position", "roles", "at_least"]),
        ("slot", ["id", "post_id", "date", "shift_code"]),
        ("assignment", ["slot_id", "person_id", "pinned", "source", "override_reason", "override_rules", "replaces"]),
        ("check_in", ["seq", "id", "person_id", "slot_id", "time_in", "time_out", "status", "reason", "entered_by", "entered_at",
                      "action", "voided"]),
        ("audit", ["seq", "at", "os_user", "action", "entity", "entity_id", "before", "after", "change_id", "reverses"]),
    ]

    /// The number of rows in each copied table.
    public func tableCounts() throws -> [(table: String, rows: Int)] {
        try backend.read { db in
            try AppDatabase.copiedTables.map { entry in
                (entry.table, Int(try db.integer("SELECT count(*) FROM \(entry.table)") ?? 0))
            }
        }
    }

    /// Copies everything in `source` (directory, roster, check-in log and audit log, row for
    /// row, with the same sequence numbers, so versions and undo carry over) into this database,
    /// which must be empty: one read of the source (one consistent state) and one transaction
    /// here, so that the copy is all or nothing. Returns the rows copied per table, checked
    /// against the source's counts; `progress` hears each table as it is done.
    @discardableResult
    public func copy(from source: AppDatabase,
                     progress: (_ table: String, _ rows: Int) -> Void = { _, _ in }) throws -> [(table: String, rows: Int)] {
        let held = try tableCounts().filter { $0.rows > 0 }
        guard held.isEmpty else {
            throw StoreError.rejected(reason: "the target already holds data ("
                + held.map { "\($0.table) \($0.rows)" }.joined(separator: ", ") + "): copy only into a new database")
        }
        return try source.backend.read { from in
            try backend.write { to in
                var copied: [(table: String, rows: Int)] = []
                for (table, columns) in AppDatabase.copiedTables {
                    let insert = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES ("
                        + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
                    var rows = 0
                    try from.each("SELECT \(columns.joined(separator: ", ")) FROM \(table) ORDER BY 1", []) { row in
                        try to.execute(insert, (0..<columns.count).map { row.value($0) })
                        rows += 1
                    }
                    let expected = Int(try from.integer("SELECT count(*) FROM \(table)") ?? 0)
                    guard rows == expected else {
                        throw StoreError.rejected(reason: "\(table): copied \(rows) rows of \(expected)")
                    }
                    copied.append((table, rows))
                    progress(table, rows)
                }
                try backend.copied(to)
                return copied
            }
        }
    }
}

extension AppDatabase {
    /// The database's own check of its files and indexes: SQLite's `integrity_check`; on a
    /// server, amcheck's `bt_index_check` of every B-tree index with its heap (needs the
    /// extension, which the database's owner can create). "ok" when all is well.
    public func integrityCheck() throws -> String {
        if backend is PostgresBackend {
            return try backend.write { db in
                try db.script("CREATE EXTENSION IF NOT EXISTS amcheck")
                let checked = try db.all("""
                    SELECT c.relname, bt_index_check(index => c.oid, heapallindexed => true)::text FROM pg_index i
                    JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
                    JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE am.amname = 'btree' AND n.nspname = current_schema()
                    """) { $0.string(0) }
                return "ok (amcheck, \(checked.count) indexes)"
            }
        }
        let lines = try backend.read { db in try db.all("PRAGMA integrity_check") { $0.string(0) } }
        return lines == ["ok"] ? "ok (integrity_check)" : lines.prefix(5).joined(separator: "; ")
    }
}
