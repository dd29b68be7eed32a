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
    public static func run(checkIns: Int, changes: Int, runs: Int, small: Bool, keep: String? = nil, reuse: String? = nil, _ l: Language,
                           _ console: Console) throws {
        let zh = l == .zh
        guard (0...2_000_000).contains(checkIns), (0...2_000_000).contains(changes) else {
            throw CLIError(zh ? "--check-ins 和 --changes 应在 0–2000000 之间" : "--check-ins and --changes must be 0–2000000")
        }
        guard (1...50).contains(runs) else { throw CLIError(zh ? "--runs 应在 1–50 之间" : "--runs must be 1–50") }
        if keep != nil && reuse != nil {
            throw CLIError(zh ? "--keep 和 --reuse 只能选一个" : "--keep and --reuse cannot be given together")
        }
        let folder = reuse ?? keep ?? NSTemporaryDirectory() + "zhiban-bench-history-\(ProcessInfo.processInfo.processIdentifier)"
        if let keep, FileManager.default.fileExists(atPath: keep) {
            throw CLIError(zh ? "--keep \(keep) 已存在" : "--keep \(keep) already exists")
        }
        defer { if keep == nil && reuse == nil { try? FileManager.default.removeItem(atPath: folder) } }
        let firstDay = SampleCity.referenceDate
        let empty = folder + "/empty.sqlite", full = folder + "/history.sqlite"
        if reuse != nil {
            guard FileManager.default.fileExists(atPath: empty), FileManager.default.fileExists(atPath: full) else {
                throw CLIError(zh ? "--reuse \(folder) 中没有 empty.sqlite 和 history.sqlite" : "--reuse \(folder) holds no empty.sqlite and history.sqlite")
            }
        } else {
            console.progress(zh ? "生成数据库……" : "Building the databases…")
            let directory = SampleCity.generate(small ? .small : .city)
            let week = try build(empty, directory, firstDay)
            _ = try build(full, directory, firstDay)
            try addHistory(full, week: week, firstDay: firstDay, checkIns: checkIns, changes: changes, console, l)
            console.progress("")
        }
        let morning = LocalDateTime(date: firstDay, time: TimeOfDay(hour: 8, minute: 50) ?? .midnight)
        // People on duty at 08:50, a different one checked in each run.
        let first = try Session(store: try AppDatabase.open(path: empty, create: false),
                                options: SessionOptions(firstDay: firstDay, days: 1, language: .zh, desk: DeskStart()),
                                clock: { morning }, output: PDFOutput())
        let onDuty = first.state.deskLines.map(\.person.id)
        // A session works out everyone's pinyin in the background: done before anything is timed,
        // so that no run competes with an earlier one's.
        first.background.waitUntilIdle()
        guard onDuty.count >= runs else { throw CLIError(zh ? "上岗人数不足" : "too few people on duty") }
        let binary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var rows: [(String, [Double], [Double])] = []
        var peakKB = (empty: 0, full: 0)   // the most any one child process held, per database
        func spawned(_ db: String, _ arguments: [String]) throws -> Double {
            let (seconds, kb) = try timed(binary, arguments)
            if db == empty { peakKB.empty = max(peakKB.empty, kb) } else { peakKB.full = max(peakKB.full, kb) }
            return seconds
        }
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
            try spawned(db, ["checkin", "--db", db, "--at", at, onDuty[run].rawValue])
        }
        try measure(zh ? "hours（一天）" : "hours (one day)") { db, _ in
            try spawned(db, ["hours", "--db", db, "--from", "\(firstDay)", "--to", "\(firstDay)"])
        }
        try measure(zh ? "签到台第一帧" : "desk, first frame") { db, _ in
            let began = Stopwatch()
            let session = try Session(store: try AppDatabase.open(path: db, create: false),
                                      options: SessionOptions(firstDay: firstDay.adding(days: -1), days: 3, language: .zh, desk: DeskStart()),
                                      clock: { morning }, output: PDFOutput())
            session.send(.resized(width: 132, height: 43))
            _ = render(session.state).changedRows(since: nil)
            let elapsed = began.elapsed()
            session.background.waitUntilIdle()
            return elapsed
        }
        let counts = try AppDatabase.open(path: full, create: false).counts()
        let ms = { (t: Double) in InterfaceBenchmark.ms(t, l) }
        console.out(zh ? "\(small ? "小样本" : "城市")：\(counts["person"] ?? 0) 人；历史库含签到记录 \(counts["check_in"] ?? 0) 条、审计记录 \(counts["audit"] ?? 0) 条；每项 \(runs) 次，取中位数"
                       : "\(small ? "small sample" : "city"): \(counts["person"] ?? 0) people; the history database holds \(counts["check_in"] ?? 0) check-in records and \(counts["audit"] ?? 0) audit rows; \(runs) runs each, median")
        var table = TextTable([.init(zh ? "操作" : "operation"), .init(zh ? "无历史" : "no history", .right),
                               .init(zh ? "有历史" : "with history", .right), .init(zh ? "有历史（最多）" : "with history (max)", .right)])
        for (name, a, b) in rows {
            table.append([name, ms(a[a.count / 2]), ms(b[b.count / 2]), ms(b.last ?? 0)])
        }
        console.out(table.render(), terminator: "")
        console.out(zh ? "checkin、hours 进程的最大常驻内存：无历史 \(peakKB.empty / 1024) MB，有历史 \(peakKB.full / 1024) MB"
                       : "peak resident memory of a checkin or hours process: \(peakKB.empty / 1024) MB without history, \(peakKB.full / 1024) MB with it")
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
    /// Runs `binary` with `arguments` (messages in English) to its end: the seconds it took and
    /// its own peak resident memory in kilobytes (from `wait4`, so one process's, not the most
    /// of all children so far).
    static func timed(_ binary: String, _ arguments: [String]) throws -> (seconds: Double, peakKB: Int) {
        let said = NSTemporaryDirectory() + "zhiban-bench-history-\(ProcessInfo.processInfo.processIdentifier).err"
        defer { try? FileManager.default.removeItem(atPath: said) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, said, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments + ["--lang", "en"]).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let began = Stopwatch()
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        guard spawned == 0 else { throw CLIError("\(binary): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0, usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = began.elapsed()
        // Exited (low 7 bits 0) with status 0.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            let message = (try? String(contentsOfFile: said, encoding: .utf8)) ?? ""
            throw CLIError("\(arguments.first ?? ""): \(message)")
        }
        return (elapsed, usage.ru_maxrss)
    }
}
