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

    /// Issue 14, point 4: `--out` never replaces /dev/null, a link or a FIFO, and replaces a file
    /// only with --force; refused before the search, with one line.
    @Test func benchOutReplacesOnlyARegularFileAndOnlyWithForce() throws {
        let tmp = try TemporaryFolder()
        let instance = "\(Self.folder)/Instance1.txt"
        func solve(_ out: String, _ more: [String] = []) throws -> Zhiban.Output {
            try Zhiban.run(["bench", "shift-scheduling", instance, "--steps", "2000", "--out", out, "--lang", "en"] + more)
        }
        let null = try solve("/dev/null", ["--force"])
        #expect(null.status == 1 && null.stderr.contains("not a regular file"), "\(null.stderr)")
        var info = stat()
        #expect(lstat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR, "/dev/null is still a device")
        try FileManager.default.createSymbolicLink(atPath: tmp.path("link.csv"), withDestinationPath: tmp.path("elsewhere.csv"))
        let link = try solve(tmp.path("link.csv"), ["--force"])
        #expect(link.status == 1 && link.stderr.contains("not a regular file"), "\(link.stderr)")
        #expect(!FileManager.default.fileExists(atPath: tmp.path("elsewhere.csv")))
        #expect(mkfifo(tmp.path("fifo"), 0o600) == 0)
        #expect(try solve(tmp.path("fifo"), ["--force"]).status == 1)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: tmp.path("r.csv")))
        let kept = try solve(tmp.path("r.csv"))
        #expect(kept.status == 1 && kept.stderr.contains("exists: add --force"), "\(kept.stderr)")
        #expect(try String(contentsOfFile: tmp.path("r.csv"), encoding: .utf8) == "mine")
        let replaced = try solve(tmp.path("r.csv"), ["--force"])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: tmp.path("r.csv"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}

