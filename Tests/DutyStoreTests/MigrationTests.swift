@testable import DutyStore
import GRDB
import Testing

/// One test per migration: it creates what it should, and its constraints hold.
@Suite struct MigrationTests {
    func database(upTo name: String) throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue, upTo: name)
        return queue
    }

    func tables(_ queue: DatabaseQueue) throws -> Set<String> {
        try queue.read { db in
            Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'"))
        }
    }

    @Test func migrationsAreRegisteredInOrder() {
        #expect(Migrations.migrator.migrations == Migrations.names)
    }

    /// The log of some days is read through the slots' date index and the log's slot index,
    /// never by scanning the whole log (issue 14: history by range).
    @Test func v10ReadsTheLogOfSomeDaysThroughIndexes() throws {
        let queue = try database(upTo: "v10-history-by-range")
        let plan = try queue.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + AppDatabase.checkInLogSQL(["s.date BETWEEN ? AND ?"]),
                             arguments: ["2026-12-01", "2026-12-07"]).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("USING INDEX slot_date") }, "\(plan)")
        #expect(plan.contains { $0.contains("USING INDEX check_in_slot") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN c") || $0.hasPrefix("SCAN check_in") }, "\(plan)")
    }

    /// The changes after a version are read through the change index, never by scanning the
    /// whole audit log (every commit and every interface's look at others' changes does it).
    @Test func theChangesAfterAVersionAreReadThroughTheIndex() throws {
        let queue = try database(upTo: "v10-history-by-range")
        let plan = try queue.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + AppDatabase.changesSQL, arguments: [5]).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("USING") && $0.contains("INDEX audit_change") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN audit") }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }

    @Test func v1DirectoryCreatesPeopleAndPlaces() throws {
        let queue = try database(upTo: "v1-directory")
        #expect(try tables(queue) == ["organisation", "area", "compound", "gate", "building", "person", "person_role",
                                      "availability_window", "unavailability"])
        try queue.write { db in
            try db.execute(sql: "INSERT INTO area (id, name) VALUES ('A1', '蒲东街道')")
            try db.execute(sql: "INSERT INTO compound (id, name, area_id, households) VALUES ('C1', '幸福家园', 'A1', 10)")
        }
        // NOT NULL, CHECK and foreign keys (checked at commit, since they are deferred).
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "INSERT INTO compound (id, name, area_id, households) VALUES ('C2', 'x', 'A9', 1)") }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "INSERT INTO compound (id, name, area_id, households) VALUES ('C3', 'x', 'A1', -1)") }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "INSERT INTO gate (id, compound_id) VALUES ('G1', 'C1')") }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO person (id, name, phone, sex, birth_year, compound_id, skills, availability_unrestricted, night_ok, notes)
                    VALUES ('P1', '张伟', '', 'X', 1980, 'C1', '[]', 1, 1, '')
                    """)
            }
        }
    }

    @Test func v2PostsCreatesTemplatesPostsAndStaffing() throws {
        let queue = try database(upTo: "v2-posts")
        #expect(try tables(queue).isSuperset(of: ["shift_template", "shift", "post", "staffing_rule", "staffing_requirement"]))
        #expect(!(try tables(queue)).contains("slot"))
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO area (id, name) VALUES ('A1', 'a');
                INSERT INTO compound (id, name, area_id, households) VALUES ('C1', 'c', 'A1', 1);
                INSERT INTO shift_template (id, name) VALUES ('T', 't');
                INSERT INTO shift (template_id, code, position, name, start_minute, end_minute) VALUES ('T', 'day', 0, '早班', 420, 900);
                """)
        }
        // A checkpoint without a gate is refused by the schema itself.
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO post (id, name, kind, compound_id, template_id) VALUES ('P', 'p', 'checkpoint', 'C1', 'T')")
            }
        }
        try queue.write { db in
            try db.execute(sql: "INSERT INTO post (id, name, kind, compound_id, template_id) VALUES ('P', 'p', 'patrol', 'C1', 'T')")
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO staffing_rule (post_id, shift_code, position, minimum, maximum) VALUES ('P', 'day', 0, 3, 2)")
            }
        }
    }

    @Test func v3RosterMakesTheCheckInLogAppendOnly() throws {
        let queue = try database(upTo: "v3-roster")
        #expect(try tables(queue).isSuperset(of: ["slot", "assignment", "check_in"]))
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO area (id, name) VALUES ('A1', 'a');
                INSERT INTO compound (id, name, area_id, households) VALUES ('C1', 'c', 'A1', 1);
                INSERT INTO shift_template (id, name) VALUES ('T', 't');
                INSERT INTO post (id, name, kind, compound_id, template_id) VALUES ('P', 'p', 'patrol', 'C1', 'T');
                INSERT INTO person (id, name, phone, sex, birth_year, compound_id, skills, availability_unrestricted, night_ok, notes)
                    VALUES ('X', '张伟', '', 'M', 1980, 'C1', '[]', 1, 1, '');
                INSERT INTO slot (id, post_id, date, shift_code) VALUES ('P@2026-12-01@day', 'P', '2026-12-01', 'day');
                INSERT INTO check_in (id, person_id, slot_id, time_in, status, reason, entered_by, entered_at)
                    VALUES ('K1', 'X', 'P@2026-12-01@day', '2026-12-01 07:00', 'on_time', '', 'u', 'now');
                """)
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "UPDATE check_in SET status = 'late'") }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "DELETE FROM check_in") }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO slot (id, post_id, date, shift_code) VALUES ('bad', 'P', '1 Dec', 'day')")
            }
        }
    }

    @Test func v4AuditIsAppendOnly() throws {
        let queue = try database(upTo: "v4-audit")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO audit (at, os_user, action, entity, entity_id, after) VALUES ('t', 'u', 'a', 'e', 'i', '{}')")
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "UPDATE audit SET os_user = 'x'") }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "DELETE FROM audit") }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO audit (at, os_user, action, entity, entity_id) VALUES ('t', 'u', 'a', 'e', 'i')")
            }
        }
    }
}

extension MigrationTests {
    @Test func v5ChangesNumbersAuditRowsAndKeepsThemAppendOnly() throws {
        let queue = try database(upTo: "v5-changes")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO audit (at, os_user, action, entity, entity_id, after, change_id, reverses)
                VALUES ('t', 'u', 'undo', 'assignment', 'i', '{}', 2, 1)
                """)
            #expect(try Int.fetchOne(db, sql: "SELECT reverses FROM audit WHERE change_id = 2") == 1)
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "UPDATE audit SET change_id = 3") }
        }
    }
}

extension MigrationTests {
    /// v7: a shift may say it is a night shift (1) or not (0); NULL leaves it to the default rule.
    @Test func v7NightShiftsAddsTheNightFlagWithItsCheck() throws {
        let queue = try database(upTo: "v7-night-shifts")
        let columns = try queue.read { db in try db.columns(in: "shift").map(\.name) }
        #expect(columns.contains("night"))
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO shift_template (id, name) VALUES ('T', 't');
                INSERT INTO shift (template_id, code, position, name, start_minute, end_minute, night) VALUES ('T', 'eve', 0, '中班', 960, 1440, 1);
                INSERT INTO shift (template_id, code, position, name, start_minute, end_minute, night) VALUES ('T', 'night', 1, '夜班', 0, 480, 0);
                INSERT INTO shift (template_id, code, position, name, start_minute, end_minute) VALUES ('T', 'day', 2, '白班', 480, 960);
                """)
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO shift (template_id, code, position, name, start_minute, end_minute, night) VALUES ('T', 'x', 3, 'x', 0, 60, 2)")
            }
        }
        // Shifts stored before the migration say nothing: the default rule decides for them.
        let nights = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT code, night FROM shift ORDER BY position").map { "\($0["code"] as String)=\(($0["night"] as Int?).map(String.init) ?? "nil")" }
        }
        #expect(nights == ["eve=1", "night=0", "day=nil"])
    }

    /// v9: an assignment can carry an override's reason and rules; an empty reason is refused.
    @Test func v9OverridesKeepTheReasonOnTheAssignment() throws {
        let queue = try database(upTo: "v9-overrides")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO area (id, name) VALUES ('A1', 'a');
                INSERT INTO compound (id, name, area_id, households) VALUES ('C1', 'c', 'A1', 1);
                INSERT INTO shift_template (id, name) VALUES ('T', 't');
                INSERT INTO shift (template_id, code, position, name, start_minute, end_minute) VALUES ('T', 'day', 0, '白班', 480, 960);
                INSERT INTO post (id, name, kind, compound_id, template_id) VALUES ('G', '巡逻', 'patrol', 'C1', 'T');
                INSERT INTO person (id, name, phone, sex, birth_year, compound_id, skills, availability_unrestricted, night_ok, notes)
                    VALUES ('P1', '张伟', '13900000001', 'M', 1980, 'C1', '[]', 1, 1, '');
                INSERT INTO slot (id, post_id, date, shift_code) VALUES ('G@2026-12-08@day', 'G', '2026-12-08', 'day');
                INSERT INTO assignment (slot_id, person_id, pinned, source, override_reason, override_rules)
                    VALUES ('G@2026-12-08@day', 'P1', 0, 'manual', '人手不足', 'max-headcount');
                """)
            #expect(try String.fetchOne(db, sql: "SELECT override_reason FROM assignment") == "人手不足")
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "UPDATE assignment SET override_reason = ''") }
        }
    }
}
