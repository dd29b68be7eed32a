import ArgumentParser
import DutyCLI
import DutyDocuments
import DutyModel

/// `zhiban print KIND …`: documents as one PDF (fonts embedded), as text, or to a printer.
struct Print: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print documents as one PDF with the Chinese fonts embedded.",
        discussion: """
            KIND is one of: signin (sign-in sheets, one per post and shift), shift (a post's shift sheet for \
            the day), register (the blank gate register), roster (a compound's week), slip (one \
            person's coming duties, --person), certificate (volunteer service record, --person, --date to --to). \
            --post (and --shift) narrow to one post, --compound to one compound's posts, neither means \
            every compound. --text shows the documents as text; --lp sends the PDF to the printer.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "What to print: signin, shift, register, roster, slip or certificate.")
    var kind: DocumentKind

    @Option(help: "The date, YYYY-MM-DD.")
    var date: String

    @Option(help: "Only this compound (ID or name).")
    var compound: String?

    @Option(help: "Only this post (ID or name).")
    var post: String?

    @Option(help: "Only this shift of the post (code, e.g. day).")
    var shift: String?

    @Option(help: "The person, for slip and certificate (number, name, pinyin or phone tail).")
    var person: String?

    @Option(help: "Days covered by roster and slip.")
    var days = 7

    @Option(help: "Last date of a certificate (default: --date).")
    var to: String?

    @Flag(help: "Phone numbers in full (else masked, 138****1234).")
    var fullPhones = false

    @Option(help: "The PDF to write (default: KIND-DATE.pdf); it is not overwritten.")
    var out: String?

    @Flag(help: "Print the documents as text on standard output instead of a PDF.")
    var text = false

    @Flag(help: "Send the PDF to the printer with lp.")
    var lp = false

    @Option(help: "The printer for --lp (default: the system's).")
    var printer: String?

    func run() throws {
        let l = options.language, day = try ArgumentValue.date(date, l, option: "--date")
        try PrintCommand.run(try options.open(), kind, date: day, compound: compound, post: post, shift: shift, person: person,
                             days: days, to: to, fullPhones: fullPhones, output: .init(text: text, lp: lp, printer: printer, out: out),
                             l, .standard)
    }
}

extension DocumentKind: ExpressibleByArgument {}
