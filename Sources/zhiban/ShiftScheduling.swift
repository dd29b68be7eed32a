import ArgumentParser
import ShiftBenchmark
import DutyModel
import Foundation
import SearchCore

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
        let path = resolve(name)
        guard FileManager.default.fileExists(atPath: path) else {
            let folders = [ProcessInfo.processInfo.environment["ZHIBAN_BENCHMARKS"].map { "$ZHIBAN_BENCHMARKS (\($0))" },
                           "../shared/benchmarks/shift-scheduling", "shared/benchmarks/shift-scheduling"].compactMap { $0 }
            throw CLIError("\(name): no such file here, nor in \(folders.joined(separator: ", ")) "
                           + "(relative to \(FileManager.default.currentDirectoryPath)); give a path or set ZHIBAN_BENCHMARKS")
        }
        do {
            return try InstanceReader.read(path: path)
        } catch let failure as FormatFailure {
            throw CLIError(failure.description)
        }
    }

    /// A roster file for `problem`; its format problems become one CLI error.
    static func roster(_ path: String, for problem: Problem) throws -> (roster: Roster, extra: [(worker: Int, day: Int, shift: Int)]) {
        do {
            return try RosterFile.read(path: path, problem: problem)
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

    @Option(help: "Annealing temperature at the start (tuning).")
    var temperatureStart = 60.0

    @Option(help: "Annealing temperature at the end (tuning).")
    var temperatureEnd = 0.5

    @Option(help: "Moves between two whole-row rebuilds (tuning).")
    var rebuildEvery = 20_000

    @Option(help: "Moves between two ruin-and-recreate moves, 0 for none (tuning).")
    var ruinEvery: Int?

    @Option(help: "Rows rebuilt by one ruin-and-recreate move (tuning).")
    var ruinSize: Int?

    @Option(help: "Moves per thread in one annealing cycle (tuning).")
    var cycleSteps: Int?

    @Option(help: "Whether a new cycle starts from the best roster (tuning).")
    var cycleFromBest: Bool?

    @Option(help: "Rounds of rebuilding the cleared rows again (tuning).")
    var ruinPasses: Int?
    @Option(help: "Part of each annealing cycle (0-1) after which ruin and recreate runs (tuning).")
    var ruinFrom: Double?

    @Option(help: "Whether to dive in the linear relaxation between cycles (tuning).")
    var dive: Bool?
    @Option(help: "Rounds of column generation between two steps of a dive (tuning).")
    var generationRounds: Int?

    func run() throws {
        let problem = try BenchmarkInstance.load(instance)
        var options = SearchOptions(seed: seed, threads: threads)
        if let dive { options.dive = dive }
        if let generationRounds { options.generationRounds = generationRounds }
        if let ruinPasses { options.ruinPasses = ruinPasses }
        if let ruinFrom { options.ruinFrom = ruinFrom }
        if let cycleSteps { options.cycleSteps = cycleSteps }
        if let cycleFromBest { options.cycleFromBest = cycleFromBest }
        if let ruinEvery { options.ruinEvery = ruinEvery }
        if let ruinSize { options.ruinSize = ruinSize }
        options.schedule = AnnealingSchedule(from: temperatureStart, to: temperatureEnd)
        options.rebuildEvery = rebuildEvery
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
        let parsed = try BenchmarkInstance.roster(roster, for: problem)
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

struct ReplanRoster: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replan-roster",
        abstract: "Replan a benchmark roster after an absence: as few changes as possible, none before the day.")

    @Argument(help: "The instance file or name.")
    var instance: String

    @Argument(help: "The published roster (employee,day,shift).")
    var roster: String

    @Option(help: "The employee who cannot come.")
    var absent: String

    @Option(help: "The first day (0-based) they cannot come.")
    var from: Int

    @Option(help: "Seconds to search.")
    var time: Double = 1

    @Option(help: "Stop after this many moves per thread instead (deterministic).")
    var steps: Int?

    @Option(help: "Cost of each changed day, against the objective's weights.")
    var changeWeight = 50

    @Option(help: "Write the new roster here.")
    var out: String?

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    func run() throws {
        let problem = try BenchmarkInstance.load(instance)
        let published = try BenchmarkInstance.roster(roster, for: problem).roster
        guard let worker = problem.workers.firstIndex(where: { $0.id == absent }) else {
            throw CLIError("no employee \(absent) in \(problem.name)")
        }
        guard (0..<problem.days).contains(from) else { throw CLIError("--from must be a day from 0 to \(problem.days - 1)") }
        var options = SearchOptions(seed: seed)
        if let steps { options.steps = steps } else { options.seconds = time }
        let result = Replan.absence(problem, published: published, worker: worker, from: from,
                                    changeWeight: changeWeight, options: options)
        for change in result.changes {
            let name = { (s: Int?) in s.map { problem.shifts[$0].id } ?? "off" }
            print("\(problem.workers[change.worker].id) day \(change.day): \(name(change.from)) -> \(name(change.to))")
        }
        let own = result.changes.filter { $0.worker == worker }.count
        if let out {
            guard FileManager.default.createFile(atPath: out, contents: Data(RosterFile.text(result.roster, problem: problem).utf8)) else {
                throw CLIError("cannot write \(out)")
            }
        }
        let c = Context(problem)
        let objective = Evaluator.score(c, result.roster)
        print("\(result.changes.count - own) changes besides \(absent)'s own \(own); \(result.score.isFeasible ? "feasible" : "INFEASIBLE"); "
              + "objective \(objective.soft) (was \(Evaluator.score(c, published).soft)); \(String(format: "%.3f", result.seconds)) s")
    }
}
