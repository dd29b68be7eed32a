import DutyApp
import DutyDocuments
import DutyEngine
import DutyModel
import DutyRuntime
import DutySample
import DutyTestSupport
import Foundation
import TerminalKit
import Testing

/// The effect path end to end, against the in-memory store: keys go in, the store changes,
/// and what the screen shows is what the store holds — including when the store refuses.
@Suite struct SessionTests {
    static let directory = SampleWeek.directory
    static let firstDay = SampleWeek.firstDay
    /// A deterministic roster of the first week.
    static let roster = SampleWeek.assignments
    static let morning = LocalDateTime(date: firstDay, time: TimeOfDay(hour: 8, minute: 50) ?? .midnight)

    /// Documents "written" into a list, or refused.
    final class Paper: DocumentOutput, @unchecked Sendable {
        var written: [String] = []
        var refuse = false

        func write(_ documents: [Document], file: String) throws(DocumentFailure) -> String {
            if refuse { throw DocumentFailure(Localized(zh: "磁盘已满", en: "disk full")) }
            written.append(file)
            return "/tmp/" + file
        }

        func send(_ documents: [Document]) throws(DocumentFailure) {
            throw DocumentFailure(Localized(zh: "没有打印机", en: "no printer"))
        }
    }

    /// A store holding the sample city and its week, and a session on it at 08:50.
    static func session(_ store: MemoryStore = store(), desk: DeskStart? = nil, paper: Paper = Paper()) throws -> Session {
        let options = SessionOptions(firstDay: firstDay, days: 7, language: .en, desk: desk)
        let session = try Session(store: store, options: options, clock: { morning }, output: paper,
                                  background: Background { _ in DutySearchOptions(seed: 1, steps: 2_000, threads: 1) })
        session.send(.resized(width: 100, height: 30))
        return session
    }

    static func store() -> MemoryStore {
        let store = MemoryStore(user: "王芳", directory: directory)
        _ = try? store.replaceAssignments(from: firstDay, to: firstDay.adding(days: 6), with: roster, action: "solve",
                                          updating: nil, basedOn: nil)
        return store
    }

    static func keys(_ session: Session, _ keys: [Key]) {
        for key in keys { session.send(.key(key)) }
    }

    static func type(_ session: Session, _ text: String) {
        keys(session, text.map { .character($0) })
    }

    /// The assignments of one slot in the store.
    static func stored(_ store: MemoryStore, _ slot: Slot) throws -> Set<PersonID> {
        Set(try store.assignments(from: slot.date, to: slot.date).filter { $0.slot == slot }.map(\.person))
    }

    @Test func openingASlotAndAssigningWritesTheStoreAndUndoTakesItBack() throws {
        let store = Self.store()
        let session = try Self.session(store)
        let loaded = session.state.version
        Self.keys(session, [.right, .enter])
        let slot = try #require(session.state.slot)
        let row = try #require(slot.lines.firstIndex { !$0.isMember && $0.blocked == nil })
        let person = slot.lines[row].person
        Self.keys(session, Array(repeating: .down, count: row) + [.character("a")])
        #expect(try Self.stored(store, slot.slot).contains(person))
        #expect(try session.state.version > loaded && session.state.version == store.version())
        #expect(try store.history().undo.last?.action == "tui")
        // u: the store's undo; the screen shows what the store holds, and says what was undone.
        Self.keys(session, [.character("u")])
        #expect(!(try Self.stored(store, slot.slot).contains(person)))
        #expect(session.state.slot?.lines.contains { $0.person == person && $0.isMember } == false)
        #expect(session.state.status?.text.en.hasPrefix("Undid: change in the interface (1 records") == true, "\(session.state.status?.text.en ?? "")")
        #expect(session.state.version == (try store.version()))
    }

    @Test func aRefusedChangeShowsWhatTheStoreHoldsAndSaysWhy() throws {
        let store = Self.store()
        let session = try Self.session(store)
        Self.keys(session, [.right, .enter])
        let slot = try #require(session.state.slot)
        let row = try #require(slot.lines.firstIndex { !$0.isMember && $0.blocked == nil })
        let person = slot.lines[row].person
        store.failNext(.rejected(reason: "disk I/O error"))
        Self.keys(session, Array(repeating: .down, count: row) + [.character("a")])
        #expect(!(try Self.stored(store, slot.slot).contains(person)))
        #expect(!session.state.assignments.contains { $0.person == person && $0.slot == slot.slot })
        #expect(session.state.slot?.lines.first { $0.person == person }?.isMember == false)
        #expect(session.state.status?.isError == true)
        #expect(session.state.status?.text.en == "Could not save: the database refused the change: disk I/O error")
    }

    /// Another terminal changes the same slot meanwhile: the change is refused with who did it,
    /// and the screen shows the other's change.
    @Test func aChangeToASlotChangedElsewhereIsRefusedAndTheScreenCatchesUp() throws {
        let store = Self.store()
        let session = try Self.session(store)
        Self.keys(session, [.right, .enter])
        let slot = try #require(session.state.slot)
        let free = slot.lines.filter { !$0.isMember && $0.blocked == nil }
        try #require(free.count >= 2)
        let other = store.connection(user: "李娜")
        _ = try other.assign(Assignment(person: free[1].person, slot: slot.slot, source: .manual), action: "assign",
                             basedOn: try other.version())
        let row = try #require(slot.lines.firstIndex { $0.person == free[0].person })
        Self.keys(session, Array(repeating: .down, count: row) + [.character("a")])
        #expect(try Self.stored(store, slot.slot).contains(free[1].person))
        #expect(!(try Self.stored(store, slot.slot).contains(free[0].person)))
        let said = try #require(session.state.status)
        #expect(said.isError && said.text.en.contains("was changed by 李娜"), "\(said.text.en)")
        #expect(session.state.slot?.lines.first { $0.person == free[1].person }?.isMember == true)
        #expect(session.state.version == (try store.version()))
    }

    /// A change elsewhere that does not touch this one: this one goes in, and the screen reads
    /// the data again so that it shows both.
    @Test func anUnrelatedChangeElsewhereIsReadInWithTheNextChange() throws {
        let store = Self.store()
        let session = try Self.session(store)
        let elsewhere = try #require(Self.roster.last)
        let other = store.connection(user: "李娜")
        _ = try other.unassign(person: elsewhere.person, slot: elsewhere.slot, action: "unassign", basedOn: try other.version())
        #expect(session.state.assignments.contains(elsewhere))
        Self.keys(session, [.right, .enter])
        let slot = try #require(session.state.slot)
        let row = try #require(slot.lines.firstIndex { !$0.isMember && $0.blocked == nil })
        Self.keys(session, Array(repeating: .down, count: row) + [.character("a")])
        #expect(session.state.status?.isError == false)
        #expect(!session.state.assignments.contains(elsewhere))
        #expect(session.state.version == (try store.version()))
    }

    /// Reproduction 3 of issue 14: a desk with a fixed clock (`--now`) never saw a check-in made
    /// elsewhere (it read the log when the minute turned). It reads it at the next watch.
    @Test func aCheckInIsInTheStoreBeforeTheNextFrameAndAnotherDesksShowsAtTheNextWatch() throws {
        let store = Self.store()
        let session = try Self.session(store, desk: DeskStart())
        #expect(session.state.screen == .desk)
        let line = try #require(session.state.deskLines.first)
        Self.type(session, line.person.id.rawValue)
        Self.keys(session, [.enter])
        let log = try store.checkInLog()
        #expect(log.map(\.record.person) == [line.person.id] && log.first?.record.timeIn == Self.morning)
        #expect(session.state.desk.log == log.map(\.record))
        #expect(!session.watch())
        // Another desk checks someone else in; the clock stands still (`--now`), and the desk
        // reads the log at its next look at the store's version.
        let second = try #require(session.state.deskLines.first { $0.person.id != line.person.id && $0.record == nil })
        let other = store.connection(user: "李娜")
        let record = Desk(Self.directory).checkIn(second.person.id, on: second.slot, at: Self.morning)
        _ = try other.append(record, basedOn: nil)
        #expect(session.state.desk.records[record.id] == nil)
        #expect(session.watch())
        #expect(session.state.desk.records[record.id] == record)
        #expect(session.state.version == (try store.version()))
        #expect(!session.watch())
    }

    /// Reproduction 2 of issue 14: two interfaces on one database did not see each other's
    /// changes. A roster change elsewhere is read in at the next watch, and whose it was is said.
    @Test func aRosterChangeElsewhereIsReadInAtTheNextWatchAndSaysWhose() throws {
        let store = Self.store()
        let session = try Self.session(store)
        let elsewhere = try #require(Self.roster.last)
        let other = store.connection(user: "李娜")
        _ = try other.unassign(person: elsewhere.person, slot: elsewhere.slot, action: "swap", basedOn: try other.version())
        #expect(session.state.assignments.contains(elsewhere))
        #expect(session.watch())
        #expect(!session.state.assignments.contains(elsewhere))
        #expect(session.state.version == (try store.version()))
        let said = try #require(session.state.status?.text.en)
        #expect(said.hasPrefix("Read in 李娜's change at ") && said.hasSuffix("(swap)"), "\(said)")
    }

    /// The loop's poll asks the store at its interval (here every time).
    @Test func pollWatchesTheStoreAtItsInterval() throws {
        let store = Self.store()
        let options = SessionOptions(firstDay: Self.firstDay, days: 7, language: .en)
        let session = try Session(store: store, options: options, clock: { Self.morning }, output: Paper(),
                                  watchInterval: .zero)
        let elsewhere = try #require(Self.roster.last)
        _ = try store.connection(user: "李娜").unassign(person: elsewhere.person, slot: elsewhere.slot, action: "swap", basedOn: nil)
        #expect(session.poll())
        #expect(!session.state.assignments.contains(elsewhere))
    }

    /// A person being edited is not changed under the editor: the change elsewhere is said and
    /// read in once the editor closes; saving the edit then is refused, since it was decided
    /// on the record as it was.
    @Test func aDraftKeepsOthersChangesOutUntilItClosesAndItsClashIsRefused() throws {
        let store = Self.store()
        let session = try Self.session(store)
        Self.keys(session, [.character("P"), .character("e")])
        let person = try #require(session.state.editor?.original)
        var changed = person
        changed.phone = "13900000000"
        let other = store.connection(user: "李娜")
        _ = try other.save(Directory(people: [changed]), action: "edit", basedOn: nil)
        #expect(session.watch())
        #expect(session.state.editor != nil)
        #expect(session.state.status?.text.en == "Someone else changed the data: it is read in when this is done")
        #expect(!session.watch())
        // The editor's own change to the same person is refused, naming who changed it, and
        // the screen then shows the other's.
        Self.type(session, "甲")
        Self.keys(session, [.control("s")])
        let said = try #require(session.state.status)
        #expect(said.isError && said.text.en.contains("was changed by 李娜"), "\(said.text.en)")
        let stored = try #require(try store.loadDirectory().people.first { $0.id == person.id })
        #expect(stored == changed)
        #expect(session.state.directory.people.first { $0.id == person.id } == changed)
        #expect(session.state.version == (try store.version()))
    }

    /// Reproduction 3 of issue 14: Enter at a desk that has not yet read another desk's check-in
    /// added a second, later one over it (late, fewer hours). It is refused and the existing
    /// record is shown; the log holds only the first.
    @Test func aCheckInContradictingOneMadeElsewhereIsRefusedAndShowsIt() throws {
        let store = Self.store()
        let session = try Self.session(store, desk: DeskStart())
        let line = try #require(session.state.deskLines.first { $0.record == nil })
        let early = LocalDateTime(minuteNumber: Self.morning.minuteNumber - 5)
        let record = Desk(Self.directory).checkIn(line.person.id, on: line.slot, at: early)
        _ = try store.connection(user: "李娜").append(record, basedOn: nil)
        Self.type(session, line.person.id.rawValue)
        Self.keys(session, [.enter])
        let said = try #require(session.state.status)
        #expect(said.isError)
        #expect(said.text.en.contains("李娜 entered \(line.person.name)'s record") && said.text.en.contains("in \(early.time)"),
                "\(said.text.en)")
        #expect(try store.checkInLog().map(\.record) == [record])
        #expect(session.state.desk.records[record.id] == record)
    }

    /// Another desk's check-ins since the last change are read in with this desk's next one (the
    /// log only, not the whole roster), and the version moves on.
    @Test func checkInsElsewhereAreReadInWithTheNextCheckIn() throws {
        let store = Self.store()
        let session = try Self.session(store, desk: DeskStart())
        let lines = session.state.deskLines.filter { $0.record == nil }
        let mine = try #require(lines.first), theirs = try #require(lines.first { $0.person.id != mine.person.id })
        let record = Desk(Self.directory).checkIn(theirs.person.id, on: theirs.slot, at: Self.morning)
        _ = try store.connection(user: "李娜").append(record, basedOn: nil)
        Self.type(session, mine.person.id.rawValue)
        Self.keys(session, [.enter])
        #expect(session.state.desk.records[record.id] == record)
        #expect(session.state.desk.log == (try store.checkInLog().map(\.record)))
        #expect(session.state.version == (try store.version()))
    }

    /// F5 and a standby call-up: the replan's change in the store as one undo step; F8 takes it
    /// back through the store, then the no-show through a new log version.
    @Test func aNoShowAndAStandbyCallUpAreStoredAndUndone() throws {
        let store = Self.store()
        let session = try Self.session(store, desk: DeskStart())
        let line = try #require(session.state.deskLines.first)
        Self.type(session, line.person.id.rawValue)
        Self.keys(session, [.function(5)])
        let offer = try #require(session.state.desk.standby)
        let chosen = try #require(offer.candidates.first)
        Self.keys(session, [.enter])
        #expect(try store.history().undo.last?.action == "standby")
        #expect(try Self.stored(store, line.slot).contains(chosen.person))
        #expect(!(try Self.stored(store, line.slot).contains(line.person.id)))
        Self.keys(session, [.function(8)])
        #expect(try Self.stored(store, line.slot).contains(line.person.id))
        Self.keys(session, [.function(8)])
        let last = try #require(try store.checkInLog().last)
        #expect(last.record.action == .undo && last.record.voided && last.record.person == line.person.id)
    }

    @Test func aWalkInIsOnePersonOneAssignmentAndOneCheckInInTheStore() throws {
        let store = Self.store()
        let session = try Self.session(store, desk: DeskStart())
        let line = try #require(session.state.deskLines.first)
        Self.keys(session, [.function(7)])
        Self.type(session, "王小明")
        Self.keys(session, [.tab])
        Self.type(session, "13812349876")
        Self.keys(session, [.tab])
        Self.type(session, "男")
        Self.keys(session, [.tab])
        Self.type(session, "1990")
        Self.keys(session, [.enter])
        let person = try #require(try store.loadDirectory().people.first { $0.name == "王小明" })
        #expect(try Self.stored(store, line.slot).contains(person.id))
        #expect(try store.checkIns().contains { $0.person == person.id && $0.action == .walkIn })
        #expect(session.state.version == (try store.version()))
    }

    /// The solver in the background (a step limit, so the result does not depend on the machine):
    /// progress and the outcome come back as actions; accepting stores the roster as one change.
    @Test func theSolverRunsInTheBackgroundAndItsRosterIsStoredOnAccept() throws {
        let store = Self.store()
        let session = try Self.session(store)
        Self.keys(session, [.character("S")])
        #expect(session.state.screen == .solver && session.state.solver?.running == true)
        session.background.waitUntilIdle()
        session.poll()
        let outcome = try #require(session.state.solver?.outcome)
        #expect(outcome.hard == 0)
        Self.keys(session, [.character("a")])
        #expect(session.state.screen == .board)
        let last = Self.firstDay.adding(days: 6)
        #expect(Set(try store.assignments(from: Self.firstDay, to: last)) == Set(outcome.assignments))
        #expect(try store.history().undo.last?.action == "solve")
    }

    /// The solver's progress moves with the budget between improvements too (here a step
    /// budget of four meetings), and the panel's bar is full at the end.
    @Test func theSolversProgressMovesWithItsBudget() throws {
        let options = SessionOptions(firstDay: Self.firstDay, days: 7, language: .zh)
        let session = try Session(store: Self.store(), options: options, clock: { Self.morning }, output: Paper(),
                                  background: Background { _ in DutySearchOptions(seed: 1, steps: 8_000, threads: 1) })
        session.send(.resized(width: 80, height: 24))
        Self.keys(session, [.character("S")])
        session.background.waitUntilIdle()
        let actions = session.background.drain()
        let fractions = actions.compactMap { action -> Double? in
            if case let .solverProgress(progress) = action { return progress.fraction }
            return nil
        }
        #expect(fractions == fractions.sorted())
        #expect(Set(fractions).isSuperset(of: [0.25, 0.5, 0.75, 1]))
        for action in actions { session.send(action) }
        #expect(session.state.solver?.outcome != nil)
        #expect(render(session.state).line(3).hasPrefix("[" + String(repeating: "|", count: 48) + "] 100%"))
    }

    @Test func documentsAreWrittenOrTheRefusalIsSaid() throws {
        let paper = Paper()
        let session = try Self.session(paper: paper)
        Self.keys(session, [.right, .control("p"), .enter, .enter])
        #expect(paper.written.count == 1 && paper.written[0].hasPrefix("signin-"))
        #expect(session.state.status?.text.en.hasPrefix("Wrote /tmp/signin-") == true)
        paper.refuse = true
        Self.keys(session, [.enter])
        #expect(session.state.status == AppState.Status(Localized(zh: "磁盘已满", en: "disk full"), isError: true))
        Self.keys(session, [.function(12)])
        #expect(session.state.status?.text.en == "no printer")
    }

    /// The desk shows no marks of broken rules: a session opened there leaves them unchecked
    /// (a city's recheck is a third of the first frame), and the board checks them when shown.
    @Test func aSessionOpenedAtTheDeskChecksTheBoardsMarksWhenTheBoardIsShown() throws {
        let store = Self.store()
        // A slot given more people than its maximum: a hard rule broken on it.
        let slot = try #require(Self.roster.first?.slot)
        let maximum = try #require(Self.directory.posts.first { $0.id == slot.post }?.staffing.first { $0.shift == slot.shift }?.maximum)
        let on = Set(Self.roster.filter { $0.slot == slot }.map(\.person))
        for person in Self.directory.people.filter({ !on.contains($0.id) }).prefix(maximum + 1 - on.count) {
            _ = try store.assign(Assignment(person: person.id, slot: slot, source: .manual), action: "assign", basedOn: nil)
        }
        let session = try Self.session(store, desk: DeskStart())
        #expect(session.state.screen == .desk)
        #expect(!session.state.marksChecked)
        Self.keys(session, [.escape])
        #expect(session.state.screen == .board)
        #expect(session.state.marksChecked)
        var full = session.state
        full.recheck()
        #expect(session.state.violated == full.violated)
        #expect(session.state.violated.contains(slot.id), "\(full.violated) \(full.overridden)")
    }

    @Test func aDeskForAnUnknownPostDoesNotOpen() throws {
        #expect(throws: SessionError.unknownPost("无此岗位")) { try Self.session(desk: DeskStart(post: "无此岗位")) }
    }
}
