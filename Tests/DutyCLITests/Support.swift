import DutyCLI
import DutyModel
import DutySample
import DutyTestSupport
import Foundation

/// A console that keeps what a command writes, standard output and error apart.
final class Recording: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [(stream: Console.Stream, text: String)] = []
    let isTerminal: Bool

    init(isTerminal: Bool = false) { self.isTerminal = isTerminal }

    var console: Console {
        Console(isTerminal: isTerminal) { [self] stream, text in lock.withLock { texts.append((stream, text)) } }
    }

    /// Everything written on standard output.
    var output: String { lock.withLock { texts.filter { $0.stream == .output }.map(\.text).joined() } }
    /// Everything written on standard error.
    var errors: String { lock.withLock { texts.filter { $0.stream == .error }.map(\.text).joined() } }
}

/// The small sample city in a memory store, and the day its roster starts.
enum Sample {
    static let day = SampleCity.referenceDate
    static let directory = SampleCity.generate(.small)

    static func store() -> MemoryStore { MemoryStore(directory: directory) }

    /// A store with the first day solved (deterministically) and stored.
    static func solvedDay() throws -> MemoryStore {
        let store = store()
        try SolveCommand.run(store, try RosterRange(from: "\(day)", days: 1, .en), seconds: 0, steps: 1_000, seed: 1, threads: 1,
                             dryRun: false, .en, Recording().console)
        return store
    }

    static func at(_ time: String) -> String { "\(day) \(time)" }
}
