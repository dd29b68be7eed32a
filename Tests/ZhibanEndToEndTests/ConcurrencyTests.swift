import DutyModel
import DutyStore
import DutyTestSupport
import Foundation
import Testing

/// Several processes on one database at once (issue 14, acceptance 3): nothing written over,
/// nothing lost, nothing twice.
@Suite struct ConcurrencyTests {
    /// A `zhiban` process started and not yet waited for.
    struct Running {
        let process: Process
        let out: URL, err: URL

        static func start(_ arguments: [String], in folder: TemporaryFolder, name: String) throws -> Running {
            let out = folder.url.appendingPathComponent("\(name).out"), err = folder.url.appendingPathComponent("\(name).err")
            FileManager.default.createFile(atPath: out.path, contents: nil)
            FileManager.default.createFile(atPath: err.path, contents: nil)
            let process = Process()
            process.executableURL = Zhiban.binary
            process.arguments = arguments + ["--lang", "en"]
            var env = ProcessInfo.processInfo.environment
            env["LANG"] = "C.UTF-8"
            env.removeValue(forKey: "ZHIBAN_DB")
            process.environment = env
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            process.standardInput = FileHandle.nullDevice
            try process.run()
            return Running(process: process, out: out, err: err)
        }

        func wait() throws -> Zhiban.Output {
            process.waitUntilExit()
            return Zhiban.Output(status: process.terminationStatus,
                                 stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                                 stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
        }
    }

    /// Two `solve`s, a `replan` and 100 check-ins (this process) at once on one database.
    /// Afterwards the leave the replan recorded is respected, every hard rule holds (headcounts
    /// among them), each process either stored its result or said that nothing was written,
    /// and every check-in reported as done is in the log exactly once.
    /// On an SQLite file and on a PostgreSQL server (issue 15: the same versioned changes).
    @Test(arguments: ["sqlite", "postgresql"])
    func twoSolvesAReplanAndAHundredCheckInsAtOnce(_ store: String) throws {
        let tmp = try TemporaryFolder()
        let db = try sampleDatabase(tmp, on: store)
        let week = try Zhiban.run(["solve", "--db", db, "--from", "2026-12-01", "--days", "7", "--steps", "300", "--threads", "1"])
        try #require(week.status == 0, "\(week.stderr)")
        let store = try AppDatabase.open(location: db, create: false)
        let first = LocalDate(year: 2026, month: 12, day: 1) ?? .init(dayNumber: 0)
        let roster = try store.assignments(from: first, to: first.adding(days: 6))
        // The one absent: the most duties from the third day on.
        let busy = Dictionary(grouping: roster.filter { $0.slot.date >= first.adding(days: 2) }, by: \.person)
        let absent = try #require(busy.max { ($0.value.count, $1.key.rawValue) < ($1.value.count, $0.key.rawValue) }?.key)
        // Check-ins on the first two days, for people other than the absent one.
        let duties = Array(roster.filter { $0.slot.date < first.adding(days: 2) && $0.person != absent }.prefix(100))
        try #require(duties.count == 100)

        let solve = ["solve", "--db", db, "--from", "2026-12-01", "--days", "7", "--steps", "200000", "--threads", "1"]
        let running = [
            try Running.start(solve + ["--seed", "2"], in: tmp, name: "solve-a"),
            try Running.start(solve + ["--seed", "3"], in: tmp, name: "solve-b"),
            try Running.start(["replan", "--db", db, "--absent", absent.rawValue, "--from", "2026-12-03 00:00"], in: tmp, name: "replan"),
        ]
        var done: [CheckInID] = []
        for duty in duties {
            let time = LocalDateTime(date: duty.slot.date, time: TimeOfDay(hour: 8, minute: 0) ?? .midnight)
            let record = CheckIn(id: CheckIn.id(person: duty.person, slot: duty.slot), person: duty.person, slot: duty.slot,
                                 timeIn: time, status: .onTime)
            do {
                _ = try store.append(record, basedOn: try store.version())
                done.append(record.id)
            } catch {
                Issue.record("check-in \(record.id.rawValue) failed: \(error)")
            }
            usleep(10_000)
        }
        let outputs = try running.map { try $0.wait() }
        for output in outputs {
            // Stored, or refused with nothing written; never a crash.
            #expect(output.status == 0 || output.stderr.contains("nothing written"), "\(output.status): \(output.stderr)")
        }
        let replan = outputs[2]
        #expect(replan.status == 0, "\(replan.stderr)")

        // The leave is respected.
        let leave = try #require(try store.loadDirectory().people.first { $0.id == absent }?.unavailable.last)
        let during = try store.assignments(from: leave.from, to: leave.to).filter { $0.person == absent }
        #expect(during.isEmpty, "\(absent.rawValue) on \(during.map(\.slot.id.rawValue)) during the leave")
        // Every hard rule holds over the week, headcounts among them.
        let explained = try Zhiban.run(["explain", "--db", db, "--from", "2026-12-01", "--days", "7", "--lang", "en"])
        #expect(explained.stdout.contains("Hard rules: all kept"), "\(explained.stdout.prefix(2_000))")
        // Every check-in reported done is in the log exactly once, and nothing else is.
        let log = try store.checkInLog().map(\.record.id)
        #expect(log.count == done.count)
        #expect(Set(log) == Set(done) && Set(log).count == log.count)
    }
}
