import DutyModel
import DutyStore
import DutyTestSupport
import Foundation
import Testing

/// `zhiban db copy` between an SQLite file and a PostgreSQL server (issue 15, acceptance 4).
@Suite struct CopyCLITests {
    /// The sample with a roster, a check-in and an undone change, copied to a server and back to a
    /// new file: every table has the same rows on all three, the store reads the same directory,
    /// roster, log and undo history from each, and `zhiban export` of each gives the same files.
    @Test func theSampleGoesToAServerAndBackUnchanged() throws {
        let tmp = try TemporaryFolder()
        let file = try sampleDatabase(tmp)
        for arguments in [["solve", "--db", file, "--from", "2026-12-01", "--days", "3", "--steps", "300", "--threads", "1"]] {
            let run = try Zhiban.run(arguments)
            try #require(run.status == 0, "\(run.stderr)")
        }
        let original = try AppDatabase.open(location: file, create: false)
        let duty = try #require(try original.assignments(from: Fixtures.date("2026-12-01"), to: Fixtures.date("2026-12-01")).first)
        _ = try original.append(CheckIn(id: CheckIn.id(person: duty.person, slot: duty.slot), person: duty.person, slot: duty.slot,
                                        timeIn: LocalDateTime(date: duty.slot.date, time: TimeOfDay(hour: 7, minute: 55) ?? .midnight),
                                        status: .onTime), basedOn: nil)
        _ = try original.unassign(person: duty.person, slot: duty.slot, action: "unassign", basedOn: nil)
        _ = try original.undo()

        let server = try TestServer.freshDatabase()
        let there = try Zhiban.run(["db", "copy", "--from", file, "--to", server, "--lang", "en"])
        try #require(there.status == 0, "\(there.stderr)")
        #expect(there.stdout.contains("Copied") && there.stdout.contains("check_in"), "\(there.stdout)")
        let back = tmp.path("back.sqlite")
        let again = try Zhiban.run(["db", "copy", "--from", server, "--to", back, "--lang", "en"])
        try #require(again.status == 0, "\(again.stderr)")

        let stores = [original, try AppDatabase.open(location: server, create: false), try AppDatabase.open(location: back, create: false)]
        let counts = try stores.map { try $0.tableCounts().map { "\($0.table)=\($0.rows)" } }
        #expect(counts[0] == counts[1] && counts[0] == counts[2], "\(counts)")
        let week = (Fixtures.date("2026-11-01"), Fixtures.date("2026-12-31"))
        for store in stores.dropFirst() {
            #expect(try store.loadDirectory() == original.loadDirectory())
            #expect(try store.assignments(from: week.0, to: week.1) == original.assignments(from: week.0, to: week.1))
            #expect(try store.checkInLog().map(\.record) == original.checkInLog().map(\.record))
            #expect(try store.history() == original.history())
            #expect(try store.version() == original.version())
        }
        var exported: [[String: Data]] = []
        for (i, db) in [file, server, back].enumerated() {
            let folder = tmp.path("export\(i)")
            let run = try Zhiban.run(["export", "--db", db, folder])
            try #require(run.status == 0, "\(run.stderr)")
            exported.append(try folderContents(folder))
        }
        #expect(!exported[0].isEmpty)
        #expect(exported[0] == exported[1] && exported[0] == exported[2])
    }

    /// A copy into a database that holds data is refused and writes nothing; a failed copy into a
    /// new file leaves no file behind.
    @Test func aCopyIntoADatabaseWithDataIsRefusedAndWritesNothing() throws {
        let tmp = try TemporaryFolder()
        let file = try sampleDatabase(tmp)
        let server = try TestServer.freshDatabase()
        let first = try Zhiban.run(["db", "copy", "--from", file, "--to", server, "--lang", "en"])
        try #require(first.status == 0, "\(first.stderr)")
        let before = try AppDatabase.open(location: server, create: false).tableCounts().map(\.rows)
        let second = try Zhiban.run(["db", "copy", "--from", file, "--to", server, "--lang", "en"])
        #expect(second.status != 0)
        #expect(second.stderr.contains("already holds data"), "\(second.stderr)")
        #expect(try AppDatabase.open(location: server, create: false).tableCounts().map(\.rows) == before)

        let missing = try Zhiban.run(["db", "copy", "--from", tmp.path("none.sqlite"), "--to", tmp.path("new.sqlite"), "--lang", "en"])
        #expect(missing.status != 0)
        #expect(!FileManager.default.fileExists(atPath: tmp.path("new.sqlite")))
    }
}
