import ArgumentParser
import DutyCLI

/// `zhiban bench history`: `checkin`, `hours` for a day and the desk's first frame, without
/// history and with a long one (check-in records and audit rows on the days before).
struct BenchHistory: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Time checkin, hours for a day and the desk's first frame on the city, without history and with a long one.")

    @Option(help: "Check-in records in the history.")
    var checkIns = 100_000

    @Option(help: "Audit rows of past rosters in the history (besides the check-ins' own).")
    var changes = 100_000

    @Option(help: "How many runs (the median is reported).")
    var runs = 5

    @Flag(help: "The small sample instead of the city.")
    var small = false

    @Option(help: "Make the two databases in this new folder and keep them (empty.sqlite, history.sqlite).")
    var keep: String?

    @Option(help: "Measure again on the two databases an earlier --keep left in this folder (history added by then is kept).")
    var reuse: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        try HistoryBenchmark.run(checkIns: checkIns, changes: changes, runs: runs, small: small, keep: keep, reuse: reuse, language.language, .standard)
    }
}
