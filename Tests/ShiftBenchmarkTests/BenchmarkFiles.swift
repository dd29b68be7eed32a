import ShiftBenchmark
import Foundation

/// The standard benchmark folder: $ZHIBAN_BENCHMARKS, else ../shared/benchmarks/shift-scheduling
/// beside the package (where the workplace and CI put it).
enum BenchmarkFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var folder: String {
        ProcessInfo.processInfo.environment["ZHIBAN_BENCHMARKS"]
            ?? root.deletingLastPathComponent().appendingPathComponent("shared/benchmarks/shift-scheduling").path
    }

    static var available: Bool { FileManager.default.fileExists(atPath: folder + "/Instance1.txt") }

    static func instance(_ n: Int) throws -> Problem { try InstanceReader.read(path: "\(folder)/Instance\(n).txt") }
}
