import ArgumentParser
import DutyDocuments
import DutyModel
import DutyPDF
import DutyStore
import Foundation

/// `zhiban print KIND …`: documents as one PDF (fonts embedded), as text, or to a printer.
struct Print: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print documents as one PDF with the Chinese fonts embedded: sign-in sheets (签到表) so far.",
        discussion: """
            KIND is signin: one sheet per post and shift of --date; --post (and --shift) narrow it to \
            one, --compound to one compound's posts, neither means every compound. --text shows the \
            documents as text instead; --lp sends the PDF to the printer.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case signin
    }

    @OptionGroup var options: GlobalOptions

    @Argument(help: "What to print: signin.")
    var kind: Kind

    @Option(help: "The date, YYYY-MM-DD.")
    var date: String

    @Option(help: "Only this compound (ID or name).")
    var compound: String?

    @Option(help: "Only this post (ID or name).")
    var post: String?

    @Option(help: "Only this shift of the post (code, e.g. day).")
    var shift: String?

    @Option(help: "The PDF to write (default: KIND-DATE.pdf); it is not overwritten.")
    var out: String?

    @Flag(help: "Print the documents as text on standard output instead of a PDF.")
    var text = false

    @Flag(help: "Send the PDF to the printer with lp.")
    var lp = false

    @Option(help: "The printer for --lp (default: the system's).")
    var printer: String?

    func run() throws {
        let l = options.language, zh = l == .zh
        let day = try RosterCLI.date(date, l, option: "--date")
        let db = try options.open()
        let directory = try db.loadDirectory()
        let assignments = try db.assignments(from: day, to: day)
        let documents: [Document]
        do {
            documents = try Print.signInSheets(directory, assignments: assignments, date: day, compound: compound, post: post,
                                               shift: shift, printed: DeskCLI.now(), language: l)
        } catch let error as DocumentError {
            throw CLIError(error.message(l))
        }
        if text {
            print(documents.map { $0.text() }.joined(separator: "\n\u{0C}\n"), terminator: "")
            return
        }
        if lp {
            guard let lpPath = Print.which("lp") else {
                throw CLIError(zh ? "找不到 lp（CUPS）：请安装 cups-client，或用 --out 写成 PDF 再打印" : "lp (CUPS) is not installed: install cups-client, or write a PDF with --out")
            }
            let temporary = NSTemporaryDirectory() + "zhiban-print-\(ProcessInfo.processInfo.processIdentifier).pdf"
            defer { try? FileManager.default.removeItem(atPath: temporary) }
            do { try PDFRenderer.write(documents, to: temporary, overwrite: true) } catch { throw CLIError("\(error)") }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: lpPath)
            process.arguments = (printer.map { ["-d", $0] } ?? []) + [temporary]
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw CLIError(zh ? "lp 打印失败（退出码 \(process.terminationStatus)）" : "lp failed (exit status \(process.terminationStatus))")
            }
            print(zh ? "已送打印：\(documents.count) 份" : "Sent to the printer: \(documents.count) documents")
            return
        }
        let path = out ?? "\(kind.rawValue)-\(day).pdf"
        guard path.hasSuffix(".pdf") else { throw CLIError(zh ? "--out 应以 .pdf 结尾" : "--out must end in .pdf") }
        do {
            try PDFRenderer.write(documents, to: path)
        } catch let error as PDFError {
            throw CLIError(zh ? "无法写入 \(error.path)：\(Print.zh(error.reason))" : "cannot write \(error.path): \(error.reason)")
        }
        print(zh ? "已写入 \(path)：\(documents.count) 份" : "Wrote \(path): \(documents.count) documents")
    }

    static func zh(_ reason: String) -> String {
        if reason == "exists" { return "文件已存在，不覆盖" }
        if reason.hasPrefix("no such folder") { return "文件夹不存在" }
        if reason.hasSuffix("is not writable") { return "文件夹不可写" }
        return reason
    }

    static func which(_ program: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(program)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Sign-in sheets of the chosen posts (every shift the post staffs, or `shift`) on `date`.
    static func signInSheets(_ directory: Directory, assignments: [Assignment], date: LocalDate, compound: String?,
                             post: String?, shift: String?, printed: LocalDateTime, language l: Language) throws -> [Document] {
        var posts = directory.posts
        if let post {
            guard let found = directory.posts.first(where: { $0.id.rawValue == post || $0.name == post }) else {
                throw DocumentError.unknownPost(post)
            }
            posts = [found]
        } else if let compound {
            guard let found = directory.compounds.first(where: { $0.id.rawValue == compound || $0.name == compound }) else {
                throw DocumentError.unknownCompound(compound)
            }
            posts = posts.filter { $0.compound == found.id }
        }
        posts.sort { ($0.compound.rawValue, $0.id.rawValue) < ($1.compound.rawValue, $1.id.rawValue) }
        let templates = Dictionary(directory.shiftTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let chosen = Set(posts.map(\.id))
        guard assignments.contains(where: { $0.slot.date == date && chosen.contains($0.slot.post) }) else {
            throw DocumentError.noRoster(post ?? compound ?? "\(date)")
        }
        var documents: [Document] = []
        let index = DocumentIndex(directory, assignments: assignments)
        for p in posts {
            var shifts = (templates[p.template]?.shifts ?? []).filter { p.rule(for: $0.code) != nil }
            if let shift {
                shifts = shifts.filter { $0.code == shift }
                if shifts.isEmpty { throw DocumentError.unknownShift(post: p.name, shift: shift) }
            }
            for s in shifts {
                documents.append(SignInSheet.build(index, post: p, shift: s, date: date, printed: printed, language: l))
            }
        }
        return documents
    }
}
