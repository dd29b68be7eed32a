import DutyModel
import DutyStore
import DutyTestSupport
import Foundation
import GRDB
import Testing

/// The check-in log in the store: versions appended, never changed; who entered each and
/// when; undo as a new version; hours from what is in force.
@Suite struct CheckInLogTests {
    let desk = Desk(Fixtures.tiny())
    let day = Slot(post: "C1-gate-G1", date: Fixtures.date("2026-12-07"), shift: "day")

    func at(_ text: String) -> LocalDateTime {
        guard let t = LocalDateTime(parsing: text) else { preconditionFailure(text) }
        return t
    }

    @Test func everyVersionIsKeptWithWhoEnteredItAndWhen() throws {
        let db = try AppDatabase.inMemory(user: "coordinator", clock: { Date(timeIntervalSince1970: 1_796_000_000) })
        try db.save(Fixtures.tiny())
        let a = desk.checkIn("P001", on: day, at: at("2026-12-07 07:20"))
        try db.append(a)
        let fixed = try #require(desk.correction(a, timeIn: at("2026-12-07 06:58"), timeOut: nil, reason: "补登"))
        try db.append(fixed)
        try db.append(desk.checkOut(fixed, at: at("2026-12-07 15:02")))
        let log = try db.checkInLog()
        #expect(log.map(\.record.action) == [.checkIn, .correction, .checkOut])
        #expect(log.map(\.record.status) == [.late, .onTime, .onTime])
        #expect(log.allSatisfy { $0.enteredBy == "coordinator" && !$0.enteredAt.isEmpty })
        #expect(log.map(\.seq) == log.map(\.seq).sorted())
        let inForce = try db.checkIns()
        #expect(inForce.count == 1)
        #expect(inForce.first?.timeIn == at("2026-12-07 06:58") && inForce.first?.timeOut == at("2026-12-07 15:02"))
    }

    /// Hours equal the sum over the records in force, with a correction, an open check-in, a
    /// no-show and an undone check-in in the log.
    @Test func hoursEqualTheSumOfTheRecordsInForce() throws {
        let db = try AppDatabase.inMemory()
        try db.save(Fixtures.tiny())
        let a = desk.checkIn("P001", on: day, at: at("2026-12-07 07:30"))
        try db.append(a)
        try db.append(desk.checkOut(a, at: at("2026-12-07 15:00")))
        // corrected afterwards: came at 07:00
        let current = try #require(try db.checkIns().first { $0.id == a.id })
        try db.append(try #require(desk.correction(current, timeIn: at("2026-12-07 07:00"), timeOut: current.timeOut,
                                                   reason: "忘记签到")))
        try db.append(desk.checkIn("P002", on: day, at: at("2026-12-07 07:05")))   // open
        try db.append(desk.absent("P003", on: day))
        let walkIn = desk.checkIn("P005", on: day, at: at("2026-12-07 07:10"))
        try db.append(walkIn)
        try db.append(desk.checkOut(walkIn, at: at("2026-12-07 09:10")))
        // the check-out of P005 is undone, then the check-in too
        try db.append(try #require(Desk.undo(try db.checkInLog().map(\.record))))
        try db.append(try #require(Desk.undo(try db.checkInLog().map(\.record))))
        let records = try db.checkIns()
        #expect(!records.contains { $0.person == "P005" })
        let report = ServiceHours.report(records, directory: try db.loadDirectory(), from: day.date, to: day.date, by: .person)
        let expected = records.compactMap(ServiceHours.minutes).reduce(0, +)
        #expect(report.totalMinutes == expected)
        #expect(report.totalMinutes == 8 * 60)
        #expect(report.open.map(\.person) == ["P002"])
        #expect(try db.counts()["check_in"] == 9)
    }

    /// A walk-in is the person, the assignment and the check-in together, or nothing.
    @Test func aWalkInIsAllOrNothing() throws {
        let db = try AppDatabase.inMemory()
        try db.save(Fixtures.tiny())
        let person = Person(id: "P900", name: "王小明", phone: "13812349876", sex: .male, birthYear: 1990, compound: "C1",
                            roles: [.residentVolunteer])
        let assignment = Assignment(person: person.id, slot: day, source: .manual)
        var broken = desk.checkIn(person.id, on: day, at: at("2026-12-07 07:30"), walkIn: true)
        broken.person = "NOBODY"
        #expect(throws: StoreError.self) { try db.registerWalkIn(person, assignment: assignment, checkIn: broken) }
        #expect(!(try db.loadDirectory().people.contains { $0.id == person.id }))
        #expect(try db.assignments(from: day.date, to: day.date).isEmpty)
        #expect(try db.checkInLog().isEmpty)
        try db.registerWalkIn(person, assignment: assignment, checkIn: desk.checkIn(person.id, on: day, at: at("2026-12-07 07:30"), walkIn: true))
        #expect(try db.loadDirectory().people.contains { $0.id == person.id })
        #expect(try db.assignments(from: day.date, to: day.date).map(\.person) == [person.id])
        #expect(try db.checkInLog().map(\.record.action) == [.walkIn])
    }

    @Test func theLogRefusesChangesAndDeletions() throws {
        let path = NSTemporaryDirectory() + "zhiban-log-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let db = try AppDatabase.open(path: path, create: true)
        try db.save(Fixtures.tiny())
        try db.append(desk.checkIn("P001", on: day, at: at("2026-12-07 07:00")))
        let queue = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE check_in SET time_in = NULL") } }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM check_in") } }
        #expect(try db.checkIns().count == 1)
    }
}

extension MigrationTests {
    @Test func v6DeskAddsTheActionAndWithdrawnFlagWithTheirChecks() throws {
        let queue = try database(upTo: "v6-desk")
        let columns = try queue.read { db in try db.columns(in: "check_in").map(\.name) }
        #expect(columns.contains("action") && columns.contains("voided"))
        // Only the new columns' checks are under test here, not the references.
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA foreign_keys = OFF") }
        func insert(action: String, voided: Int) throws {
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO check_in (id, person_id, slot_id, status, reason, entered_by, entered_at, action, voided)
                    VALUES ('k', 'P1', 's', 'on_time', '', 'u', 't', ?, ?)
                    """, arguments: [action, voided])
            }
        }
        try insert(action: "out", voided: 1)
        #expect(throws: DatabaseError.self) { try insert(action: "bogus", voided: 0) }
        #expect(throws: DatabaseError.self) { try insert(action: "in", voided: 2) }
        // Rows written before the migration read as check-ins in force.
        let defaults = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT name, dflt_value FROM pragma_table_info('check_in') WHERE name IN ('action', 'voided') ORDER BY name")
                .map { "\($0["name"] as String)=\($0["dflt_value"] as String)" }
        }
        #expect(defaults == ["action='in'", "voided=0"])
    }
}

extension CheckInLogTests {
    /// A check-in the coordinator closed at the planned end is stored as such, and read back.
    @Test func aClosedRecordIsStoredWithItsAction() throws {
        let db = try AppDatabase.inMemory(user: "coordinator")
        try db.save(Fixtures.tiny())
        let open = desk.checkIn("P001", on: day, at: at("2026-12-07 06:58"))
        try db.append(open)
        let closed = try #require(desk.close(open, now: at("2026-12-07 18:00")))
        try db.append(closed)
        let log = try db.checkInLog()
        #expect(log.map(\.record.action) == [.checkIn, .closed])
        #expect(log.last?.record == closed && log.last?.enteredBy == "coordinator")
        #expect(try db.checkIns().first?.timeOut == at("2026-12-07 15:00"))
    }
}

extension MigrationTests {
    /// v8: the log takes the `closed` action. The table is made anew: rows already there are
    /// kept as they were (same seq), numbering goes on after them, and it stays append-only.
    @Test func v8ClosedCheckInsWidensTheActionsAndKeepsTheLog() throws {
        let queue = try database(upTo: "v7-night-shifts")
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA foreign_keys = OFF") }
        func insert(_ action: String) throws {
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO check_in (id, person_id, slot_id, time_in, status, reason, entered_by, entered_at, action)
                    VALUES ('k', 'P1', 's', '2026-12-07 07:00', 'on_time', '', 'u', 't', ?)
                    """, arguments: [action])
            }
        }
        try insert("in")
        try insert("out")
        #expect(throws: DatabaseError.self) { try insert("closed") }
        try Migrations.migrator.migrate(queue, upTo: "v8-closed-check-ins")
        try insert("closed")
        #expect(throws: DatabaseError.self) { try insert("bogus") }
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT seq, action, time_in FROM check_in ORDER BY seq")
                .map { "\($0["seq"] as Int) \($0["action"] as String) \($0["time_in"] as String)" }
        }
        #expect(rows == ["1 in 2026-12-07 07:00", "2 out 2026-12-07 07:00", "3 closed 2026-12-07 07:00"])
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE check_in SET reason = 'x'") } }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM check_in") } }
        let indexes = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'check_in' ORDER BY name")
        }
        #expect(indexes == ["check_in_id", "check_in_person"])
    }
}
