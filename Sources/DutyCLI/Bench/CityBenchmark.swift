import DutyCSV
import DutyModel
import SearchCore
import DutySample
import DutyStore
import Foundation
import TerminalKit

/// `zhiban bench city`: how long generating the city, writing it as CSV, importing the CSV
/// (decode, parse, validate) and storing it in a new SQLite database take; the median of
/// several runs.
public enum CityBenchmark {
    /// Times `runs` runs on the city of `seed`.
    public static func run(seed: UInt64, runs: Int, _ l: Language, _ console: Console) throws {
        let zh = l == .zh
        var timings: [[Double]] = []
        var counts = ""
        let folder = NSTemporaryDirectory() + "zhiban-bench-\(ProcessInfo.processInfo.processIdentifier)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for run in 0..<max(1, runs) {
            var marks: [Double] = []
            var last = Stopwatch()
            func mark() {
                marks.append(last.elapsed())
                last = Stopwatch()
            }
            var parameters = SampleCity.Parameters.city
            parameters.seed = seed
            let directory = SampleCity.generate(parameters)
            mark()
            let files = try Exporter(language: .zh, encoding: .utf8BOM).files(directory).map { CSVFile(name: $0.name, bytes: $0.data) }
            mark()
            guard case let .success(result) = Importer().read(files) else { throw CLIError(zh ? "城市数据无法导入" : "the city does not import") }
            mark()
            let db = try AppDatabase.open(path: "\(folder)/run\(run).sqlite", create: true)
            try db.save(result.imported)
            mark()
            let loaded = try db.loadDirectory()
            mark()
            guard loaded == result.imported.sorted() else { throw CLIError(zh ? "存入的城市数据与导入的不同" : "the stored city differs from the imported one") }
            let kib = files.reduce(0) { $0 + $1.bytes.count } / 1024
            counts = zh ? "\(loaded.compounds.count) 个小区，\(loaded.people.count) 人，\(loaded.posts.count) 个岗位，CSV 共 \(kib) KiB"
                        : "\(loaded.compounds.count) compounds, \(loaded.people.count) people, \(loaded.posts.count) posts, \(kib) KiB of CSV"
            timings.append(marks)
        }
        let steps = zh ? ["生成", "导出 CSV", "导入 CSV（解码、解析、校验）", "存入（一个事务，有审计）", "读回", "生成 + 导入 + 存入"]
                       : ["generate", "export CSV", "import CSV (decode, parse, validate)", "store (one transaction, audited)",
                          "load back", "generate + import + store"]
        var table = TextTable([.init(zh ? "步骤" : "step"), .init(zh ? "中位数 秒" : "median s", .right),
                               .init(zh ? "最少 秒" : "min s", .right), .init(zh ? "最多 秒" : "max s", .right)])
        for (i, step) in steps.enumerated() {
            let values = timings.map { i == 5 ? $0[0] + $0[2] + $0[3] : $0[i] }.sorted()
            table.append([step, String(format: "%.3f", values[values.count / 2]), String(format: "%.3f", values[0]),
                          String(format: "%.3f", values[values.count - 1])])
        }
        console.out(zh ? "城市（种子 \(seed)）：\(counts)；运行 \(timings.count) 次" : "city seed \(seed): \(counts); \(timings.count) runs")
        console.out(table.render(), terminator: "")
    }
}
