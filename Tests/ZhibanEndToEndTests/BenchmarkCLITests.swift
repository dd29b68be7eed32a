import Foundation
import Testing

/// The standard benchmark folder beside the package (where the workplace and CI put it).
let benchmarkFolder = Zhiban.root.deletingLastPathComponent().appendingPathComponent("shared/benchmarks/shift-scheduling").path

/// The benchmark commands end to end, when the benchmark folder is beside the package.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: benchmarkFolder + "/Instance1.txt")))
struct BenchmarkCLITests {
    static let folder = benchmarkFolder

    @Test func checkRosterPrintsTheObjectiveOfAPublishedRoster() throws {
        let result = try Zhiban.run(["bench", "check-roster", "\(Self.folder)/Instance2.txt",
                                     "\(Self.folder)/reference-solutions/Instance2.csv", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("feasible; objective 828\n"))
        #expect(result.stdout.contains("soft  Each shift on each day has its wanted headcount  "), "rules by name, not by ID")
    }

    @Test func checkRosterReportsABadFileWithItsPlace() throws {
        let tmp = try TemporaryFolder()
        try "employee,day,shift\nA,0,D\nZZ,1,D\nA,99,D\n".write(toFile: tmp.path("bad.csv"), atomically: true, encoding: .utf8)
        let result = try Zhiban.run(["bench", "check-roster", "\(Self.folder)/Instance2.txt", tmp.path("bad.csv")])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.csv:3:1: unknown employee ZZ"))
        #expect(result.stderr.contains("bad.csv:4:2: expected a day from 0 to 13"))
    }

    /// An instance name that is found nowhere says where it was looked for.
    @Test func aMissingInstanceSaysWhereItLooked() throws {
        let tmp = try TemporaryFolder()
        let result = try Zhiban.run(["bench", "shift-scheduling", "Instance99", "--steps", "10"], in: URL(fileURLWithPath: tmp.path("")))
        #expect(result.status != 0)
        #expect(result.stderr.contains("Instance99: no such file here, nor in ../shared/benchmarks/shift-scheduling"), "\(result.stderr)")
        #expect(result.stderr.contains("ZHIBAN_BENCHMARKS"))
    }

    @Test func benchSolvesAndWritesARosterThatChecksOut() throws {
        let tmp = try TemporaryFolder()
        let solved = try Zhiban.run(["bench", "shift-scheduling", "\(Self.folder)/Instance1.txt", "--steps", "200000",
                                     "--seed", "1", "--out", tmp.path("r.csv")])
        #expect(solved.status == 0)
        let objective = try #require(solved.stdout.split(separator: " ").drop { $0 != "objective" }.dropFirst().first)
        let checked = try Zhiban.run(["bench", "check-roster", "\(Self.folder)/Instance1.txt", tmp.path("r.csv")])
        #expect(checked.stdout.hasSuffix("feasible; objective \(objective.dropLast())\n"), "\(solved.stdout) / \(checked.stdout)")
    }
}
