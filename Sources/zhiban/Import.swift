import ArgumentParser
import DutyCLI
import DutyStore
import DutyCSV
import Foundation

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import people, places and posts from CSV files (all or nothing).",
        discussion: """
            Give files or folders (every .csv file in a folder is read). Headers may be Chinese or English; \
            files may be UTF-8 (with or without BOM) or GB18030/GBK. Records whose ID is already in the \
            database replace it. If any file has a problem, nothing is imported and every problem is listed \
            as file:line:column. People, posts, staffing and shift templates whose new records break a hard \
            rule on the duties booked from this week on are not imported unless --override-reason says why. See docs/data-formats.md.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: "Read the files as this encoding instead of detecting it: utf8, utf8-bom or gb18030.")
    var encoding: TextEncoding?

    @Flag(help: "Check the files and report what would change, without writing anything.")
    var dryRun = false

    @Option(help: "Store people whose new records break a hard rule on their duties, with this reason (kept on those duties).")
    var overrideReason: String?

    @Argument(help: "CSV files or folders of CSV files.")
    var paths: [String]

    func run() throws {
        // A dry run against a database that does not exist yet checks against an empty one
        // and creates nothing.
        let exists = AppDatabase.exists(location: try options.databasePath())
        let valid = try ImportCommand.run(paths: paths, encoding: encoding, dryRun: dryRun, overrideReason: overrideReason,
                                          options.language, .standard) {
            dryRun && !exists ? nil : try options.open(create: true)
        }
        if !valid { throw ExitCode(1) }
    }
}

extension TextEncoding: ExpressibleByArgument {}
