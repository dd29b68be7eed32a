import DutyModel
import DutySample
import DutyStore
import Foundation
import PostgresClient
import TerminalKit

/// `zhiban bench desks`: a county's shift change. One desk process per compound of the city
/// (140), each checking its compound's people in and then out, paced like a person at a desk,
/// all at once against one store: a PostgreSQL server on this machine (a throwaway cluster, fsync
/// on) and an SQLite file in WAL mode, side by side. Meanwhile another terminal's watch (as the
/// interface's, every 250 ms) notes when it first sees each change; desk processes are killed
/// (SIGKILL) at random moments and started again, and the server is restarted halfway. Then:
/// action-to-commit latency, time until another terminal sees a change, and whether any action
/// shown as done was lost or any was done twice, and the database's own integrity check.
public enum DeskLoadBenchmark {
    public struct Options: Sendable {
        public var desks = 140
        public var actions = 20_000
        public var kills = 300
        public var restart = true
        public var paceMilliseconds = 1_000
        public var watchMilliseconds = 250
        public var stores: [String] = ["postgresql", "sqlite"]
        public var seed: UInt64 = 1
        public init() {}
    }

    struct Outcome {
        let store: String
        var latencies: [Double] = []
        var visibility: [Double] = []
        var lost = 0, doubled = 0, missing = 0, kills = 0, restarts = 0
        var integrity = ""
        var seconds = 0.0
        var unseen = 0
    }

    public static func run(_ options: Options, _ l: Language, _ console: Console) throws {
        let zh = l == .zh
        guard (1...400).contains(options.desks), (1...1_000_000).contains(options.actions), (0...100_000).contains(options.kills),
              (0...60_000).contains(options.paceMilliseconds), (10...5_000).contains(options.watchMilliseconds) else {
            throw CLIError(zh ? "参数超出范围" : "an option is out of range (desks 1–400, actions 1–1000000, kills 0–100000)")
        }
        console.progress(zh ? "生成城市……" : "Generating the city…")
        let directory = SampleCity.generate(.city)
        let compounds = directory.compounds.map(\.id).sorted { $0.rawValue < $1.rawValue }.prefix(options.desks)
        guard compounds.count == options.desks else {
            throw CLIError(zh ? "城市只有 \(compounds.count) 个小区" : "the city has only \(compounds.count) compounds")
        }
        var outcomes: [Outcome] = []
        for store in options.stores {
            outcomes.append(try measure(store, directory, Array(compounds), options, l, console))
        }
        console.progress("")
        report(outcomes, options, l, console)
    }

    static func measure(_ kind: String, _ directory: Directory, _ compounds: [CompoundID], _ options: Options,
                        _ l: Language, _ console: Console) throws -> Outcome {
        let zh = l == .zh
        let folder = NSTemporaryDirectory() + "zhiban-bench-desks-\(ProcessInfo.processInfo.processIdentifier)-\(kind)"
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var cluster: LocalCluster?
        defer { cluster?.stop() }
        let db: String
        if kind == "postgresql" {
            console.progress(zh ? "启动 PostgreSQL……" : "Starting PostgreSQL…")
            let started = try LocalCluster(fsync: true, maxConnections: options.desks * 2 + 50)
            cluster = started
            try started.createDatabase("bench")
            db = started.url(database: "bench")
        } else {
            db = folder + "/desks.sqlite"
        }
        let store = try AppDatabase.open(location: db, create: true)
        try store.save(directory)
        // Actions per desk: the total shared out, the first desks one more.
        let share = compounds.indices.map { options.actions / compounds.count + ($0 < options.actions % compounds.count ? 1 : 0) }
        let day = SampleCity.referenceDate
        let plans = zip(compounds, share).map { DeskLoadPlan(directory, compound: $0, actions: $1, day: day) }
        let planned = plans.reduce(0) { $0 + $1.actions.count }

        // Another terminal's watch: when each version is first seen.
        let watcher = try AppDatabase.open(location: db, create: false)
        let seen = SeenVersions()
        let stop = StopFlag()
        let watch = Thread {
            var version = (try? watcher.version()) ?? .origin
            while !stop.isSet {
                usleep(useconds_t(options.watchMilliseconds * 1_000))
                guard watcher.mayHaveChanged(since: version), let changes = try? watcher.changes(after: version) else { continue }
                let now = DeskLoadLine.now()
                for change in changes { seen.note(change.version.value, at: now) }
                if let last = changes.last { version = last.version }
            }
        }
        watch.start()
        defer {
            stop.set()
            while !watch.isFinished { usleep(10_000) }
        }

        let binary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        func spawn(_ desk: Int) throws -> pid_t {
            let arguments = [binary, "bench", "desk-worker", "--db", db, "--compound", compounds[desk].rawValue,
                             "--actions", String(share[desk]), "--results", "\(folder)/desk\(desk).txt",
                             "--pace", String(options.paceMilliseconds), "--go", "\(folder)/go"]
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "\(folder)/desk\(desk).err", O_WRONLY | O_CREAT | O_APPEND, 0o600)
            let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
            defer { for pointer in argv { free(pointer) } }
            var pid: pid_t = 0
            let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
            guard spawned == 0 else { throw CLIError("\(binary): \(String(cString: strerror(spawned)))") }
            return pid
        }

        /// Whether a desk's process ended; an error when it failed, or ended at all while `starting`.
        func ended(_ desk: Int, _ pid: pid_t, starting: Bool) throws -> Bool {
            var status: Int32 = 0
            guard waitpid(pid, &status, WNOHANG) == pid else { return false }
            let exited = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            guard exited == 0 && !starting else {
                let said = (try? String(contentsOfFile: "\(folder)/desk\(desk).err", encoding: .utf8)) ?? ""
                throw CLIError("desk \(compounds[desk].rawValue) \(starting ? "ended before starting" : "failed") (\(exited)): \(said.suffix(500))")
            }
            return true
        }

        var outcome = Outcome(store: kind)
        var running: [Int: pid_t] = [:]
        for desk in compounds.indices { running[desk] = try spawn(desk) }
        // Every desk loaded before the shift change begins.
        while compounds.indices.contains(where: { !FileManager.default.fileExists(atPath: "\(folder)/desk\($0).txt.ready") }) {
            for (desk, pid) in running { _ = try ended(desk, pid, starting: true) }
            console.progress(zh ? "\(kind)：签到台进程启动中……" : "\(kind): desk processes starting…")
            usleep(50_000)
        }
        FileManager.default.createFile(atPath: "\(folder)/go", contents: nil)
        let began = Date()
        // Faults: kills spread over the expected run (actions per desk × pace), a restart halfway.
        let expected = Double(share.max() ?? 0) * Double(max(options.paceMilliseconds, 20)) / 1000
        let killEvery = options.kills > 0 ? expected / Double(options.kills) : .infinity
        var seeded = SeededRandom(seed: options.seed)
        var nextKill = Date().addingTimeInterval(killEvery), restarted = false
        var shown = Date.distantPast
        while !running.isEmpty {
            // Reap the desks that ended.
            for (desk, pid) in running where try ended(desk, pid, starting: false) { running[desk] = nil }
            if outcome.kills < options.kills, Date() >= nextKill, !running.isEmpty {
                let desks = running.keys.sorted()
                let desk = desks[Int(seeded.next() % UInt64(desks.count))]
                if let pid = running[desk] {
                    kill(pid, SIGKILL)
                    var status: Int32 = 0
                    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                    running[desk] = try spawn(desk)
                    outcome.kills += 1
                }
                nextKill = nextKill.addingTimeInterval(killEvery)
            }
            if options.restart, !restarted, let cluster, Date().timeIntervalSince(began) >= expected / 2 {
                restarted = true
                console.progress(zh ? "重启服务器……" : "Restarting the server…")
                try cluster.stopServer()
                try cluster.start()
                outcome.restarts += 1
            }
            // Progress once a second, on a terminal only: it reads every desk's file.
            if console.isTerminal && Date().timeIntervalSince(shown) >= 1 {
                shown = Date()
                let done = compounds.indices.reduce(0) { $0 + lines("\(folder)/desk\($1).txt").count }
                console.progress(zh ? "\(kind)：已完成 \(done)/\(planned) 次操作，已杀进程 \(outcome.kills) 次"
                                    : "\(kind): \(done)/\(planned) actions done, \(outcome.kills) desks killed")
            }
            usleep(20_000)
        }
        outcome.seconds = Date().timeIntervalSince(began)
        usleep(useconds_t(options.watchMilliseconds * 4_000))

        // What was shown as done against what the log holds.
        let log = try store.checkInLog(dates: day...day)
        for (desk, plan) in plans.enumerated() {
            let versions = plan.versions(in: log)
            let shown = lines("\(folder)/desk\(desk).txt")
            for line in shown {
                let action = plan.actions[line.index]
                if (versions[action.record.id] ?? 0) < action.versions { outcome.lost += 1 }
                outcome.latencies.append(Double(line.latency) / 1e6)
                if let at = seen.at(line.version) {
                    outcome.visibility.append(Double(Int64(at) - Int64(line.committedAt)) / 1e6)
                } else {
                    outcome.unseen += 1
                }
            }
            let wanted = Dictionary(plan.actions.map { ($0.record.id, $0.versions) }, uniquingKeysWith: max)
            for (id, count) in versions where count > wanted[id, default: 0] { outcome.doubled += count - wanted[id, default: 0] }
            for action in plan.actions where (versions[action.record.id] ?? 0) < action.versions { outcome.missing += 1 }
        }
        outcome.integrity = try store.integrityCheck()
        return outcome
    }

    static func lines(_ path: String) -> [DeskLoadLine] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap(DeskLoadLine.init)
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
    }

    static func report(_ outcomes: [Outcome], _ options: Options, _ l: Language, _ console: Console) {
        let zh = l == .zh
        console.out(zh ? "\(options.desks) 个签到台进程，共 \(options.actions) 次操作，每台平均每 \(options.paceMilliseconds) ms 一次（0.5–1.5 倍）；另一终端每 \(options.watchMilliseconds) ms 查看一次"
                       : "\(options.desks) desk processes, \(options.actions) actions in all, one per desk every \(options.paceMilliseconds) ms on average (0.5–1.5 times); another terminal's watch every \(options.watchMilliseconds) ms")
        let ms = { (v: Double) in String(format: "%.1f ms", v) }
        var table = TextTable([.init(zh ? "项目" : ""), ] + outcomes.map { .init($0.store == "sqlite" ? "SQLite WAL" : "PostgreSQL", .right) })
        let rows: [(String, (Outcome) -> String)] = [
            (zh ? "操作到提交 p50" : "action to commit, p50", { ms(percentile($0.latencies, 0.5)) }),
            (zh ? "操作到提交 p99" : "action to commit, p99", { ms(percentile($0.latencies, 0.99)) }),
            (zh ? "操作到提交 最长" : "action to commit, max", { ms($0.latencies.max() ?? 0) }),
            (zh ? "他处看到 p50" : "seen elsewhere, p50", { ms(percentile($0.visibility, 0.5)) }),
            (zh ? "他处看到 p99" : "seen elsewhere, p99", { ms(percentile($0.visibility, 0.99)) }),
            (zh ? "他处看到 最长" : "seen elsewhere, max", { ms($0.visibility.max() ?? 0) }),
            (zh ? "显示已完成的操作" : "actions shown as done", { "\($0.latencies.count)" }),
            (zh ? "丢失" : "lost", { "\($0.lost)" }),
            (zh ? "重复" : "doubled", { "\($0.doubled)" }),
            (zh ? "未完成" : "not done", { "\($0.missing)" }),
            (zh ? "他处未看到" : "never seen elsewhere", { "\($0.unseen)" }),
            (zh ? "kill -9 次数" : "kill -9", { "\($0.kills)" }),
            (zh ? "服务器重启" : "server restarts", { "\($0.restarts)" }),
            (zh ? "完整性检查" : "integrity check", { $0.integrity }),
            (zh ? "用时" : "wall time", { String(format: "%.1f s", $0.seconds) }),
        ]
        for (name, value) in rows { table.append([name] + outcomes.map(value)) }
        console.out(table.render(), terminator: "")
    }
}

/// Versions and when the watch first saw each (nanoseconds, wall clock).
final class SeenVersions: @unchecked Sendable {
    private let lock = NSLock()
    private var first: [Int64: UInt64] = [:]
    func note(_ version: Int64, at time: UInt64) { lock.withLock { if first[version] == nil { first[version] = time } } }
    func at(_ version: Int64) -> UInt64? { lock.withLock { first[version] } }
}

final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

