import ArgumentParser
import DutyCLI

/// `zhiban bench roster`: the sample city's roster — time to the first roster without hard
/// violations, the score after the time limit, coverage, the spread of hours, and replanning
/// after seeded random absences.
struct BenchRoster: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Roster the sample city for a week, then replan random absences (figures for docs/benchmarks.md).")

    @Flag(help: "The small sample (5 compounds) instead of the city.")
    var small = false

    @Option(help: "Days to roster.")
    var days = 7

    @Option(help: "Seconds to search after construction.")
    var time: Double = 60

    @Option(help: "Stop after this many moves per thread instead (deterministic).")
    var steps: Int?

    @Option(help: "Random seed (search and absences).")
    var seed: UInt64 = 1

    @Option(help: "Parallel searches.")
    var threads = 2

    @Option(help: "Absences to replan, one at a time, each against the same roster.")
    var absences = 50

    @Flag(help: "Print each improvement.")
    var verbose = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let l = language.language
        try RosterBenchmark.run(small: small, days: try ArgumentValue.days(days, l), seconds: try ArgumentValue.seconds(time, l),
                                steps: steps, seed: seed, threads: try ArgumentValue.threads(threads, l), absences: absences,
                                verbose: verbose, language.language, .standard)
    }
}
