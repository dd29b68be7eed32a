import Foundation
import Testing

/// Issue 14, point 7: arguments out of range end with one clear line naming the option and a
/// status of 1, never a trap, a signal or a search that runs forever. Each case below crashed,
/// hung or misled before (the reproductions).
@Suite struct HostileArgumentsTests {
    /// Exits with status 1 (not a signal: a trap or abort is 132–134 or 139 from a shell, and
    /// `terminationStatus` is the signal then) and says `expected` on standard error.
    func refused(_ arguments: [String], saying expected: String) throws {
        let run = try Zhiban.run(arguments)
        #expect(run.status == 1, "\(arguments): status \(run.status), \(run.stderr)")
        #expect(run.stderr.contains(expected), "\(arguments): \(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count <= 2, "\(arguments): \(run.stderr)")
    }

    @Test func searchOptionsOutOfRange() throws {
        let tmp = try TemporaryFolder()
        let db = try sampleDatabase(tmp)
        let solve = ["solve", "--db", db, "--from", "2026-12-01", "--days", "1", "--lang", "en"]
        try refused(solve + ["--threads", "2147483648"], saying: "--threads")
        try refused(solve + ["--threads", "100000"], saying: "--threads must be 1 to")
        try refused(solve + ["--threads", "0"], saying: "--threads must be 1 to")
        try refused(solve + ["--time", "inf"], saying: "--time must be a number of seconds above 0")
        try refused(solve + ["--time", "nan"], saying: "--time must be a number of seconds above 0")
        try refused(solve + ["--time", "1e308"], saying: "--time must be a number of seconds above 0")
        try refused(solve + ["--time=-1"], saying: "--time must be a number of seconds above 0")
        let instance = Zhiban.root.deletingLastPathComponent().appendingPathComponent("shared/benchmarks/shift-scheduling/Instance1.txt")
        try refused(["bench", "shift-scheduling", instance.path, "--time", "1e308", "--lang", "en"],
                    saying: "--time must be a number of seconds above 0")
        try refused(["bench", "shift-scheduling", instance.path, "--threads", "2147483648", "--lang", "en"], saying: "--threads")
    }

    @Test func replanDaysAreCheckedAsGiven() throws {
        let tmp = try TemporaryFolder()
        let db = try sampleDatabase(tmp)
        let replan = ["replan", "--db", db, "--absent", "P0001", "--from", "2026-12-03 00:00", "--lang", "en"]
        try refused(replan + ["--days", "9223372036854775807"], saying: "--days must be 1 to 61, not 9223372036854775807")
        try refused(replan + ["--days", "100000"], saying: "--days must be 1 to 61, not 100000")
        try refused(replan + ["--days", "100000", "--lang", "zh"], saying: "--days 应在 1 到 61 之间，而不是 100000")
    }

    @Test func anEmptyDatabasePathIsRefusedNotTakenAsTheDefault() throws {
        let tmp = try TemporaryFolder()
        // The default database must not be touched: point it somewhere that would show.
        let home = tmp.path("home")
        for arguments in [["init", "--db", " "], ["people", "--db", ""], ["init", "--db", ""]] {
            let run = try Zhiban.run(arguments + ["--lang", "en"], environment: ["XDG_DATA_HOME": home, "HOME": home])
            #expect(run.status == 1, "\(arguments): \(run.status) \(run.stderr)")
            #expect(run.stderr.contains("--db must not be empty"), "\(arguments): \(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: home + "/zhiban"))
        let zh = try Zhiban.run(["people", "--db", "", "--lang", "zh"], environment: ["XDG_DATA_HOME": home, "HOME": home])
        #expect(zh.stderr.contains("--db 不能为空"), "\(zh.stderr)")
    }
}
