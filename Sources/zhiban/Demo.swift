import ArgumentParser
import DutyCSV
import DutyEngine
import DutyModel
import DutySample
import DutyStore
import Foundation
import TerminalKit

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
        let zh = l == .zh
        let path: String
        if let db {
            guard !FileManager.default.fileExists(atPath: db) else {
                throw CLIError(zh ? "\(db) 已存在：演示需要一个新的数据库文件" : "\(db) already exists: the demo needs a new database file")
            }
            path = db
        } else {
            let folder = NSTemporaryDirectory() + "zhiban-demo-\(ProcessInfo.processInfo.processIdentifier)-\(Int(Date().timeIntervalSince1970))"
            path = folder + "/demo.sqlite"
        }
        let database: AppDatabase
        do { database = try AppDatabase.open(path: path, create: true) } catch { throw CLIError(error.message(l)) }
        let progress = Progress(language: l)
        progress.step("生成演示数据", "generating the demo data")
        let directory = try DemoData.build(sample.parameters)
        progress.step("写入数据库", "writing to the database")
        try database.save(directory, action: "demo")
        progress.done()
        print(DemoData.summary(directory, language: l))
        // Name the binary as it was run, so the hint works before zhiban is on PATH.
        let me = CommandLine.arguments.first.flatMap { $0.contains("/") ? $0 : nil } ?? "zhiban"
        // A week's roster, so the board has something to show.
        progress.step("排班", "rostering a week")
        let week = try DemoData.roster(database, directory)
        progress.done()
        print(zh ? "已排好 \(SampleCity.referenceDate) 起一周的班：\(week) 条" : "Rostered the week from \(SampleCity.referenceDate): \(week) assignments")
        if isatty(0) == 1 && isatty(1) == 1 && !noInterface {
            try Interface.run(database: database, language: l, firstDay: SampleCity.referenceDate, days: 7)
            print(zh ? "演示数据库：\(path)（再次打开：\(me) tui --db \(path) --from \(SampleCity.referenceDate)）"
                     : "Demo database: \(path) (open again: \(me) tui --db \(path) --from \(SampleCity.referenceDate))")
            return
        }
        print(zh ? "演示数据库：\(path)" : "Demo database: \(path)")
        print(zh ? "试试：\(me) tui --db \(path) --from \(SampleCity.referenceDate)" : "Try: \(me) tui --db \(path) --from \(SampleCity.referenceDate)")
        print(zh ? "      \(me) people --db \(path) --role 医务人员" : "     \(me) people --db \(path) --role medical")
        print(zh ? "      \(me) posts --db \(path) --kind 卡点值守" : "     \(me) posts --db \(path) --kind checkpoint")
        print(zh ? "      \(me) desk --db \(path) --now \"\(SampleCity.referenceDate) 08:50\"（签到台，演示排班的时间）"
                 : "     \(me) desk --db \(path) --now \"\(SampleCity.referenceDate) 08:50\" (the duty desk, at the demo roster's time)")
    }
}

enum DemoData {
    /// Solves the sample's first week (a few thousand deterministic steps) and stores it.
    static func roster(_ database: AppDatabase, _ directory: Directory) throws -> Int {
        let start = SampleCity.referenceDate
        let plan = DutyCompiler.compile(directory, from: start, days: 7)
        let result = DutySolver(plan.problem, options: DutySearchOptions(seed: 1, steps: 3_000)).run()
        let assignments = plan.assignments(result.roster, source: .solver)
        try database.replaceAssignments(from: start, to: start.adding(days: 6), with: assignments, action: "demo")
        return assignments.count
    }

    /// Generates the sample and takes it through CSV export and import, the same path
    /// as the files in data/, so the demo shows what an import gives.
    static func build(_ parameters: SampleCity.Parameters) throws -> Directory {
        let generated = SampleCity.generate(parameters)
        let files = Exporter(language: .zh, encoding: .utf8BOM).texts(generated).map {
            CSVFile(name: "\($0.table.fileName.zh).csv", bytes: Array($0.text.utf8))
        }
        switch Importer().read(files) {
        case let .success(result): return result.imported
        case let .failure(failure):
            throw CLIError("internal error: the sample does not import: " + failure.issues.prefix(5).map { $0.text(.en) }.joined(separator: "; "))
        }
    }

    static func summary(_ d: Directory, language l: Language) -> String {
        let zh = l == .zh
        var out = zh
            ? "\(d.areas.count) 个片区，\(d.compounds.count) 个小区，\(d.gates.count) 个出入口，\(d.buildings.count) 栋楼，\(d.organisations.count) 个单位，\(d.people.count) 人，\(d.posts.count) 个岗位\n\n"
            : "\(d.areas.count) areas, \(d.compounds.count) compounds, \(d.gates.count) gates, \(d.buildings.count) buildings, \(d.organisations.count) organisations, \(d.people.count) people, \(d.posts.count) posts\n\n"
        var roles = TextTable([.init(zh ? "身份" : "Role"), .init(zh ? "人数" : "People", .right)])
        for role in Role.allCases {
            roles.append([role.name(l), "\(d.people.filter { $0.roles.contains(role) }.count)"])
        }
        out += roles.render() + "\n"
        var kinds = TextTable([.init(zh ? "岗位类型" : "Post kind"), .init(zh ? "岗位数" : "Posts", .right)])
        for kind in PostKind.allCases {
            kinds.append([kind.name(l), "\(d.posts.filter { $0.kind == kind }.count)"])
        }
        out += kinds.render()
        return out
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
        let directory = SampleCity.generate(sample.parameters)
        try CSVWriter.write(directory, Exporter(language: lang, encoding: output.encoding), to: out,
                            force: output.force, lang)
        print(lang == .zh ? "已写入 \(directory.people.count) 人的样例数据到 \(out)"
                          : "Wrote sample data with \(directory.people.count) people to \(out)")
    }
}
