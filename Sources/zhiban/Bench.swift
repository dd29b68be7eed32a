import ArgumentParser
import DutyCLI

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure how long things take (figures for docs/benchmarks.md); check and replan shift-scheduling benchmark rosters.",
        subcommands: [BenchCity.self, BenchDesks.self, BenchDeskWorker.self, BenchShiftScheduling.self, CheckRoster.self, ReplanRoster.self, BenchRoster.self, BenchTui.self, BenchLookup.self, BenchPrint.self,
                      BenchHistory.self, BenchFuzz.self])
}

struct BenchCity: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "city",
        abstract: "Generate the city, write it as CSV, import the CSV (decode, parse, validate) and store it in a new database.")

    @Option(help: "Generator seed.")
    var seed: UInt64 = 1

    @Option(help: "How many runs (the median is reported).")
    var runs = 5

    @OptionGroup var language: LanguageOption

    func run() throws {
        try CityBenchmark.run(seed: seed, runs: runs, language.language, .standard)
    }
}
