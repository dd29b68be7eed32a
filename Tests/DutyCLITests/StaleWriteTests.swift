import DutyCLI
import DutyModel
import DutyTestSupport
import Foundation
import Testing

/// `solve` and `replan` never write over what someone else changed after they read it
/// (issue 14, reproduction 1): the store refuses the stale write, and the command reads again
/// and works it out once more from what is now stored.
@Suite struct StaleWriteTests {
    /// A console that, the first time the command shows progress (it has read the roster and
    /// is searching), runs `meanwhile` once: another process's change landing mid-command.
    final class Meanwhile: @unchecked Sendable {
        private let lock = NSLock()
        private var pending: (() -> Void)?
        let recording = Recording()

        init(_ action: @escaping () -> Void) { pending = action }

        var console: Console {
            let inner = recording.console
            return Console(isTerminal: true) { [self] stream, text in
                let action = lock.withLock { () -> (() -> Void)? in
                    defer { if stream == .error { pending = nil } }
                    return stream == .error ? pending : nil
                }
                action?()
                if stream == .output { inner.out(text, terminator: "") }
            }
        }
    }

    static let day = Sample.day

    /// A store with the sample's first week solved, and someone with duties from the third day.
    static func week() throws -> (MemoryStore, PersonID) {
        let store = Sample.store()
        try SolveCommand.run(store, try RosterRange(from: "\(day)", days: 7, .en), seconds: 0, steps: 500, seed: 1, threads: 1,
                             dryRun: false, .en, Recording().console)
        let busy = Dictionary(grouping: try store.assignments(from: day.adding(days: 2), to: day.adding(days: 4)), by: \.person)
        let person = try #require(busy.max { ($0.value.count, $1.key.rawValue) < ($1.value.count, $0.key.rawValue) }?.key)
        return (store, person)
    }

    /// The replan's leave, as stored.
    static func leave(_ store: MemoryStore, _ person: PersonID) throws -> Unavailability? {
        try store.loadDirectory().people.first { $0.id == person }?.unavailable.last
    }

    /// Reproduction 1: a replan made while a solve searched. The solve's write is refused, it
    /// reads again and solves from the replanned roster: the absent person is not put back.
    @Test func aSolveDoesNotUndoAReplanMadeWhileItSearched() throws {
        let (store, absent) = try Self.week()
        let other = store.connection(user: "李娜")
        let replan = try Replanning.Request(absent: absent.rawValue, more: nil, from: "\(Self.day.adding(days: 2)) 00:00",
                                            until: "\(Self.day.adding(days: 5)) 00:00", days: 3, dryRun: false, language: .en)
        let meanwhile = Meanwhile { try? Replanning.run(other, replan, Recording().console) }
        try SolveCommand.run(store, try RosterRange(from: "\(Self.day)", days: 7, .en), seconds: 0, steps: 500, seed: 2, threads: 1,
                             dryRun: false, .en, meanwhile.console)
        let leave = try #require(try Self.leave(store, absent))
        #expect(meanwhile.recording.output.contains("changed") && meanwhile.recording.output.contains("李娜"),
                "\(meanwhile.recording.output)")
        #expect(meanwhile.recording.output.contains("Stored:"))
        let during = try store.assignments(from: leave.from, to: leave.to).filter { $0.person == absent }
        #expect(during.isEmpty, "\(during)")
        #expect(try store.history().undo.last?.action == "solve")
    }

    /// A person's leave entered while a solve searched (an edit, no duty changed): the solve
    /// was worked out without it, so its write is refused too and it solves again.
    @Test func aSolveSeesLeaveEnteredWhileItSearched() throws {
        let (store, absent) = try Self.week()
        let other = store.connection(user: "李娜")
        let meanwhile = Meanwhile {
            guard var person = try? other.loadDirectory().people.first(where: { $0.id == absent }),
                  let leave = Unavailability(from: Self.day.adding(days: 2), to: Self.day.adding(days: 4)) else { return }
            person.unavailable.append(leave)
            _ = try? other.save(Directory(people: [person]), action: "edit", basedOn: nil)
        }
        try SolveCommand.run(store, try RosterRange(from: "\(Self.day)", days: 7, .en), seconds: 0, steps: 500, seed: 2, threads: 1,
                             dryRun: false, .en, meanwhile.console)
        let leave = try #require(try Self.leave(store, absent))
        #expect(try store.assignments(from: leave.from, to: leave.to).filter { $0.person == absent }.isEmpty)
    }

    /// Someone changes the roster every time: after three tries nothing is written, and it is said.
    @Test func aSolveThatIsAlwaysOvertakenWritesNothingAndSaysSo() throws {
        let (store, person) = try Self.week()
        let other = store.connection(user: "李娜")
        let console = Console(isTerminal: true) { stream, _ in
            guard stream == .error, let duty = try? other.assignments(from: Self.day, to: Self.day).first(where: { !$0.pinned }) else {
                return
            }
            _ = try? other.unassign(person: duty.person, slot: duty.slot, action: "unassign", basedOn: nil)
        }
        _ = person
        let before = try store.history().undo.count
        #expect {
            try SolveCommand.run(store, try RosterRange(from: "\(Self.day)", days: 7, .en), seconds: 0, steps: 200, seed: 2,
                                 threads: 1, dryRun: false, .en, console)
        } throws: { error in
            let said = (error as? CLIError)?.description ?? ""
            return said.hasPrefix("nothing written:") && said.contains("李娜") && said.contains("tried 3 times")
        }
        #expect(try store.history().undo.filter { $0.action == "solve" }.count == 1)
        #expect(try store.history().undo.count > before)
    }
}
