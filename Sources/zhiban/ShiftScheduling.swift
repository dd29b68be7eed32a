import ArgumentParser
import DutyEngine
import DutyModel
import Foundation

/// Finds a benchmark instance given as a path or a name such as `Instance6`.
enum BenchmarkInstance {
    static func resolve(_ name: String) -> String {
        if FileManager.default.fileExists(atPath: name) { return name }
        let file = name.hasSuffix(".txt") ? name : name + ".txt"
        let folders = [ProcessInfo.processInfo.environment["ZHIBAN_BENCHMARKS"], "../shared/benchmarks/shift-scheduling",
                       "shared/benchmarks/shift-scheduling"].compactMap { $0 }
        for folder in folders where FileManager.default.fileExists(atPath: "\(folder)/\(file)") {
            return "\(folder)/\(file)"
        }
        return name
    }

    static func load(_ name: String) throws -> Problem {
        do {
            return try InstanceReader.read(path: resolve(name))
        } catch let failure as FormatFailure {
            throw CLIError(failure.description)
        }
    }
}

struct BenchShiftScheduling: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shift-scheduling",
        abstract: "Solve a standard shift-scheduling benchmark instance and print the objective.")

    @Argument(help: "The instance file, or its name (Instance6) looked up in $ZHIBAN_BENCHMARKS or ../shared/benchmarks/shift-scheduling.")
    var instance: String

    @Option(help: "Seconds to search.")
    var time: Double = 60

    @Option(help: "Stop after this many moves per thread instead (deterministic).")
    var steps: Int?

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: "Parallel searches.")
    var threads = 2

    @Option(help: "Write the best roster here (employee,day,shift).")
    var out: String?

    @Flag(help: "Print each improvement.")
    var verbose = false

    func run() throws {
        let problem = try BenchmarkInstance.load(instance)
        var options = SearchOptions(seed: seed, threads: threads)
        if let steps { options.steps = steps } else { options.seconds = time }
        let solver = Solver(problem, options: options)
        let result = solver.run { improvement in
            if verbose {
                printError(String(format: "%8.2fs %10d steps  %@", improvement.seconds, improvement.steps, improvement.score.description))
            }
        }
        if let out {
            let text = RosterFile.text(result.roster, problem: problem)
            guard FileManager.default.createFile(atPath: out, contents: Data(text.utf8)) else {
                throw CLIError("cannot write \(out)")
            }
        }
        let feasible = result.score.isFeasible ? "feasible" : "INFEASIBLE (hard \(result.score.hard))"
        print("\(problem.name): objective \(result.score.soft), \(feasible), \(String(format: "%.1f", result.seconds)) s, \(result.steps) moves per thread")
    }
}

struct CheckRoster: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-roster",
        abstract: "Check a roster against a benchmark instance: every violation and the objective.")

    @Argument(help: "The instance file or name.")
    var instance: String

    @Argument(help: "The roster file (employee,day,shift).")
    var roster: String

    @Option(help: "Language of the messages: zh or en.")
    var lang: Language?

    func run() throws {
        let problem = try BenchmarkInstance.load(instance)
        let parsed: (roster: Roster, extra: [(worker: Int, day: Int, shift: Int)])
        do {
            parsed = try RosterFile.read(path: roster, problem: problem)
        } catch let failure as FormatFailure {
            throw CLIError(failure.description)
        }
        let c = Context(problem)
        let l = lang ?? Language.fromEnvironment()
        for v in Evaluator.violations(c, parsed.roster, extra: parsed.extra) {
            print("\(v.level.rawValue)  \(v.constraint)  \(v.penalty)  \(v.message(l))")
        }
        let score = Evaluator.score(c, parsed.roster, extra: parsed.extra)
        print(score.isFeasible ? "feasible; objective \(score.soft)" : "INFEASIBLE: hard penalty \(score.hard); soft \(score.soft)")
        if !score.isFeasible { throw ExitCode(1) }
    }
}
