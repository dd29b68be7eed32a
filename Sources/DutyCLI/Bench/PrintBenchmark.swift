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
    public static func run(runs: Int, _ console: Console) throws {
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
        func median(_ list: [Double]) -> String { String(format: "%.3f s", list.sorted()[list.count / 2]) }
        console.out("city: \(directory.compounds.count) compounds, \(directory.posts.count) posts, \(assignments.count) assignments on \(day)")
        console.out("sign-in sheets: \(count) in one PDF of \(bytes / 1024) KiB; \(build.count) runs")
        console.out("build the documents: median \(median(build)); draw and write the PDF: median \(median(write))")
        console.out("total: median \(median(total)), max \(String(format: "%.3f s", total.last ?? 0))")
    }
}
