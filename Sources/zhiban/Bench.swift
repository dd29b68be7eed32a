import ArgumentParser
import DutyCSV
import DutyModel
import DutySample
import DutyStore
import Foundation
import TerminalKit

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure how long things take (figures for docs/benchmarks.md); check and replan shift-scheduling benchmark rosters.",
        subcommands: [BenchCity.self, BenchShiftScheduling.self, CheckRoster.self, ReplanRoster.self, BenchRoster.self, BenchTui.self, BenchLookup.self, BenchPrint.self])
}

struct BenchCity: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "city",
        abstract: "Generate the city, write it as CSV, import the CSV (decode, parse, validate) and store it in a new database.")

    @Option(help: "Generator seed.")
    var seed: UInt64 = 1

    @Option(help: "How many runs (the median is reported).")
    var runs = 5

    func run() throws {
        var timings: [[Double]] = []
        var counts = ""
        let folder = NSTemporaryDirectory() + "zhiban-bench-\(ProcessInfo.processInfo.processIdentifier)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for run in 0..<max(1, runs) {
            let clock = ContinuousClock()
            var marks: [Double] = []
            var last = clock.now
            func mark() {
                let now = clock.now
                let d = last.duration(to: now)
                marks.append(Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
                last = now
            }
            var parameters = SampleCity.Parameters.city
            parameters.seed = seed
            let directory = SampleCity.generate(parameters)
            mark()
            let files = try Exporter(language: .zh, encoding: .utf8BOM).files(directory).map { CSVFile(name: $0.name, bytes: $0.data) }
            mark()
            guard case let .success(result) = Importer().read(files) else { throw CLIError("the city does not import") }
            mark()
            let db = try AppDatabase.open(path: "\(folder)/run\(run).sqlite", create: true)
            try db.save(result.imported)
            mark()
            let loaded = try db.loadDirectory()
            mark()
            guard loaded == result.imported.sorted() else { throw CLIError("the stored city differs from the imported one") }
            counts = "\(loaded.compounds.count) compounds, \(loaded.people.count) people, \(loaded.posts.count) posts, "
                + "\(files.reduce(0) { $0 + $1.bytes.count } / 1024) KiB of CSV"
            timings.append(marks)
        }
        let steps = ["generate", "export CSV", "import CSV (decode, parse, validate)", "store (one transaction, audited)",
                     "load back", "generate + import + store"]
        var table = TextTable([.init("step"), .init("median s", .right), .init("min s", .right), .init("max s", .right)])
        for (i, step) in steps.enumerated() {
            let values = timings.map { i == 5 ? $0[0] + $0[2] + $0[3] : $0[i] }.sorted()
            table.append([step, String(format: "%.3f", values[values.count / 2]), String(format: "%.3f", values[0]),
                          String(format: "%.3f", values[values.count - 1])])
        }
        print("city seed \(seed): \(counts); \(timings.count) runs")
        print(table.render(), terminator: "")
    }
}
