import ArgumentParser
import DutyCLI
import DutyModel

/// `--from DATE --days N`, shared by solve and explain.
struct RangeOptions: ParsableArguments {
    @Option(help: "First day (e.g. 2026-12-01).")
    var from: String

    @Option(help: "Number of days (1–62).")
    var days = 7

    func range(_ l: Language) throws -> RosterRange { try RosterRange(from: from, days: days, l) }
}

struct Solve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fill the open slots of a range of days (pinned assignments stay) and store the roster.",
        discussion: """
            Every post, shift and day in the range is a slot. Pinned assignments never move; other \
            assignments already in the range are the starting point and change only where that pays \
            (each change costs as much as the roster-change rule says). Ctrl-C stops the search early \
            and keeps the best roster found. Nothing is written with --dry-run. A roster that breaks a \
            hard rule over the weeks of the range is not stored unless --override-reason says why.
            """)

    @OptionGroup var options: GlobalOptions

    @OptionGroup var range: RangeOptions

    @Option(help: "Seconds to search after the first roster.")
    var time: Double = 5

    @Option(help: "Stop after this many moves per thread instead (deterministic).")
    var steps: Int?

    @Option(help: "Random seed (the same seed and --steps give the same roster).")
    var seed: UInt64 = 1

    @Option(help: "Parallel searches.")
    var threads = 2

    @Flag(help: "Show the result without storing it.")
    var dryRun = false

    @Option(help: "Store the roster although it breaks a hard rule, with this reason (kept on the assignments concerned).")
    var overrideReason: String?

    func run() throws {
        let l = options.language, span = try range.range(l)
        let seconds = try ArgumentValue.seconds(time, l), threads = try ArgumentValue.threads(threads, l)
        try SolveCommand.run(try options.open(), span, seconds: seconds, steps: steps, seed: seed, threads: threads, dryRun: dryRun,
                             overrideReason: overrideReason, stopsOnInterrupt: true, l, .standard)
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain a stored roster: every violation by rule, and why each short slot is short.",
        discussion: "With --slot, every candidate for that slot and the rule that blocks each.")

    @OptionGroup var options: GlobalOptions

    @OptionGroup var range: RangeOptions

    @Option(help: "One slot to explain in full (its ID, e.g. C001-checkpoint-G1@2026-12-01@night).")
    var slot: String?

    @Option(help: "Lines shown per rule and short slots shown.")
    var limit = 10

    func run() throws {
        let l = options.language, span = try range.range(l)
        try ExplainCommand.run(try options.open(), span, slot: slot, limit: limit, l, .standard)
    }
}

struct ReplanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replan",
        abstract: "Replan after someone drops out (or a slot needs one more), changing as little as possible.",
        discussion: """
            Nothing that starts before --from changes. The absent person's slots go to others, by \
            direct replacement where someone is free, else by moving one duty of a candidate to a \
            third person. Prints every change; nothing is written with --dry-run. Changes (or the leave) \
            that break a hard rule are not stored unless --override-reason says why.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: "Who cannot serve (ID, or name when unique).")
    var absent: String?

    @Option(help: "A slot that needs one more person (its ID).")
    var more: String?

    @Option(help: "From when (e.g. “2026-12-03 08:00”).")
    var from: String

    @Option(help: "Until when (default: the end of the range).")
    var until: String?

    @Option(help: "Days after --from to replan (1–61).")
    var days = 14

    @Flag(help: "Show the changes without storing them.")
    var dryRun = false

    @Option(help: "Store the changes although they break a hard rule, with this reason (kept on the assignments concerned).")
    var overrideReason: String?

    func run() throws {
        let request = try Replanning.Request(absent: absent, more: more, from: from, until: until, days: days, dryRun: dryRun,
                                             overrideReason: overrideReason, language: options.language)
        try Replanning.run(try options.open(), request, .standard)
    }
}
