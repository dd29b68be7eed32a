import DutyModel
import DutyStore
import DutyTestSupport
import Foundation
import Testing

@Suite struct AppDatabaseTests {
    let fixedClock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_796_000_000) }

    @Test func saveAndLoadGiveTheSameDirectory() throws {
        let db = try AppDatabase.inMemory()
        let summary = try db.save(Fixtures.tiny()).value
        #expect(summary.added == 19)
        #expect(try db.loadDirectory() == Fixtures.tiny().sorted())
    }

    /// Whether a shift is a night shift, as the file said (or did not say), comes back as saved.
    @Test func aShiftsNightFlagIsStoredAsGiven() throws {
        let db = try AppDatabase.inMemory()
        var d = Fixtures.tiny()
        d.shiftTemplates[0].shifts[1].night = true
        d.shiftTemplates[0].shifts[2].night = false
        try db.save(d)
        let shifts = try #require(try db.loadDirectory().shiftTemplates.first { $0.id == "T-gate" }?.shifts)
        #expect(shifts.map(\.night) == [nil, true, false])
        #expect(shifts.map(\.isNight) == [false, true, false])
        #expect(try db.loadDirectory() == d.sorted())
    }

    @Test func everyChangeIsAuditedWithBeforeAndAfter() throws {
        let db = try AppDatabase.inMemory(user: "coordinator", clock: fixedClock)
        try db.save(Fixtures.tiny())
        var d = Fixtures.tiny()
        d.people[0].phone = "13800009999"
        let summary = try db.save(d, action: "edit").value
        #expect(summary.changed == 1 && summary.added == 0 && summary.unchanged == 18)
        let last = try #require(try db.auditLog().last)
        #expect(last.action == "edit" && last.entity == "person" && last.entityID == "P001")
        #expect(last.user == "coordinator")
        #expect(last.before?.contains("13800001234") == true)
        #expect(last.after?.contains("13800009999") == true)
        #expect(last.at.hasPrefix("2026-"))
        #expect(try db.auditLog().count == 20)
    }

    @Test func savingTheSameDataAgainChangesNothing() throws {
        let db = try AppDatabase.inMemory()
        try db.save(Fixtures.tiny())
        let summary = try db.save(Fixtures.tiny()).value
        #expect(summary.added == 0 && summary.changed == 0)
        #expect(try db.auditLog().count == 19)
    }

    @Test func aRefusedSaveWritesNothing() throws {
        let db = try AppDatabase.inMemory()
        var d = Fixtures.tiny()
        d.people[0].compound = "C-missing"   // a foreign key the schema refuses at commit
        #expect(throws: StoreError.self) { try db.save(d) }
        #expect(try db.loadDirectory().isEmpty)
        #expect(try db.auditLog().isEmpty)
    }

    @Test func replacingAPersonKeepsTheirAssignments() throws {
        let db = try AppDatabase.inMemory()
        try db.save(Fixtures.tiny())
        let slot = Slot(post: "C1-gate-G1", date: Fixtures.date("2026-12-01"), shift: "night")
        try db.assign(Assignment(person: "P001", slot: slot, pinned: true, source: .manual))
        var d = Fixtures.tiny()
        d.people[0].roles.insert(.residentVolunteer)
        try db.save(d)
        #expect(try db.assignments(from: slot.date, to: slot.date).map(\.person) == ["P001"])
        #expect(try db.loadDirectory().people[0].roles.contains(.residentVolunteer))
    }

    @Test func assignAndUnassign() throws {
        let db = try AppDatabase.inMemory()
        try db.save(Fixtures.tiny())
        let slot = Slot(post: "C2-health", date: Fixtures.date("2026-12-02"), shift: "am")
        try db.assign(Assignment(person: "P004", slot: slot, source: .manual))
        #expect(try db.assignments(from: slot.date, to: slot.date)
            == [Assignment(person: "P004", slot: slot, source: .manual)])
        #expect(try db.unassign(person: "P004", slot: slot).value)
        #expect(!(try db.unassign(person: "P004", slot: slot).value))
        #expect(try db.assignments(from: slot.date, to: slot.date).isEmpty)
        let actions = try db.auditLog().suffix(2).map(\.action)
        #expect(actions == ["assign", "unassign"])
    }

    @Test func checkInCorrectionsAreNewRecords() throws {
        let db = try AppDatabase.inMemory()
        try db.save(Fixtures.tiny())
        let slot = Slot(post: "C1-gate-G1", date: Fixtures.date("2026-12-01"), shift: "day")
        let first = CheckIn(id: "K1", person: "P001", slot: slot, timeIn: LocalDateTime(parsing: "2026-12-01 07:20"),
                            status: .late)
        var corrected = first
        corrected.timeIn = LocalDateTime(parsing: "2026-12-01 07:00")
        corrected.status = .onTime
        corrected.reason = "录入错误"
        try db.append(first)
        try db.append(corrected)
        #expect(try db.checkIns() == [corrected])
        #expect(try db.counts()["check_in"] == 2)
    }

    @Test func fileDatabaseIsPrivateAndInWALMode() throws {
        let folder = NSTemporaryDirectory() + "zhiban-test-\(UUID().uuidString)/nested"
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        let path = folder + "/z.sqlite"
        #expect(throws: StoreError.notInitialised(path: path)) { try AppDatabase.open(path: path, create: false) }
        let db = try AppDatabase.open(path: path, create: true)
        try db.save(Fixtures.tiny())
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        let reopened = try AppDatabase.open(path: path, create: false)
        #expect(try reopened.loadDirectory() == Fixtures.tiny().sorted())
    }

    @Test func locationFollowsFlagThenEnvironmentThenXDG() {
        #expect(DatabaseLocation.resolve(flag: "/x.db", environment: ["ZHIBAN_DB": "/y.db"]) == "/x.db")
        #expect(DatabaseLocation.resolve(flag: nil, environment: ["ZHIBAN_DB": "/y.db", "XDG_DATA_HOME": "/d"]) == "/y.db")
        #expect(DatabaseLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/zhiban/zhiban.sqlite")
        #expect(DatabaseLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"]) == "/h/.local/share/zhiban/zhiban.sqlite")
        #expect(DatabaseLocation.resolve(flag: nil, environment: ["HOME": "/h"]) == "/h/.local/share/zhiban/zhiban.sqlite")
    }
}
