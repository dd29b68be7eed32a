import DutyModel
import DutyStore
import DutyTestSupport
import Foundation
import Testing

/// What every ``RosterStore`` promises, checked on the SQLite store, on the PostgreSQL store (a
/// real server: ``TestServer``) and on the in-memory fake the interface's tests use, so that
/// neither the server nor the fake can drift from the file: versions,
/// changes made elsewhere, conflicts, check-ins that never conflict, and undo.
@Suite struct StoreContractTests {
    enum Kind: String, CaseIterable, CustomTestStringConvertible {
        case sqlite, postgresql, memory
        var testDescription: String { rawValue }
    }

    static let day = Fixtures.date("2026-12-01")

    /// Two connections to one store (two terminals), as 王芳 and 李娜, with the tiny directory in it.
    final class Pair {
        let first: any RosterStore
        let second: any RosterStore
        let directory = Fixtures.tiny()
        private let folder: URL?

        init(_ kind: Kind) throws {
            switch kind {
            case .sqlite:
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-contract-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let path = folder.appendingPathComponent("z.sqlite").path
                first = try AppDatabase.open(path: path, create: true, user: "王芳")
                second = try AppDatabase.open(path: path, create: false, user: "李娜")
                self.folder = folder
            case .postgresql:
                let url = try TestServer.freshDatabase()
                first = try AppDatabase.open(location: url, create: true, user: "王芳")
                second = try AppDatabase.open(location: url, create: false, user: "李娜")
                folder = nil
            case .memory:
                let store = MemoryStore(user: "王芳")
                first = store
                second = store.connection(user: "李娜")
                folder = nil
            }
            _ = try first.save(directory, action: "import", basedOn: nil)
        }

        deinit { if let folder { try? FileManager.default.removeItem(at: folder) } }

        func slot(_ shift: Int = 0) throws -> Slot {
            let post = try #require(directory.posts.first)
            let template = try #require(directory.shiftTemplates.first { $0.id == post.template })
            return Slot(post: post.id, date: StoreContractTests.day, shift: template.shifts[shift].code)
        }

        func person(_ i: Int) -> PersonID { directory.people[i].id }
    }

    /// A watch hears of another terminal's commit within a second without asking the database
    /// each time: on the server through LISTEN/NOTIFY (nothing heard, nothing to read), elsewhere
    /// by asking every time.
    /// Undo takes the user's own last change, past others' newer ones; when someone else has
    /// since changed what it touched, it refuses and says who and when.
    @Test(arguments: Kind.allCases)
    func undoTakesYourOwnChangeAndRefusesWhenAnotherDependsOnIt(_ kind: Kind) throws {
        let stores = try Pair(kind)
        let mine = Assignment(person: stores.person(0), slot: try stores.slot(0), source: .manual)
        let theirs = Assignment(person: stores.person(1), slot: try stores.slot(1), source: .manual)
        _ = try stores.first.assign(mine, action: "assign", basedOn: nil)
        _ = try stores.second.assign(theirs, action: "assign", basedOn: nil)
        // 王芳's undo takes her own assignment, not 李娜's newer one.
        let undone = try #require(try stores.first.undo().value)
        #expect(undone.user == "王芳")
        let day = StoreContractTests.day
        #expect(try stores.first.assignments(from: day, to: day) == [theirs])
        _ = try stores.first.redo()

        // 李娜 moves 王芳's person off the slot: 王芳's assignment can no longer be undone alone.
        _ = try stores.second.unassign(person: mine.person, slot: mine.slot, action: "unassign", basedOn: nil)
        _ = try stores.second.undo()  // her own unassign
        _ = try stores.second.redo()
        do {
            _ = try stores.first.undo()
            Issue.record("undo went through over 李娜's later change")
        } catch let error as StoreError {
            guard case let .undoBlocked(undo, conflict) = error else { Issue.record("\(error)"); return }
            #expect(undo && conflict.user == "李娜")
            #expect(error.message.zh.contains("李娜"))
        }
        #expect(try stores.first.assignments(from: day, to: day) == [theirs])
    }

    @Test(arguments: Kind.allCases)
    func aWatchHearsOfAnotherCommitWithinASecond(_ kind: Kind) throws {
        let stores = try Pair(kind)
        let start = try stores.first.version()
        #expect(stores.first.mayHaveChanged(since: start))  // the first look asks (nothing heard yet)
        #expect(stores.first.mayHaveChanged(since: start) == (kind != .postgresql))
        let made = try stores.second.assign(Assignment(person: stores.person(0), slot: try stores.slot(), source: .manual),
                                            action: "assign", basedOn: nil)
        let deadline = ContinuousClock.now + .seconds(1)
        var heard = false
        while !heard && ContinuousClock.now < deadline {
            heard = stores.first.mayHaveChanged(since: start)
            if !heard { usleep(5_000) }
        }
        #expect(heard)
        #expect(try stores.first.version() == made.version)
    }

    @Test(arguments: Kind.allCases)
    func everyChangeMakesANewerVersionThatOthersHearOf(_ kind: Kind) throws {
        let stores = try Pair(kind)
        let start = try stores.first.version()
        #expect(start > .origin)
        let slot = try stores.slot()
        let made = try stores.second.assign(Assignment(person: stores.person(0), slot: slot, source: .manual),
                                            action: "assign", basedOn: start)
        #expect(made.version > start && made.unseen.isEmpty)
        #expect(try stores.first.version() == made.version)
        let heard = try stores.first.changes(after: start)
        #expect(heard.map(\.action) == ["assign"] && heard.first?.user == "李娜" && heard.first?.kinds == [.roster])
        #expect(try stores.first.changes(after: made.version).isEmpty)
    }

    @Test(arguments: Kind.allCases)
    func aChangeToASlotChangedMeanwhileIsRefusedWithWhoAndWhat(_ kind: Kind) throws {
        let stores = try Pair(kind)
        let seen = try stores.first.version()
        let slot = try stores.slot(), other = try stores.slot(1)
        _ = try stores.second.assign(Assignment(person: stores.person(0), slot: slot, source: .manual), action: "assign", basedOn: seen)
        // The first terminal, still showing the old version, adds someone else to the same slot.
        #expect {
            _ = try stores.first.assign(Assignment(person: stores.person(1), slot: slot, source: .manual), action: "assign",
                                        basedOn: seen)
        } throws: { error in
            guard case let .conflict(conflict) = error as? StoreError else { return false }
            return conflict.entity == slot.id.rawValue && conflict.user == "李娜" && conflict.action == "assign"
        }
        #expect(try stores.first.assignments(from: Self.day, to: Self.day).map(\.person) == [stores.person(0)])
        // Another slot is not in conflict, but the change names what it had not seen.
        let elsewhere = try stores.first.assign(Assignment(person: stores.person(1), slot: other, source: .manual),
                                                action: "assign", basedOn: seen)
        #expect(elsewhere.unseen.map(\.user) == ["李娜"])
        // Based on the newest version, the same change goes in.
        let current = try stores.first.version()
        let added = try stores.first.assign(Assignment(person: stores.person(1), slot: slot, source: .manual), action: "assign",
                                            basedOn: current)
        #expect(added.unseen.isEmpty)
    }

    @Test(arguments: Kind.allCases)
    func aRosterWriteConflictsWithAnyChangeOnItsDatesAndAPersonEditWithThatPerson(_ kind: Kind) throws {
        let stores = try Pair(kind)
        let seen = try stores.first.version()
        let slot = try stores.slot()
        _ = try stores.second.assign(Assignment(person: stores.person(2), slot: slot, source: .manual), action: "assign", basedOn: seen)
        let roster = [Assignment(person: stores.person(0), slot: slot, source: .solver)]
        #expect(throws: StoreError.self) {
            _ = try stores.first.replaceAssignments(from: Self.day, to: Self.day, with: roster, action: "solve", updating: nil,
                                                    basedOn: seen)
        }
        // A later day is not touched by that change.
        let tomorrow = Slot(post: slot.post, date: Self.day.adding(days: 1), shift: slot.shift)
        let written = try stores.first.replaceAssignments(from: tomorrow.date, to: tomorrow.date,
                                                          with: [Assignment(person: stores.person(0), slot: tomorrow, source: .solver)],
                                                          action: "solve", updating: nil, basedOn: seen)
        #expect(written.value == RosterWrite(added: 1, removed: 0))

        var edited = stores.directory.people[1]
        edited.notes = "只做白班"
        let before = try stores.second.version()
        _ = try stores.second.save(Directory(people: [edited]), action: "edit", basedOn: before)
        edited.notes = "夜班可以"
        #expect(throws: StoreError.self) {
            _ = try stores.first.save(Directory(people: [edited]), action: "edit", basedOn: before)
        }
    }

    /// Check-ins of different records never conflict; a version of a record someone else
    /// entered a version of since the caller read the log contradicts it and is refused, naming
    /// who; once read, the next version goes in. Every version is kept.
    @Test(arguments: Kind.allCases)
    func checkInsConflictOnlyWithTheSameRecordAndKeepEveryVersion(_ kind: Kind) throws {
        let stores = try Pair(kind)
        let seen = try stores.first.version()
        let slot = try stores.slot()
        let now = LocalDateTime(date: Self.day, time: Fixtures.time("07:05"))
        let record = CheckIn(id: CheckIn.id(person: stores.person(0), slot: slot), person: stores.person(0), slot: slot,
                             timeIn: now, status: .onTime)
        _ = try stores.second.append(record, basedOn: seen)
        // Another person's record, based on the old version: in, with the unseen check-in named.
        let neighbour = CheckIn(id: CheckIn.id(person: stores.person(1), slot: slot), person: stores.person(1), slot: slot,
                                timeIn: now, status: .onTime)
        let appended = try stores.first.append(neighbour, basedOn: seen)
        #expect(appended.unseen.first?.kinds == [.checkIns])
        // The same record, based on a version that had not seen the other's check-in: refused.
        var late = record
        late.timeIn = LocalDateTime(date: Self.day, time: Fixtures.time("08:40"))
        late.status = .late
        #expect {
            _ = try stores.first.append(late, basedOn: seen)
        } throws: { error in
            guard case let StoreError.conflict(conflict) = error else { return false }
            return conflict.user == "李娜" && conflict.entity == record.id.rawValue
        }
        var out = record
        out.timeOut = LocalDateTime(date: Self.day, time: Fixtures.time("15:00"))
        out.action = .checkOut
        _ = try stores.first.append(out, basedOn: try stores.first.version())
        let log = try stores.first.checkInLog()
        #expect(log.map(\.record.action) == [.checkIn, .checkIn, .checkOut])
        #expect(log.map(\.enteredBy) == ["李娜", "王芳", "王芳"])
        #expect(try stores.second.checkIns(of: stores.person(0)) == [out])
        // By range: the slot's day, and a day without any.
        #expect(try stores.first.checkInLog(dates: Self.day...Self.day).count == 3)
        #expect(try stores.first.checkInLog(dates: Self.day.adding(days: 1)...Self.day.adding(days: 3)).isEmpty)
    }

    /// Versions appended together (a shift closed for everyone on it) go in as one change, or
    /// not at all when one of them contradicts a version entered elsewhere meanwhile.
    @Test(arguments: Kind.allCases)
    func checkInsAppendedTogetherGoInAllOrNothing(_ kind: Kind) throws {
        let stores = try Pair(kind)
        let slot = try stores.slot()
        let now = LocalDateTime(date: Self.day, time: Fixtures.time("07:05"))
        let records = (0..<3).map { i in
            CheckIn(id: CheckIn.id(person: stores.person(i), slot: slot), person: stores.person(i), slot: slot, timeIn: now, status: .onTime)
        }
        _ = try stores.first.append(records, basedOn: nil)
        let seen = try stores.first.version()
        let closed = records.map { record in
            var out = record
            out.timeOut = LocalDateTime(date: Self.day, time: Fixtures.time("15:00"))
            out.action = .closed
            return out
        }
        var theirs = records[2]
        theirs.timeOut = LocalDateTime(date: Self.day, time: Fixtures.time("14:55"))
        theirs.action = .checkOut
        _ = try stores.second.append(theirs, basedOn: seen)
        #expect(throws: StoreError.self) { _ = try stores.first.append(closed, basedOn: seen) }
        #expect(try stores.first.checkInLog().count == 4)
        let versions = try stores.first.changes(after: seen)
        #expect(versions.count == 1)
        _ = try stores.first.append(Array(closed.prefix(2)), basedOn: try stores.first.version())
        #expect(try stores.first.changes(after: seen).count == 2)
        #expect(try stores.first.checkIns().map(\.action) == [.closed, .closed, .checkOut])
    }

    @Test(arguments: Kind.allCases)
    func undoAndRedoFollowTheSameHistory(_ kind: Kind) throws {
        let stores = try Pair(kind)
        let store = stores.first
        let slot = try stores.slot()
        let a = Assignment(person: stores.person(0), slot: slot, source: .manual)
        let b = Assignment(person: stores.person(1), slot: slot, source: .manual)
        _ = try store.assign(a, action: "assign", basedOn: nil)
        _ = try store.apply(removing: [a], adding: [b], action: "swap", basedOn: nil)
        var edited = stores.directory.people[2]
        edited.maxHoursPerWeek = 12
        _ = try store.save(Directory(people: [edited]), action: "edit", basedOn: nil)
        #expect(try store.history().undo.map(\.action) == ["assign", "swap", "edit"])
        #expect(try store.undo().value?.action == "edit")
        #expect(try store.loadDirectory().people.first { $0.id == edited.id }?.maxHoursPerWeek == stores.directory.people[2].maxHoursPerWeek)
        #expect(try store.undo().value?.action == "swap")
        #expect(try store.assignments(from: Self.day, to: Self.day) == [a])
        #expect(try store.redo().value?.action == "swap")
        #expect(try store.assignments(from: Self.day, to: Self.day) == [b])
        // A check-in is a change that cannot be undone, and clears what could be redone.
        let record = CheckIn(id: CheckIn.id(person: b.person, slot: slot), person: b.person, slot: slot,
                             timeIn: LocalDateTime(date: Self.day, time: Fixtures.time("07:00")), status: .onTime)
        _ = try store.append(record, basedOn: nil)
        #expect(try store.history().redo.isEmpty)
        #expect(try store.history().undo.map(\.action) == ["assign", "swap"])
        // Taking someone off a slot they are not on changes nothing and refuses nothing.
        #expect(try store.unassign(person: a.person, slot: slot, action: "unassign", basedOn: nil).value == false)
        #expect {
            _ = try store.apply(removing: [a], adding: [], action: "swap", basedOn: nil)
        } throws: { ($0 as? StoreError).map { if case .rejected = $0 { true } else { false } } ?? false }
    }

    @Test(arguments: Kind.allCases)
    func aWalkInIsOnePersonOneAssignmentAndOneCheckIn(_ kind: Kind) throws {
        let stores = try Pair(kind)
        let slot = try stores.slot()
        let person = Person(id: "P900", name: "临时志愿者", phone: "13700000000", sex: .female, birthYear: 1990,
                            compound: stores.directory.compounds[0].id, roles: [.residentVolunteer])
        let record = CheckIn(id: CheckIn.id(person: person.id, slot: slot), person: person.id, slot: slot,
                             timeIn: LocalDateTime(date: Self.day, time: Fixtures.time("07:10")), status: .onTime, action: .walkIn)
        let before = try stores.first.version()
        _ = try stores.first.registerWalkIn(person, assignment: Assignment(person: person.id, slot: slot, source: .manual),
                                            checkIn: record, basedOn: before)
        #expect(try stores.second.loadDirectory().people.contains(person))
        #expect(try stores.second.assignments(from: Self.day, to: Self.day).map(\.person) == [person.id])
        #expect(try stores.second.checkIns() == [record])
        #expect(try stores.second.changes(after: before).first?.kinds == [.people, .roster, .checkIns])
    }
}

extension StoreContractTests {
    /// An override travels with its assignment: stored, read back, and taken back by undo.
    @Test(arguments: Kind.allCases)
    func anOverrideIsStoredWithItsAssignmentAndUndone(_ kind: Kind) throws {
        let stores = try Pair(kind)
        let slot = try stores.slot()
        let override = RuleOverride(reason: "书记同意", rules: ["max-headcount", "max-weekly-hours"])
        let assignment = Assignment(person: stores.person(0), slot: slot, source: .manual, override: override)
        _ = try stores.first.apply(removing: [], adding: [assignment], action: "assign", basedOn: try stores.first.version())
        #expect(try stores.second.assignments(from: Self.day, to: Self.day) == [assignment])
        _ = try stores.first.undo()
        #expect(try stores.second.assignments(from: Self.day, to: Self.day).isEmpty)
        _ = try stores.first.redo()
        #expect(try stores.second.assignments(from: Self.day, to: Self.day).first?.override == override)
    }
}

extension StoreContractTests {
    /// A roster write keeps an assignment it is given again as it is stored (its source, its
    /// override), except that an override given with it is stored on it, in the same change.
    @Test(arguments: Kind.allCases)
    func aRosterWriteStoresAnOverrideOnAnAssignmentItKeeps(_ kind: Kind) throws {
        let stores = try Pair(kind)
        let slot = try stores.slot()
        let kept = Assignment(person: stores.person(0), slot: slot, source: .manual)
        _ = try stores.first.assign(kept, action: "assign", basedOn: try stores.first.version())
        // Given again as the solver would: nothing changes.
        let again = Assignment(person: stores.person(0), slot: slot, source: .solver)
        let unchanged = try stores.first.replaceAssignments(from: Self.day, to: Self.day, with: [again], action: "solve",
                                                            updating: nil, basedOn: try stores.first.version())
        #expect(unchanged.value == RosterWrite(added: 0, removed: 0))
        #expect(try stores.second.assignments(from: Self.day, to: Self.day) == [kept])
        // Given with an override: stored on the kept assignment, its source as it was.
        let override = RuleOverride(reason: "书记同意", rules: ["max-weekly-hours"])
        var given = again
        given.override = override
        let written = try stores.first.replaceAssignments(from: Self.day, to: Self.day, with: [given], action: "solve",
                                                          updating: nil, basedOn: try stores.first.version())
        #expect(written.value == RosterWrite(added: 0, removed: 0))
        var expected = kept
        expected.override = override
        #expect(try stores.second.assignments(from: Self.day, to: Self.day) == [expected])
        _ = try stores.first.undo()
        #expect(try stores.second.assignments(from: Self.day, to: Self.day) == [kept])
    }
}
