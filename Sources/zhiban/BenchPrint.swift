import ArgumentParser
import DutyCLI

/// `zhiban bench print`: every sign-in sheet of every compound of the city for one day, as one PDF.
struct BenchPrint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Time printing every sign-in sheet of the city's 140 compounds for one day as one PDF.")

    @Option(help: "How many runs (the median is reported).")
    var runs = 3

    @OptionGroup var language: LanguageOption

    func run() throws {
        try PrintBenchmark.run(runs: runs, language.language, .standard)
    }
}
