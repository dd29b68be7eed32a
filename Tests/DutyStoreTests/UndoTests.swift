import DutyModel
import DutyStore
import DutyTestSupport
import Foundation
import Testing

/// Undo and redo from the audit log: whole changes, in order, and across a restart.
@Suite struct UndoTests {
    static let day = Fixtures.date("2026-12-01")

    func setUp(_ db: AppDatabase) throws -> (Directory, Slot) {
        let directory = Fixtures.tiny()
        try db.save(directory)
        let post = try #require(directory.posts.first)
        let template = try #require(directory.shiftTemplates.first { $0.id == post.template })
        return (directory, Slot(post: post.id, date: Self.day, shift: template.shifts[0].code))
    }

    func people(_ db: AppDatabase, _ slot: Slot) throws -> Set<PersonID> {
        Set(try db.assignments(from: Self.day, to: Self.day).filter { $0.slot == slot }.map(\.person))
    }

    @Test func undoAndRedoWalkTheChangesBackAndForth() throws {
        let db = try AppDatabase.inMemory()
        let (directory, slot) = try setUp(db)
        let a = directory.people[0].id, b = directory.people[1].id
        try db.assign(Assignment(person: a, slot: slot, source: .manual))
        try db.assign(Assignment(person: b, slot: slot, source: .manual))
        try db.unassign(person: a, slot: slot)
        #expect(try people(db, slot) == [b])
        #expect(try db.history().undo.map(\.action) == ["assign", "assign", "unassign"])

        #expect(try db.undo().value?.action == "unassign")
        #expect(try people(db, slot) == [a, b])
        #expect(try db.undo().value?.action == "assign")
        #expect(try people(db, slot) == [a])
        #expect(try db.history().redo.count == 2)
        #expect(try db.redo().value?.action == "assign")
        #expect(try people(db, slot) == [a, b])

        // A new change clears what could be redone.
        try db.assign(Assignment(person: a, slot: slot, pinned: true, source: .manual))
        #expect(try db.history().redo.isEmpty)
        #expect(try db.redo().value == nil)
        // Undo the pin: back to unpinned, not removed.
        try db.undo()
        #expect(try db.assignments(from: Self.day, to: Self.day).first { $0.person == a }?.pinned == false)
    }

    @Test func aWholeRosterWriteIsOneChange() throws {
        let db = try AppDatabase.inMemory()
        let (directory, slot) = try setUp(db)
        let roster = directory.people.prefix(3).map { Assignment(person: $0.id, slot: slot, source: .solver) }
        try db.replaceAssignments(from: Self.day, to: Self.day, with: Array(roster), action: "solve")
        #expect(try people(db, slot).count == 3)
        let undone = try #require(try db.undo().value)
        #expect(undone.action == "solve" && undone.rows == 3)
        #expect(try people(db, slot).isEmpty)
        try db.redo()
        #expect(try people(db, slot).count == 3)
    }

    @Test func personEditsUndoButImportsDoNot() throws {
        let db = try AppDatabase.inMemory()
        var (directory, _) = try setUp(db)
        #expect(try db.history().undo.isEmpty)   // the import itself is not undoable
        directory.people[0].phone = "13800009999"
        try db.save(Directory(people: [directory.people[0]]), action: "edit")
        try db.undo()
        #expect(try db.loadDirectory().people.first { $0.id == directory.people[0].id }?.phone == Fixtures.tiny().people[0].phone)
        try db.redo()
        #expect(try db.loadDirectory().people.first { $0.id == directory.people[0].id }?.phone == "13800009999")
    }

    @Test func historySurvivesARestart() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-undo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("z.sqlite").path
        var slot: Slot
        var person: PersonID
        do {
            let db = try AppDatabase.open(path: path, create: true)
            let (directory, s) = try setUp(db)
            slot = s
            person = directory.people[2].id
            try db.assign(Assignment(person: person, slot: slot, source: .manual))
        }
        let reopened = try AppDatabase.open(path: path, create: false)
        #expect(try people(reopened, slot) == [person])
        #expect(try reopened.undo().value?.action == "assign")
        #expect(try people(reopened, slot).isEmpty)
        let again = try AppDatabase.open(path: path, create: false)
        #expect(try again.redo().value?.action == "assign")
        #expect(try people(again, slot) == [person])
    }
}
