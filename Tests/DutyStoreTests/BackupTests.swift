import DutyModel
import DutyStore
import DutyTestSupport
import Foundation
import PostgresClient
import Testing

/// docs/deploy.md's backup and restore, carried out: `pg_dump` of a database with a roster,
/// check-ins and an undo history, `pg_restore` into a new database, and Zhiban reads the same from it.
@Suite struct BackupTests {
    @Test func aDumpRestoredIntoANewDatabaseReadsTheSame() throws {
        let source = try TestServer.freshDatabase()
        let store = try AppDatabase.open(location: source, create: true, user: "王芳")
        let directory = Fixtures.tiny()
        _ = try store.save(directory, action: "import", basedOn: nil)
        let post = try #require(directory.posts.first)
        let template = try #require(directory.shiftTemplates.first { $0.id == post.template })
        let day = Fixtures.date("2026-12-01")
        let slot = Slot(post: post.id, date: day, shift: template.shifts[0].code)
        for person in directory.people.prefix(2) {
            _ = try store.assign(Assignment(person: person.id, slot: slot, source: .manual), action: "assign", basedOn: nil)
        }
        let first = directory.people[0].id
        _ = try store.append(CheckIn(id: CheckIn.id(person: first, slot: slot), person: first, slot: slot,
                                     timeIn: LocalDateTime(date: day, time: TimeOfDay(hour: 7, minute: 2) ?? .midnight),
                                     status: .onTime), basedOn: nil)
        _ = try store.undo()

        let dump = try #require(LocalCluster.program("pg_dump")), restore = try #require(LocalCluster.program("pg_restore"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-backup-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try LocalCluster.execute([dump, "--format=custom", "--file=\(folder)/z.dump", "--dbname=\(source)"], log: "\(folder)/dump.log")
        let target = try TestServer.freshDatabase()
        try LocalCluster.execute([restore, "--no-owner", "--exit-on-error", "--dbname=\(target)", "\(folder)/z.dump"],
                                 log: "\(folder)/restore.log")

        let restored = try AppDatabase.open(location: target, create: false, user: "王芳")
        #expect(try restored.loadDirectory() == store.loadDirectory())
        #expect(try restored.assignments(from: day, to: day) == store.assignments(from: day, to: day))
        #expect(try restored.checkInLog() == store.checkInLog())
        #expect(try restored.history() == store.history())
        #expect(try restored.version() == store.version())
        // And it goes on from there: the next change is newer than anything restored.
        let dumped = try store.version()
        let next = try restored.redo()
        #expect(next.value != nil && next.version > dumped)
    }
}
