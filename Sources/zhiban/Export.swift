import ArgumentParser
import DutyCLI
import DutyCSV

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export people, places and posts as CSV files that `zhiban import` reads back.",
        discussion: "Headers and values are Chinese unless --lang en is given; files are UTF-8 with a BOM unless --encoding says otherwise.")

    @OptionGroup var options: GlobalOptions

    @OptionGroup var output: OutputOptions

    @Argument(help: "The folder to write into (created if missing).")
    var folder: String

    func run() throws {
        try ExportCommand.run(try options.open(), to: folder, fileLanguage: options.lang, encoding: output.encoding,
                              force: output.force, options.language, .standard)
    }
}

/// How CSV files are written.
struct OutputOptions: ParsableArguments {
    @Option(help: "Encoding: utf8-bom (opens in Excel), utf8 or gb18030.")
    var encoding: TextEncoding = .utf8BOM

    @Flag(help: "Overwrite files that already exist.")
    var force = false
}
