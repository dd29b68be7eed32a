import ArgumentParser
import DutyCLI
import DutyModel
import SearchCore
import ShiftBenchmark

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

    @Option(help: "Write the best roster here (employee,day,shift; mode 0600).")
    var out: String?

    @Flag(help: "Replace the --out file if it exists (only a regular file is ever replaced).")
    var force = false

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

    @OptionGroup var language: LanguageOption

    func run() throws {
        let l = language.language
        var options = SearchOptions(seed: seed, threads: try ArgumentValue.threads(threads, l))
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
        if let steps { options.steps = steps } else { options.seconds = try ArgumentValue.seconds(time, l) }
        try ShiftSchedulingCommands.solve(instance, options: options, out: out, force: force, verbose: verbose, language.language, .standard)
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
        if try !ShiftSchedulingCommands.check(instance, roster: roster, lang ?? Language.fromEnvironment(), .standard) {
            throw ExitCode(1)
        }
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

    @Option(help: "Write the new roster here (mode 0600).")
    var out: String?

    @Flag(help: "Replace the --out file if it exists (only a regular file is ever replaced).")
    var force = false

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @OptionGroup var language: LanguageOption

    func run() throws {
        var options = SearchOptions(seed: seed)
        if let steps { options.steps = steps } else { options.seconds = try ArgumentValue.seconds(time, language.language) }
        try ShiftSchedulingCommands.replan(instance, roster: roster, absent: absent, from: from, changeWeight: changeWeight,
                                           options: options, out: out, force: force, language.language, .standard)
    }
}
