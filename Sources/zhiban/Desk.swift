import ArgumentParser
import DutyCLI
import DutyModel

/// Options the duty-desk commands share: who (a query as typed at the desk), when, where.
struct DeskOptions: ParsableArguments {
    @Argument(help: "Who: pinyin initials (zw), full pinyin (zhangwei), phone tail (1234), person number (P0012) or name.")
    var query: String

    @Option(help: "Only this post (ID).")
    var post: String?

    @Option(help: "The time, YYYY-MM-DD HH:MM (default: now).")
    var at: String?

    @Option(help: "Minutes after a shift's start before someone counts as late.")
    var grace = 10
}

/// `--from DATE --to DATE`, shared by hours and certificate.
struct DateRangeOptions: ParsableArguments {
    @Option(help: "First date, YYYY-MM-DD.")
    var from: String

    @Option(help: "Last date, YYYY-MM-DD.")
    var to: String

    func read(_ l: Language) throws -> ClosedRange<LocalDate> { try ArgumentValue.dates(from: from, to: to, l) }
}

struct CheckInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin", abstract: "Check someone in on their shift now (or starting within two hours).")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var desk: DeskOptions

    func run() throws {
        try DeskRecords.checkIn(try options.open(), desk.query, post: desk.post, at: desk.at, grace: desk.grace, options.language,
                                .standard)
    }
}

struct CheckOutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "checkout", abstract: "Check someone out of the shift they are on.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var desk: DeskOptions

    @Option(help: "Why they leave before the shift ends (required then; kept in the log).")
    var reason = ""

    func run() throws {
        try DeskRecords.checkOut(try options.open(), desk.query, post: desk.post, at: desk.at, grace: desk.grace, reason: reason,
                                 options.language, .standard)
    }
}

struct NoShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "noshow", abstract: "Mark someone absent from their shift now (a no-show, or excused with --excused).")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var desk: DeskOptions

    @Flag(help: "They told us they cannot come (excused), rather than not turning up.")
    var excused = false

    @Option(help: "Why (kept in the log).")
    var reason = ""

    @Flag(help: "Mark a no-show before the shift's start and the grace have passed.")
    var force = false

    func run() throws {
        try DeskRecords.noShow(try options.open(), desk.query, post: desk.post, at: desk.at, grace: desk.grace, excused: excused,
                               reason: reason, force: force, options.language, .standard)
    }
}

struct CloseShift: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close-shift",
        abstract: "Check out at the planned end everyone still checked in on a day's ended shifts (forgotten check-outs).",
        discussion: "Each record is marked as closed by the coordinator; `zhiban hours` counts them and lists them apart.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "The shifts' date, YYYY-MM-DD.")
    var date: String

    @Option(help: "Only this post (ID).")
    var post: String?

    @Option(help: "Only this shift (its code, e.g. day).")
    var shift: String?

    @Option(help: "The time, YYYY-MM-DD HH:MM (default: now): only shifts ended by then are closed.")
    var at: String?

    func run() throws {
        let l = options.language
        let day = try ArgumentValue.date(date, l, option: "--date")
        try CloseShiftCommand.run(try options.open(), date: day, post: post, shift: shift, at: at, l, .standard)
    }
}

struct Hours: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Hours served over a date range, from the check-in log (open check-ins are listed, not counted).")

    @OptionGroup var options: GlobalOptions

    @OptionGroup var dates: DateRangeOptions

    @Option(help: "person, organisation or compound.")
    var by: String = "person"

    @Flag(help: "CSV on standard output instead of a table.")
    var csv = false

    func run() throws {
        let l = options.language
        let span = try dates.read(l), grouping = try HoursCommand.grouping(by, l)
        try HoursCommand.run(try options.open(), span, by: grouping, csv: csv, l, .standard)
    }
}

struct CheckIns: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkins", abstract: "List the check-in log: every record as entered, oldest first, with who entered it and when.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "Only records for slots on this date, YYYY-MM-DD.")
    var date: String?

    func run() throws {
        let l = options.language
        let day = try date.map { try ArgumentValue.date($0, l, option: "--date") }
        try CheckInLogCommand.run(try options.open(), date: day, l, .standard)
    }
}

struct Certificate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A volunteer service-record certificate for one person over a date range, as text.",
        discussion: "Only records with both a check-in and a check-out count; open check-ins are named. `zhiban print certificate` makes the PDF.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "Who: person number, name, pinyin or phone tail (must name one person).")
    var query: String

    @OptionGroup var dates: DateRangeOptions

    @Option(help: "The issuing compound or street office (default: the person's street office and compound).")
    var issuer: String?

    @Option(help: "Write to this file instead of standard output (refuses to overwrite).")
    var out: String?

    func run() throws {
        let l = options.language, span = try dates.read(l)
        try CertificateCommand.run(try options.open(), query, span, issuer: issuer, out: out, l, .standard)
    }
}
