import ArgumentParser
import DutyDocuments
import DutyEngine
import DutyModel
import DutyPDF
import DutySample
import Foundation

/// `zhiban bench print`: every sign-in sheet of every compound of the city for one day, as one PDF.
struct BenchPrint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Time printing every sign-in sheet of the city's 140 compounds for one day as one PDF.")

    @Option(help: "How many runs (the median is reported).")
    var runs = 3

    func run() throws {
        let clock = ContinuousClock()
        func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
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
        for run in 0..<max(1, runs) {
            let began = clock.now
            let documents = try Print.signInSheets(directory, assignments: assignments, date: day, compound: nil, post: nil,
                                                   shift: nil, printed: LocalDateTime(date: day, time: .midnight), language: .zh)
            let built = clock.now
            let path = "\(folder)/run\(run).pdf"
            try PDFRenderer.write(documents, to: path)
            build.append(seconds(began.duration(to: built)))
            write.append(seconds(built.duration(to: clock.now)))
            count = documents.count
            bytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        }
        let total = zip(build, write).map { $0 + $1 }.sorted()
        func median(_ list: [Double]) -> String { String(format: "%.3f s", list.sorted()[list.count / 2]) }
        print("city: \(directory.compounds.count) compounds, \(directory.posts.count) posts, \(assignments.count) assignments on \(day)")
        print("sign-in sheets: \(count) in one PDF of \(bytes / 1024) KiB; \(build.count) runs")
        print("build the documents: median \(median(build)); draw and write the PDF: median \(median(write))")
        print("total: median \(median(total)), max \(String(format: "%.3f s", total.last ?? 0))")
    }
}
