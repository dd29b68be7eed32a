import DutyDocuments
import DutyModel
import DutyPDF

/// `zhiban print KIND`: documents as one PDF with the fonts embedded (never over a file, and
/// none left behind by a failure), as text, or sent to the printer.
public enum PrintCommand {
    /// What to do with the documents.
    public enum Output: Sendable, Equatable {
        /// A PDF at the path given, else KIND-DATE.pdf; never over a file.
        case pdf(String?)
        /// As text on standard output.
        case text
        /// To `lp`, on the printer named or the system's.
        case printer(String?)

        /// From the options: text wins over the printer, else a PDF at `out`.
        public init(text: Bool, lp: Bool, printer: String?, out: String?) {
            self = text ? .text : lp ? .printer(printer) : .pdf(out)
        }
    }

    /// Makes the documents of `kind` for `date` and puts them out.
    /// - Parameters:
    ///   - compound: only this compound's posts (ID or name); `post`: only this post, and `shift`
    ///     of it; neither: every compound.
    ///   - person: whose slip or certificate (number, name, pinyin or phone tail).
    ///   - days: days of a roster or slip (1–62); `to`: the last date of a certificate (else `date`).
    ///   - fullPhones: phone numbers in full rather than masked.
    public static func run(_ store: any RosterStore, _ kind: DocumentKind, date day: LocalDate, compound: String?, post: String?,
                           shift: String?, person: String?, days: Int, to: String?, fullPhones: Bool, output: Output,
                           _ l: Language, _ console: Console) throws {
        let zh = l == .zh
        let directory = try store.loadDirectory()
        guard (1...62).contains(days) else { throw CLIError(zh ? "--days 应在 1–62 之间" : "--days must be 1–62") }
        let last = kind == .certificate ? try to.map { try ArgumentValue.date($0, l, option: "--to") } ?? day
            : day.adding(days: (kind == .roster || kind == .slip) ? days - 1 : 0)
        guard day <= last else { throw CLIError(zh ? "--to 早于 --date" : "--to is before --date") }
        let printed = LocalDateTime.now()
        let selection = PrintSelection(directory, assignments: try store.assignments(from: day, to: last),
                                       compound: compound, post: post, printed: printed, language: l,
                                       log: try store.checkInLog(dates: day.adding(days: -1)...last.adding(days: 1)).map(\.record))
        let documents: [Document]
        do {
            switch kind {
            case .signin:
                documents = try selection.signInSheets(on: day, shift: shift)
            case .shift, .register, .roster:
                documents = try selection.postDocuments(kind, from: day, days: days, fullPhones: fullPhones)
            case .slip, .certificate:
                guard let query = person else {
                    throw CLIError(zh ? "\(kind.rawValue) 需要 --person" : "\(kind.rawValue) needs --person")
                }
                let who = try PersonChoice(query, among: directory.people) { _ in false }.chosen(query, l)
                if kind == .slip {
                    documents = [selection.slip(for: who, from: day, days: days, fullPhones: fullPhones)]
                } else {
                    let certificate = ServiceCertificate(person: who, records: try store.checkIns(of: who.id), directory: directory,
                                                         from: day, to: last, issued: printed.date)
                    try CertificateCommand.requireHours(certificate, l)
                    documents = [CertificateDocument.build(certificate, printed: printed, language: l)]
                }
            }
        } catch let error as DocumentError {
            throw CLIError(error.message, l)
        }
        switch output {
        case .text:
            console.out(documents.map { $0.text() }.joined(separator: "\n\u{0C}\n"), terminator: "")
        case let .printer(printer):
            do { try PDFPrinter.send(documents, printer: printer) } catch { throw CLIError(error.message, l) }
            console.out(zh ? "已送打印：\(documents.count) 份" : "Sent to the printer: \(documents.count) documents")
        case let .pdf(out):
            let path = out ?? "\(kind.rawValue)-\(day).pdf"
            guard path.hasSuffix(".pdf") else { throw CLIError(zh ? "--out 应以 .pdf 结尾" : "--out must end in .pdf") }
            do {
                try PDFRenderer.write(documents, to: path)
            } catch let error as PDFError {
                throw CLIError(error.message, l)
            }
            let n = documents.count
            console.out(zh ? "已写入 \(path)：\(n) 份" : "Wrote \(path): \(n) \(n == 1 ? "document" : "documents")")
        }
    }
}
