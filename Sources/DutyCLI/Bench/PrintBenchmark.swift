import DutyDocuments
import DutyEngine
import DutyModel
import SearchCore
import DutyPDF
import DutySample
import Foundation

/// `zhiban bench print`: every sign-in sheet of every compound of the city for one day, built
/// and drawn as one PDF.
public enum PrintBenchmark {
    /// Times `runs` runs.
    public static func run(runs: Int, _ l: Language, _ console: Console) throws {
        let zh = l == .zh
        let directory = SampleCity.generate(.city)
        let day = SampleCity.referenceDate
        let plan = DutyCompiler.compile(directory, from: day, days: 1)
        let result = DutySolver(plan.problem, options: DutySearchOptions(seed: 1, steps: 0)).run()
        let assignments = plan.assignments(result.roster, source: .solver)
        let folder = NSTemporaryDirectory() + "zhiban-bench-print-\(ProcessInfo.processInfo.processIdentifier)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var build: [Double] = [], write: [Double] = []
        var count = 0, bytes = 0
        let selection = PrintSelection(directory, assignments: assignments, printed: LocalDateTime(date: day, time: .midnight),
                                       language: .zh)
        for run in 0..<max(1, runs) {
            let building = Stopwatch()
            let documents = try selection.signInSheets(on: day)
            build.append(building.elapsed())
            let writing = Stopwatch()
            let path = "\(folder)/run\(run).pdf"
            try PDFRenderer.write(documents, to: path)
            write.append(writing.elapsed())
            count = documents.count
            bytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        }
        let total = zip(build, write).map { $0 + $1 }.sorted()
        let unit = zh ? " 秒" : " s"
        func median(_ list: [Double]) -> String { String(format: "%.3f", list.sorted()[list.count / 2]) + unit }
        let most = String(format: "%.3f", total.last ?? 0) + unit
        if zh {
            console.out("城市：\(directory.compounds.count) 个小区，\(directory.posts.count) 个岗位，\(day) 共 \(assignments.count) 条排班")
            console.out("签到表：\(count) 张，合为一个 \(bytes / 1024) KiB 的 PDF；运行 \(build.count) 次")
            console.out("生成文书：中位数 \(median(build))；绘制并写出 PDF：中位数 \(median(write))")
            console.out("合计：中位数 \(median(total))，最多 \(most)")
        } else {
            console.out("city: \(directory.compounds.count) compounds, \(directory.posts.count) posts, \(assignments.count) assignments on \(day)")
            console.out("sign-in sheets: \(count) in one PDF of \(bytes / 1024) KiB; \(build.count) runs")
            console.out("build the documents: median \(median(build)); draw and write the PDF: median \(median(write))")
            console.out("total: median \(median(total)), max \(most)")
        }
    }
}
