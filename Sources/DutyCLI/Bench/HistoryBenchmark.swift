import DutyApp
import DutyEngine
import DutyModel
import DutyRuntime
import DutySample
import DutyStore
import Foundation
import SearchCore
import TerminalKit

/// `zhiban bench history`: whether the commands a coordinator runs every day stay fast as the
/// history grows. Two databases of the city with the same week's roster: one with no history,
/// one with `checkIns` check-in records and `changes` more audit rows (past rosters) on the
/// days before. On each: `checkin` and `hours` for a day as whole processes (this binary run
/// again), and the desk from opening the database to its first frame, in this process.
public enum HistoryBenchmark {
    /// With `keep`, the two databases are made in that folder (which must not exist) and left there.
    public static func run(checkIns: Int, changes: Int, runs: Int, small: Bool, keep: String? = nil, _ l: Language,
                           _ console: Console) throws {
        let zh = l == .zh
        guard (0...2_000_000).contains(checkIns), (0...2_000_000).contains(changes) else {
            throw CLIError(zh ? "--check-ins 和 --changes 应在 0–2000000 之间" : "--check-ins and --changes must be 0–2000000")
        }
        guard (1...50).contains(runs) else { throw CLIError(zh ? "--runs 应在 1–50 之间" : "--runs must be 1–50") }
        let folder = keep ?? NSTemporaryDirectory() + "zhiban-bench-history-\(ProcessInfo.processInfo.processIdentifier)"
        if let keep, FileManager.default.fileExists(atPath: keep) {
            throw CLIError(zh ? "--keep \(keep) 已存在" : "--keep \(keep) already exists")
        }
        defer { if keep == nil { try? FileManager.default.removeItem(atPath: folder) } }
        let directory = SampleCity.generate(small ? .small : .city)
        let firstDay = SampleCity.referenceDate
        console.progress(zh ? "生成数据库……" : "Building the databases…")
        let empty = folder + "/empty.sqlite", full = folder + "/history.sqlite"
        let week = try build(empty, directory, firstDay)
        _ = try build(full, directory, firstDay)
        try addHistory(full, week: week, firstDay: firstDay, checkIns: checkIns, changes: changes, console, l)
        console.progress("")
        let morning = LocalDateTime(date: firstDay, time: TimeOfDay(hour: 8, minute: 50) ?? .midnight)
        // People on duty at 08:50, a different one checked in each run.
        let onDuty = try Session(store: try AppDatabase.open(path: empty, create: false),
                                 options: SessionOptions(firstDay: firstDay, days: 1, language: .zh, desk: DeskStart()),
                                 clock: { morning }, output: PDFOutput()).state.deskLines.map(\.person.id)
        guard onDuty.count >= runs else { throw CLIError(zh ? "上岗人数不足" : "too few people on duty") }
        let binary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var rows: [(String, [Double], [Double])] = []
        func measure(_ name: String, _ body: (String, Int) throws -> Double) throws {
            var a: [Double] = [], b: [Double] = []
            for run in 0..<runs {
                a.append(try body(empty, run))
                b.append(try body(full, run))
            }
            rows.append((name, a.sorted(), b.sorted()))
        }
        let at = "\(morning.date) \(morning.time)"
        try measure("checkin") { db, run in
            try timed(binary, ["checkin", "--db", db, "--at", at, onDuty[run].rawValue])
        }
        try measure(zh ? "hours（一天）" : "hours (one day)") { db, _ in
            try timed(binary, ["hours", "--db", db, "--from", "\(firstDay)", "--to", "\(firstDay)"])
        }
        try measure(zh ? "签到台第一帧" : "desk, first frame") { db, _ in
            let began = Stopwatch()
            let session = try Session(store: try AppDatabase.open(path: db, create: false),
                                      options: SessionOptions(firstDay: firstDay.adding(days: -1), days: 3, language: .zh, desk: DeskStart()),
                                      clock: { morning }, output: PDFOutput())
            session.send(.resized(width: 132, height: 43))
            _ = render(session.state).changedRows(since: nil)
            return began.elapsed()
        }
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        let counts = try AppDatabase.open(path: full, create: false).counts()
        let ms = { (t: Double) in InterfaceBenchmark.ms(t, l) }
        console.out(zh ? "\(small ? "小样本" : "城市")：\(directory.people.count) 人；历史库含签到记录 \(counts["check_in"] ?? 0) 条、审计记录 \(counts["audit"] ?? 0) 条；每项 \(runs) 次，取中位数"
                       : "\(small ? "small sample" : "city"): \(directory.people.count) people; the history database holds \(counts["check_in"] ?? 0) check-in records and \(counts["audit"] ?? 0) audit rows; \(runs) runs each, median")
        var table = TextTable([.init(zh ? "操作" : "operation"), .init(zh ? "无历史" : "no history", .right),
                               .init(zh ? "有历史" : "with history", .right), .init(zh ? "有历史（最多）" : "with history (max)", .right)])
        for (name, a, b) in rows {
            table.append([name, ms(a[a.count / 2]), ms(b[b.count / 2]), ms(b.last ?? 0)])
        }
        console.out(table.render(), terminator: "")
        console.out(zh ? "子进程（checkin、hours）的最大常驻内存：\(usage.ru_maxrss / 1024) MB"
                       : "peak resident memory of the child processes (checkin, hours): \(usage.ru_maxrss / 1024) MB")
    }

    /// A database of the city with the first week's roster; the roster.
    static func build(_ path: String, _ directory: Directory, _ firstDay: LocalDate) throws -> [Assignment] {
        let db = try AppDatabase.open(path: path, create: true)
        try db.save(directory)
        let plan = DutyCompiler.compile(directory, from: firstDay, days: 7)
        let result = DutySolver(plan.problem, options: DutySearchOptions(seed: 1, steps: 0)).run()
        let roster = plan.assignments(result.roster, source: .solver)
        try db.replaceAssignments(from: firstDay, to: firstDay.adding(days: 6), with: roster, action: "bench")
        return roster
    }

    /// The days before `firstDay` get the week's roster again and again (as past rosters, one
    /// audit row per assignment, up to `changes`) and a check-in record for each duty (up to
    /// `checkIns`), newest day first, in changes of 2,000.
    static func addHistory(_ path: String, week: [Assignment], firstDay: LocalDate, checkIns: Int, changes: Int,
                           _ console: Console, _ l: Language) throws {
        let db = try AppDatabase.open(path: path, create: false)
        guard !week.isEmpty else { return }
        var made = (checkIns: 0, changes: 0), day = 1
        var records: [CheckIn] = [], past: [Assignment] = []
        func flush(force: Bool) throws {
            if records.count >= 2_000 || (force && !records.isEmpty) {
                try db.append(records)
                records.removeAll(keepingCapacity: true)
            }
            if past.count >= 2_000 || (force && !past.isEmpty) {
                try db.apply(removing: [], adding: past, action: "bench")
                past.removeAll(keepingCapacity: true)
            }
        }
        while made.checkIns < checkIns || made.changes < changes {
            let date = firstDay.adding(days: -day)
            let weekday = firstDay.adding(days: (7 - day % 7) % 7)
            for a in week where a.slot.date == weekday {
                let slot = Slot(post: a.slot.post, date: date, shift: a.slot.shift)
                if made.changes < changes {
                    past.append(Assignment(person: a.person, slot: slot, source: .solver))
                    made.changes += 1
                }
                if made.checkIns < checkIns {
                    let start = LocalDateTime(date: date, time: TimeOfDay(hour: 8, minute: 0) ?? .midnight)
                    records.append(CheckIn(id: CheckIn.id(person: a.person, slot: slot), person: a.person, slot: slot,
                                           timeIn: start, status: .onTime))
                    made.checkIns += 1
                }
                try flush(force: false)
            }
            console.progress(l == .zh ? "历史：签到 \(made.checkIns)/\(checkIns)，排班 \(made.changes)/\(changes)"
                                      : "history: check-ins \(made.checkIns)/\(checkIns), assignments \(made.changes)/\(changes)")
            day += 1
        }
        try flush(force: true)
    }

    /// Runs `binary` with `arguments` (output thrown away); the wall time. A failure is an error.
    static func timed(_ binary: String, _ arguments: [String]) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments + ["--lang", "en"]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        let began = Stopwatch()
        try process.run()
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let elapsed = began.elapsed()
        guard process.terminationStatus == 0 else {
            throw CLIError("\(arguments.first ?? ""): \(String(decoding: said, as: UTF8.self))")
        }
        return elapsed
    }
}
