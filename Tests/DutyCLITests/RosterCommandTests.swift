import DutyCLI
import DutyModel
import DutySample
import DutyTestSupport
import Testing

/// solve, explain and undo on the small sample in a memory store: what they say and what they
/// leave in the store.
@Suite struct RosterCommandTests {
    func solve(_ store: MemoryStore, dryRun: Bool, days: Int = 1, language: Language = .en) throws -> String {
        let recording = Recording()
        try SolveCommand.run(store, try RosterRange(from: "\(Sample.day)", days: days, language), seconds: 0, steps: 1_000, seed: 1,
                             threads: 1, dryRun: dryRun, language, recording.console)
        #expect(recording.errors.isEmpty, "a console that is not a terminal shows no progress")
        return recording.output
    }

    @Test func aDryRunSaysWhatItWouldAddAndWritesNothing() throws {
        let store = Sample.store()
        let output = try solve(store, dryRun: true)
        #expect(output.hasPrefix("Roster 2026-12-01 to 2026-12-01: ") && output.contains(" slots needing at least "), "\(output)")
        #expect(output.contains("score 0 hard"), "\(output)")
        let added = try #require(output.firstMatch(of: /would add (\d+) and remove 0 assignments \(nothing written\)/))
        #expect(Int(added.1) ?? 0 > 0)
        #expect(try store.assignments(from: Sample.day, to: Sample.day).isEmpty)
        #expect(try store.history().undo.isEmpty)
    }

    @Test func solvingStoresTheRosterItReportsAsOneUndoableChange() throws {
        let store = Sample.store()
        let output = try solve(store, dryRun: false, language: .zh)
        let stored = try store.assignments(from: Sample.day, to: Sample.day)
        #expect(output.contains("已写入：新增 \(stored.count) 条，撤下 0 条"), "\(output)")
        #expect(output.contains("居民志愿者"), "the spread of hours names the categories: \(output)")
        #expect(stored.allSatisfy { $0.source == .solver })
        #expect(try store.history().undo.map(\.action) == ["solve"])
        // Again from the stored roster: nothing to change.
        #expect(try solve(store, dryRun: false).contains("Stored: 0 added, 0 removed"))
    }

    @Test func explainNamesTheRulesAndTheShortSlots() throws {
        let store = try Sample.solvedDay()
        let recording = Recording()
        let range = try RosterRange(from: "\(Sample.day)", days: 1, .en)
        try ExplainCommand.run(store, range, slot: nil, limit: 3, .en, recording.console)
        let output = recording.output
        let count = try store.assignments(from: Sample.day, to: Sample.day).count
        #expect(output.hasPrefix("2026-12-01 to 2026-12-01: \(count) assignments, score 0 hard"), "\(output)")
        #expect(output.contains("Hard rules: all kept"))
        #expect(output.contains("\nShort slots: "))
        // One slot in full: who is on it, every candidate and what blocks them.
        let slot = try #require(try store.assignments(from: Sample.day, to: Sample.day).first).slot
        let detail = Recording()
        try ExplainCommand.run(store, range, slot: slot.id.rawValue, limit: 3, .en, detail.console)
        #expect(detail.output.contains("(\(slot.id.rawValue)): needs"), "\(detail.output)")
        #expect(detail.output.contains("  on it: "))
        #expect(detail.output.contains("can take it, soft change") || detail.output.contains("already"))
    }

    @Test func anUnknownSlotIsAClearError() throws {
        let store = try Sample.solvedDay()
        let range = try RosterRange(from: "\(Sample.day)", days: 1, .en)
        #expect(throws: CLIError("no slot nope between 2026-12-01 and 2026-12-01")) {
            try ExplainCommand.run(store, range, slot: "nope", limit: 3, .en, Recording().console)
        }
        #expect(throws: CLIError("--days must be 1 to 62, not 0")) { try RosterRange(from: "2026-12-01", days: 0, .en) }
        #expect(throws: CLIError("the database has no posts or people: run zhiban import first")) {
            try ExplainCommand.run(MemoryStore(), range, slot: nil, limit: 3, .en, Recording().console)
        }
    }

    @Test func undoAndRedoSayWhichChangeTheyReversedOrRepeated() throws {
        let store = Sample.store()
        let nothing = Recording()
        try UndoCommand.run(store, undo: true, .en, nothing.console)
        #expect(nothing.output == "Nothing to undo\n")
        let solved = try Sample.solvedDay()
        let count = try solved.assignments(from: Sample.day, to: Sample.day).count
        let undone = Recording()
        try UndoCommand.run(solved, undo: true, .en, undone.console)
        #expect(undone.output.hasPrefix("Undid: automatic roster (\(count) records, "), "\(undone.output)")
        #expect(try solved.assignments(from: Sample.day, to: Sample.day).isEmpty)
        let redone = Recording()
        try UndoCommand.run(solved, undo: false, .zh, redone.console)
        #expect(redone.output.hasPrefix("已重做：自动排班（\(count) 条，"), "\(redone.output)")
        #expect(try solved.assignments(from: Sample.day, to: Sample.day).count == count)
    }

    /// A replan records the absence as leave, and the absent person's later duties go to others.
    @Test func replanningAnAbsenceRecordsLeaveAndMovesTheDuties() throws {
        let store = Sample.store()
        _ = try solve(store, dryRun: false, days: 3)
        let third = Sample.day.adding(days: 2)
        let absent = try #require(try store.assignments(from: third, to: third).first).person
        let recording = Recording()
        let request = try Replanning.Request(absent: absent.rawValue, more: nil, from: "\(Sample.day.adding(days: 1)) 08:00",
                                             until: nil, days: 14, dryRun: false, language: .en)
        try Replanning.run(store, request, recording.console)
        #expect(recording.output.contains("Recorded "), "\(recording.output)")
        #expect(try !store.assignments(from: third, to: third).contains { $0.person == absent })
        let person = try #require(try store.loadDirectory().people.first { $0.id == absent })
        #expect(person.unavailable.last?.to == third)
        #expect(throws: CLIError("give one of --absent or --more")) {
            try Replanning.Request(absent: nil, more: nil, from: "2026-12-02 08:00", until: nil, days: 14, dryRun: true, language: .en)
        }
    }
}
