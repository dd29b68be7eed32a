import ArgumentParser
import DutyCLI

/// `zhiban bench fuzz`: seeded mutation fuzzing of the CSV importer, the benchmark instance and
/// roster readers and the keys file, each input checked against its parser's invariant.
struct BenchFuzz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuzz",
        abstract: "Fuzz the parsers of outside files with seeded mutations: inputs run, rejected, accepted, broken invariants, time.")

    /// The parsers by the names typed (listed in the help of both languages).
    enum Target: String, ExpressibleByArgument, CaseIterable {
        case csv, instance, roster, keys, all
    }

    @Option(help: "Which parser: csv, instance, roster, keys or all.")
    var target = Target.all

    @Option(help: "How many inputs per parser.")
    var inputs = 100_000

    @Option(help: "Mutation seed.")
    var seed: UInt64 = 1

    @Option(help: "Index of the first input (to run again the stretch where a crash happened).")
    var first = 0

    @OptionGroup var language: LanguageOption

    func run() throws {
        guard try FuzzBenchmark.run(target: target.rawValue, inputs: inputs, seed: seed, first: first, language.language, .standard) else {
            throw ExitCode.failure
        }
    }
}
