import DutyModel
import DutySample
import Foundation

/// `zhiban demo`: a new database filled with the generated sample and a week's roster, and
/// what to try on it. Opening the interface afterwards is the executable's part.
public enum DemoCommand {
    /// Where the demo database goes: `given`, which must not exist yet (the demo never touches
    /// a database of one's own), or a new temporary folder.
    public static func path(_ given: String?, _ l: Language) throws -> String {
        guard let given = try ArgumentValue.database(given, l) else {
            let folder = NSTemporaryDirectory()
                + "zhiban-demo-\(ProcessInfo.processInfo.processIdentifier)-\(Int(Date().timeIntervalSince1970))"
            return folder + "/demo.sqlite"
        }
        guard !FileManager.default.fileExists(atPath: given) else {
            throw CLIError(l == .zh ? "\(given) 已存在：演示需要一个新的数据库文件" : "\(given) already exists: the demo needs a new database file")
        }
        return given
    }

    /// The binary as it was run when that was a path, so the hints work before zhiban is on
    /// PATH; else `zhiban`.
    public static func program(_ arguments: [String]) -> String {
        arguments.first.flatMap { $0.contains("/") ? $0 : nil } ?? "zhiban"
    }

    /// Fills the new, empty store: the `sample` (then a summary of it) and a week's roster.
    public static func build(_ store: any RosterStore, sample: SampleCity.Parameters, _ l: Language, _ console: Console) throws {
        console.step(Localized(zh: "生成演示数据", en: "generating the demo data"), l)
        let directory = try DemoData.build(sample)
        console.step(Localized(zh: "写入数据库", en: "writing to the database"), l)
        let saved = try store.save(directory, action: "demo", basedOn: nil)
        console.progress("")
        console.out(DemoData.summary(directory, language: l))
        // A week's roster, so the board has something to show.
        console.step(Localized(zh: "排班", en: "rostering a week"), l)
        let week = try DemoData.roster(store, directory, basedOn: saved.version)
        console.progress("")
        let start = SampleCity.referenceDate
        console.out(l == .zh ? "已排好 \(start) 起一周的班：\(week) 条" : "Rostered the week from \(start): \(week) assignments")
    }

    /// Where the demo is (`path`) and how to open it again with `me` (see ``program(_:)``),
    /// once the interface has closed.
    public static func reopen(_ path: String, program me: String, _ l: Language, _ console: Console) {
        let start = SampleCity.referenceDate
        console.out(l == .zh ? "演示数据库：\(path)（再次打开：\(me) tui --db \(path) --from \(start)）"
                             : "Demo database: \(path) (open again: \(me) tui --db \(path) --from \(start))")
    }

    /// Where the demo is (`path`) and commands to try on it with `me`, when the interface is
    /// not opened.
    public static func hints(_ path: String, program me: String, _ l: Language, _ console: Console) {
        let start = SampleCity.referenceDate
        if l == .zh {
            console.out("演示数据库：\(path)")
            console.out("试试：\(me) tui --db \(path) --from \(start)")
            console.out("      \(me) people --db \(path) --role 医务人员")
            console.out("      \(me) posts --db \(path) --kind 卡点值守")
            console.out("      \(me) desk --db \(path) --now \"\(start) 08:50\"（签到台，演示排班的时间）")
        } else {
            console.out("Demo database: \(path)")
            console.out("Try: \(me) tui --db \(path) --from \(start)")
            console.out("     \(me) people --db \(path) --role medical")
            console.out("     \(me) posts --db \(path) --kind checkpoint")
            console.out("     \(me) desk --db \(path) --now \"\(start) 08:50\" (the duty desk, at the demo roster's time)")
        }
    }
}
