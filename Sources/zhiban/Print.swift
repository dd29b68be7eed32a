import ArgumentParser
import DutyDocuments
import DutyModel
import DutyPDF
import DutyStore
import Foundation

/// `zhiban print KIND …`: documents as one PDF (fonts embedded), as text, or to a printer.
struct Print: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print documents as one PDF with the Chinese fonts embedded.",
        discussion: """
            KIND is one of: signin (签到表, one per post and shift), shift (a post's shift sheet for \
            the day), register (出入登记, the blank gate form), roster (a compound's week), slip (one \
            person's coming duties, --person), certificate (志愿服务记录证明, --person, --date to --to). \
            --post (and --shift) narrow to one post, --compound to one compound's posts, neither means \
            every compound. --text shows the documents as text; --lp sends the PDF to the printer.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case signin, shift, register, roster, slip, certificate
    }

    @OptionGroup var options: GlobalOptions

    @Argument(help: "What to print: signin, shift, register, roster, slip or certificate.")
    var kind: Kind

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
        let l = options.language, zh = l == .zh
        let day = try RosterCLI.date(date, l, option: "--date")
        let db = try options.open()
        let directory = try db.loadDirectory()
        guard (1...62).contains(days) else { throw CLIError(zh ? "--days 应在 1–62 之间" : "--days must be 1–62") }
        let last = kind == .certificate ? try to.map { try RosterCLI.date($0, l, option: "--to") } ?? day
            : day.adding(days: (kind == .roster || kind == .slip) ? days - 1 : 0)
        guard day <= last else { throw CLIError(zh ? "--to 早于 --date" : "--to is before --date") }
        let assignments = try db.assignments(from: day, to: last)
        let printed = DeskCLI.now()
        let documents: [Document]
        do {
            switch kind {
            case .signin:
                documents = try Print.signInSheets(directory, assignments: assignments, date: day, compound: compound, post: post,
                                                   shift: shift, printed: printed, language: l)
            case .shift, .register, .roster:
                documents = try Print.postDocuments(kind, directory, assignments: assignments, date: day, days: days,
                                                    compound: compound, post: post, printed: printed, language: l,
                                                    fullPhones: fullPhones)
            case .slip, .certificate:
                guard let query = person else {
                    throw CLIError(zh ? "\(kind.rawValue) 需要 --person" : "\(kind.rawValue) needs --person")
                }
                let (who, _) = try DeskCLI.person(query, directory, slots: { _ in [] }, l)
                let index = DocumentIndex(directory, assignments: assignments)
                if kind == .slip {
                    let posts = Dictionary(directory.posts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                    let templates = Dictionary(directory.shiftTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                    let duties = assignments.filter { $0.person == who.id }.compactMap { a -> (Slot, Post, ShiftDefinition)? in
                        guard let p = posts[a.slot.post], let s = templates[p.template]?.shift(a.slot.shift) else { return nil }
                        return (a.slot, p, s)
                    }
                    documents = [DutySlip.build(index, person: who, duties: duties, from: day, days: days, printed: printed,
                                                language: l, fullPhones: fullPhones)]
                } else {
                    let certificate = ServiceCertificate(person: who, records: try db.checkIns(), directory: directory,
                                                         from: day, to: last, issued: printed.date)
                    documents = [CertificateDocument.build(certificate, printed: printed, language: l)]
                }
            }
        } catch let error as DocumentError {
            throw CLIError(error.message(l))
        }
        if text {
            print(documents.map { $0.text() }.joined(separator: "\n\u{0C}\n"), terminator: "")
            return
        }
        if lp {
            try Print.send(documents, printer: printer, l)
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
        print(zh ? "已写入 \(path)：\(documents.count) 份" : "Wrote \(path): \(documents.count) \(documents.count == 1 ? "document" : "documents")")
    }

    /// Draws `documents` into a temporary PDF and hands it to `lp`.
    static func send(_ documents: [Document], printer: String?, _ l: Language) throws {
        let zh = l == .zh
        guard let lpPath = Print.which("lp") else {
            throw CLIError(zh ? "找不到 lp（CUPS）：请安装 cups-client，或写成 PDF 再打印" : "lp (CUPS) is not installed: install cups-client, or write a PDF")
        }
        let temporary = NSTemporaryDirectory() + "zhiban-print-\(ProcessInfo.processInfo.processIdentifier).pdf"
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        do { try PDFRenderer.write(documents, to: temporary, overwrite: true) } catch { throw CLIError("\(error)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: lpPath)
        process.arguments = (printer.map { ["-d", $0] } ?? []) + [temporary]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CLIError(zh ? "lp 打印失败（退出码 \(process.terminationStatus)）" : "lp failed (exit status \(process.terminationStatus))")
        }
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

    /// The posts `compound` or `post` names (every post when neither), in compound and ID order.
    static func choosePosts(_ directory: Directory, compound: String?, post: String?) throws -> [Post] {
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
        return posts.sorted { ($0.compound.rawValue, $0.id.rawValue) < ($1.compound.rawValue, $1.id.rawValue) }
    }

    /// Shift sheets, entry registers or weekly rosters of the chosen posts.
    static func postDocuments(_ kind: Kind, _ directory: Directory, assignments: [Assignment], date: LocalDate, days: Int,
                              compound: String?, post: String?, printed: LocalDateTime, language l: Language,
                              fullPhones: Bool) throws -> [Document] {
        let posts = try choosePosts(directory, compound: compound, post: post)
        let templates = Dictionary(directory.shiftTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let shifts = Dictionary(posts.map { p in (p.id, (templates[p.template]?.shifts ?? []).filter { p.rule(for: $0.code) != nil }) },
                                uniquingKeysWith: { a, _ in a })
        let index = DocumentIndex(directory, assignments: assignments)
        let chosen = Set(posts.map(\.id))
        if kind != .register {
            guard assignments.contains(where: { chosen.contains($0.slot.post) }) else {
                throw DocumentError.noRoster(post ?? compound ?? "\(date)")
            }
        }
        switch kind {
        case .shift:
            return posts.map { PostShiftSheet.build(index, post: $0, shifts: shifts[$0.id] ?? [], date: date, printed: printed,
                                                    language: l, fullPhones: fullPhones) }
        case .register:
            return posts.filter { $0.kind == .checkpoint || post != nil }
                .map { EntryRegister.build(index, post: $0, date: date, printed: printed, language: l) }
        default:
            let compounds = directory.compounds.filter { c in posts.contains { $0.compound == c.id } }
            return compounds.map { c in
                WeeklyRoster.build(index, compound: c, posts: posts.filter { $0.compound == c.id }, shifts: shifts, from: date,
                                   days: days, printed: printed, language: l)
            }
        }
    }

    /// Sign-in sheets of the chosen posts (every shift the post staffs, or `shift`) on `date`.
    static func signInSheets(_ directory: Directory, assignments: [Assignment], date: LocalDate, compound: String?,
                             post: String?, shift: String?, printed: LocalDateTime, language l: Language) throws -> [Document] {
        let posts = try choosePosts(directory, compound: compound, post: post)
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
