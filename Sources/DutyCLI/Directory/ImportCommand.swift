import DutyCSV
import DutyEngine
import DutyModel

/// `zhiban import`: reads CSV files into the store, all or nothing, every problem listed as
/// file:line:column on standard error.
///
/// People already in the store whose new record (availability, leave, weekly limit, night
/// flag, roles) would break a hard rule on their duties from this week on are refused, as the
/// person editor does, and so are posts, staffing and shift templates whose new form would
/// break one on the duties at them (a lower headcount, a longer shift), unless
/// `--override-reason` is given: the reason then goes on the duties the breaches name.
public enum ImportCommand {
    /// Reads the files at `paths` (files, or folders of them; `encoding` instead of detecting
    /// it), then asks `open` for the store, which is opened only once the files are read (nil:
    /// check against an empty directory, as a dry run before any database does). Whether the
    /// files were valid: false when problems were found and listed, and nothing imported.
    /// Duties are checked from the Monday of `today`'s week.
    public static func run(paths: [String], encoding: TextEncoding?, dryRun: Bool, overrideReason: String? = nil,
                           today: LocalDate = LocalDateTime.now().date, _ l: Language, _ console: Console,
                           open: () throws -> (any RosterStore)?) throws -> Bool {
        let zh = l == .zh
        let reason = try CommandGuard.reason(overrideReason, l)
        defer { console.progress("") }
        console.step(Localized(zh: "读取文件", en: "reading files"), l)
        let files = try CSVFiles.read(paths, l)
        let store = try open()
        let version = try store?.version()
        let existing = try store?.loadDirectory() ?? Directory()
        console.step(Localized(zh: "检查 \(files.count) 个文件", en: "checking \(files.count) files"), l)
        switch Importer(forcedEncoding: encoding).read(files, into: existing) {
        case let .failure(failure):
            console.progress("")
            for issue in failure.issues { console.error(issue.text(l)) }
            let n = failure.issues.count
            console.error(zh ? "发现 \(n) 个问题，未导入任何记录。" : "\(n) problem\(n == 1 ? "" : "s") found; nothing was imported.")
            return false
        case let .success(result):
            // What counts as a night shift follows the summary: decided before anyone is rostered.
            let nights = NightShiftSummary.lines(result.imported.shiftTemplates, l)
            let guarded = try store.map { try DirectoryGuard($0, existing, result.imported, from: today) }
            let what = guarded.map { g in
                g.edit.posts.isEmpty && g.edit.templates.isEmpty ? Localized(zh: "导入的人员信息", en: "the imported people")
                    : Localized(zh: "导入的数据", en: "the imported data")
            } ?? Localized(zh: "导入的数据", en: "the imported data")
            guard let store, let version, let guarded, !dryRun else {
                console.progress("")
                if let guarded {
                    CommandGuard.note(guarded.edit, directory: existing, assignments: guarded.duties, reason: reason, what: what, l,
                                      console)
                }
                console.out(zh ? "检查通过，未写入（--dry-run）。" : "All files are valid; nothing written (--dry-run).")
                for line in nights { console.out(line) }
                return true
            }
            console.progress("")
            let marked = try CommandGuard.check(guarded.edit, directory: existing, assignments: guarded.duties, reason: reason,
                                                what: what, l, console)
            console.step(Localized(zh: "写入数据库", en: "writing to the database"), l)
            var base: StoreVersion? = nil
            if !marked.isEmpty {
                // The overrides first: should the import then be refused, they cover nothing.
                do {
                    base = try store.apply(removing: [], adding: marked, action: "override", basedOn: version).version
                } catch {
                    throw CLIError(describing: error, l)
                }
            }
            let summary = try store.save(result.imported, action: "import", basedOn: base).value
            console.progress("")
            console.out(zh
                ? "已导入：新增 \(summary.added) 条，修改 \(summary.changed) 条，未变 \(summary.unchanged) 条。"
                : "Imported: \(summary.added) added, \(summary.changed) changed, \(summary.unchanged) unchanged.")
            for line in nights { console.out(line) }
            return true
        }
    }
}
