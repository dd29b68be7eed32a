import ArgumentParser
import DutyCLI

/// `zhiban bench lookup`: the duty desk's query line on the city. Every prefix of every
/// person's pinyin initials, full pinyin, phone tail and person number is looked up and timed.
struct BenchLookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Time the duty desk's person lookup on the city: every prefix of what a coordinator types.")

    @Option(help: "Generator seed of the city.")
    var seed: UInt64 = 1

    @Option(help: "People whose queries are timed (chosen evenly through the list).")
    var people = 400

    @OptionGroup var language: LanguageOption

    func run() throws {
        try LookupBenchmark.run(seed: seed, people: people, language.language, .standard)
    }
}
