import ArgumentParser
import DutyCLI
import DutyModel
import DutySample
import Foundation

/// Which generated data set to use.
struct SampleOptions: ParsableArguments {
    @Flag(help: "The whole city (140 compounds, over 4,000 people) instead of the small sample.")
    var city = false

    @Option(help: "Seed of the generator (the same seed gives the same data).")
    var seed: UInt64?

    var parameters: SampleCity.Parameters {
        var p = city ? SampleCity.Parameters.city : SampleCity.Parameters.small
        if let seed { p.seed = seed }
        return p
    }
}

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a demo database from the sample data and show what is in it.",
        discussion: """
            Never touches your own database: without --db the demo goes to a new temporary folder. \
            The small sample is the same data as the CSV files in data/sample.
            """)

    @OptionGroup var sample: SampleOptions

    @Option(help: "Where to create the demo database (must not exist yet).")
    var db: String?

    @Option(help: "Language: zh or en (default: from the locale).")
    var lang: Language?

    @Flag(help: "Only build the database; do not open the interface.")
    var noInterface = false

    func run() throws {
        let l = lang ?? Language.fromEnvironment()
        let path = try DemoCommand.path(db, l)
        let database = try GlobalOptions.open(path, create: true, l)
        try DemoCommand.build(database, sample: sample.parameters, l, .standard)
        let me = DemoCommand.program(CommandLine.arguments)
        if isatty(0) == 1 && isatty(1) == 1 && !noInterface {
            try Interface.run(database: database, language: l, firstDay: SampleCity.referenceDate, days: 7)
            DemoCommand.reopen(path, program: me, l, .standard)
        } else {
            DemoCommand.hints(path, program: me, l, .standard)
        }
    }
}

struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the generated sample (or with --city the whole city) as CSV files.")

    @OptionGroup var sample: SampleOptions

    @Option(help: "Language of headers and values: zh or en.")
    var lang: Language = .zh

    @OptionGroup var output: OutputOptions

    @Option(help: "The folder to write into.")
    var out: String

    func run() throws {
        try SampleCommand.run(sample: sample.parameters, to: out, language: lang, encoding: output.encoding, force: output.force,
                              .standard)
    }
}
