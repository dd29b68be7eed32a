import DutyApp
import DutyEngine
import DutyModel
import DutyRuntime
import SearchCore
import DutySample
import DutyStore
import Foundation
import TerminalKit

/// `zhiban bench tui`: how fast the interface answers on the city — start to first frame, and
/// keystroke to finished frame (reduce, render, and the row diff the terminal backend draws),
/// on the board and at the duty desk.
public enum InterfaceBenchmark {
    /// Times `keys` keystrokes of a walk seeded with `seed` on the city (or the `small` sample)
    /// at `size` (e.g. 132x43), then the desk.
    /// With `live`, another terminal checks someone in every 100 ms throughout, and the session
    /// polls between keys as the terminal loop does (its watch reads the changes in); the keys
    /// are timed as before, and the watch's reads apart.
    public static func run(small: Bool, keys: Int, seed: UInt64, size: String, live: Bool = false, _ l: Language,
                           _ console: Console) throws {
        let zh = l == .zh
        let parts = size.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2 else { throw CLIError(zh ? "--size 应形如 132x43" : "--size must look like 132x43") }
        let ms = { (t: Double) in Self.ms(t, l) }
        // A database like a coordinator's: the city and a week's roster (construction only).
        let folder = NSTemporaryDirectory() + "zhiban-bench-tui-\(ProcessInfo.processInfo.processIdentifier)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/city.sqlite"
        let directory = SampleCity.generate(small ? .small : .city)
        do {
            let db = try AppDatabase.open(path: path, create: true)
            try db.save(directory)
            let start = SampleCity.referenceDate
            let plan = DutyCompiler.compile(directory, from: start, days: 7)
            let result = DutySolver(plan.problem, options: DutySearchOptions(seed: 1, steps: 0)).run()
            try db.replaceAssignments(from: start, to: start.adding(days: 6), with: plan.assignments(result.roster, source: .solver),
                                      action: "bench")
        }
        // Start to first frame: open, load, build the state, render, diff against nothing.
        let firstDay = SampleCity.referenceDate
        let morning = LocalDateTime(date: firstDay, time: TimeOfDay(hour: 8, minute: 50) ?? .midnight)
        func open(desk: DeskStart?) throws -> Session {
            let store = try AppDatabase.open(path: path, create: false)
            let options = SessionOptions(firstDay: desk == nil ? firstDay : firstDay.adding(days: -1), days: desk == nil ? 7 : 3,
                                         language: .zh, desk: desk)
            let session = try Session(store: store, options: options, clock: { morning }, output: PDFOutput())
            session.send(.resized(width: parts[0], height: parts[1]))
            return session
        }
        let writer = live ? try LiveWriter(path: path, day: firstDay) : nil
        defer { writer?.stop() }
        var startups: [Double] = []
        var opened: Session?
        for _ in 0..<5 {
            let began = Stopwatch()
            let session = try open(desk: nil)
            _ = render(session.state).changedRows(since: nil)
            startups.append(began.elapsed())
            opened = session
        }
        guard let session = opened else { return }
        // Keystrokes: a seeded walk over the board, slots, people, help and back.
        let walk: [Key] = [.down, .down, .right, .up, .left, .pageDown, .character("]"), .character("["), .character("}"),
                           .character("{"), .character("t"), .enter, .down, .down, .escape, .character("?"), .escape,
                           .character("P"), .down, .enter, .escape, .escape, .character("A"), .end, .home]
        var rng = SeededRandom(seed: seed)
        var times: [Double] = []
        var frames = FrameTimer(session, live: live)
        var perKey: [String: [Double]] = [:]
        for _ in 0..<keys {
            let key = walk[Int(rng.next() % UInt64(walk.count))]
            // By screen and key: Enter on the board opens a slot, Enter in a slot assigns.
            let screen = session.state.screen
            let t = frames.time(.key(key))
            times.append(t)
            perKey["\(screen) \(key.spec)", default: []].append(t)
        }
        // Opening a slot with nothing prepared or kept, as the first time after the roster
        // changed: random slots of the loaded days, each from scratch.
        let board = session.state, boardFrame = render(board)
        let slots = Array(Set(board.assignments.filter { $0.slot.date >= board.firstDay && $0.slot.date <= board.lastDay }
            .map(\.slot))).sorted { $0.id.rawValue < $1.id.rawValue }
        var scratch: [Double] = []
        for _ in 0..<(slots.isEmpty ? 0 : 300) {
            let slot = slots[Int(rng.next() % UInt64(slots.count))]
            let began = Stopwatch()
            _ = render(board.openingFromScratch(slot)).changedRows(since: boardFrame)
            scratch.append(began.elapsed())
        }
        scratch.sort()
        session.close()
        times.sort()
        let people = directory.people.count, posts = directory.posts.count, assigned = session.state.assignments.count
        let startup = (ms(startups.sorted()[2]), ms(startups.max() ?? 0))
        let keyed = (ms(pct(times, 0.5)), ms(pct(times, 0.99)), ms(times.last ?? 0))
        if zh {
            console.out("\(small ? "小样本" : "城市")：\(people) 人，\(posts) 个岗位，\(assigned) 条排班；\(parts[0])x\(parts[1])")
            console.out("从启动到第一帧（打开、载入、状态、绘制）：中位数 \(startup.0)，最多 \(startup.1)")
            console.out("从按键到画完一帧，\(times.count) 次按键：中位数 \(keyed.0)，99 分位 \(keyed.1)，最多 \(keyed.2)")
        } else {
            console.out("\(small ? "small sample" : "city"): \(people) people, \(posts) posts, \(assigned) assignments; \(parts[0])x\(parts[1])")
            console.out("start to first frame (open, load, state, render): median \(startup.0), max \(startup.1)")
            console.out("keystroke to finished frame, \(times.count) keys: p50 \(keyed.0), p99 \(keyed.1), max \(keyed.2)")
        }
        for (key, list) in perKey.sorted(by: { $0.key < $1.key }) {
            let sorted = list.sorted()
            console.out(zh ? "  \(DisplayWidth.pad(key, to: 16)) \(sorted.count) 次  中位数 \(ms(pct(sorted, 0.5)))  99 分位 \(ms(pct(sorted, 0.99)))"
                           : "  \(DisplayWidth.pad(key, to: 16)) n=\(sorted.count)  p50 \(ms(pct(sorted, 0.5)))  p99 \(ms(pct(sorted, 0.99)))")
        }
        if !scratch.isEmpty {
            console.out(zh ? "打开一个班次（不用预先算好或留存的结果），\(scratch.count) 次：中位数 \(ms(pct(scratch, 0.5)))，99 分位 \(ms(pct(scratch, 0.99)))，最多 \(ms(scratch.last ?? 0))"
                           : "opening a slot with nothing prepared or kept, \(scratch.count) slots: p50 \(ms(pct(scratch, 0.5))), p99 \(ms(pct(scratch, 0.99))), max \(ms(scratch.last ?? 0))")
        }
        let began = Stopwatch()
        let desk = try open(desk: DeskStart())
        _ = render(desk.state).changedRows(since: nil)
        let deskWatches = try deskTimes(desk, opened: began.elapsed(), live: live, l, console)
        if live, let writer {
            let watches = (frames.watches + deskWatches).sorted()
            guard !watches.isEmpty else { return }
            console.out(zh ? "实时更新：另一终端签到 \(writer.written) 次；看板和签到台读入他人修改 \(watches.count) 次，中位数 \(ms(pct(watches, 0.5)))，99 分位 \(ms(pct(watches, 0.99)))"
                           : "live updates: \(writer.written) check-ins by another terminal; the board and the desk read others' changes in \(watches.count) times, p50 \(ms(pct(watches, 0.5))), p99 \(ms(pct(watches, 0.99)))")
        }
    }

    /// The duty desk at 08:50 on the first day, everyone's people: each person on duty found by
    /// typing their pinyin initials key by key, then Enter (the check-in committed to the store
    /// before the frame); then F5 on people not yet there (the no-show committed, the replan and
    /// the standbys offered).
    /// Returns how long each of the desk's watches that read others' changes took (live updates).
    @discardableResult
    static func deskTimes(_ session: Session, opened: Double, live: Bool = false, _ l: Language, _ console: Console) throws -> [Double] {
        defer { session.close() }
        let zh = l == .zh, ms = { (t: Double) in Self.ms(t, l) }
        var frames = FrameTimer(session, live: live)
        let onDuty = session.state.deskLines
        var deskTimes: [Double] = [], enterTimes: [Double] = []
        for line in onDuty.prefix(200) {
            for c in Pinyin.initials(of: line.person.name) { deskTimes.append(frames.time(.key(.character(c)))) }
            enterTimes.append(frames.time(.key(.enter)))
        }
        // F5 on someone not yet here: the no-show, the engine's replan and the candidates, then Esc.
        var noShowTimes: [Double] = []
        if !session.state.desk.query.isEmpty { session.send(.key(.escape)) }
        for line in session.state.deskLines.filter({ $0.state == .overdue || $0.state == .expected }).prefix(20) {
            for c in line.person.id.rawValue { session.send(.key(.character(c))) }
            frames.previous = render(session.state)
            noShowTimes.append(frames.time(.key(.function(5))))
            session.send(.key(.escape))
            session.send(.key(.escape))
        }
        noShowTimes.sort()
        deskTimes.sort()
        enterTimes.sort()
        guard !deskTimes.isEmpty && !enterTimes.isEmpty else { return frames.watches }
        let typed = (ms(pct(deskTimes, 0.5)), ms(pct(deskTimes, 0.99)), ms(deskTimes.last ?? 0))
        let entered = (ms(pct(enterTimes, 0.5)), ms(pct(enterTimes, 0.99)), ms(enterTimes.last ?? 0))
        let noShow = (ms(pct(noShowTimes, 0.5)), ms(noShowTimes.last ?? 0))
        if zh {
            console.out("签到台：打开用时 \(ms(opened))（打开、载入、每个姓名的拼音、第一帧），08:50 在岗 \(onDuty.count) 人")
            console.out("  输入一个键到画完，\(deskTimes.count) 次：中位数 \(typed.0)，99 分位 \(typed.1)，最多 \(typed.2)")
            console.out("  回车（签到并保存）到画完，\(enterTimes.count) 次：中位数 \(entered.0)，99 分位 \(entered.1)，最多 \(entered.2)")
            if !noShowTimes.isEmpty {
                console.out("  F5（记缺岗并保存、重排、替补人选）到画完，\(noShowTimes.count) 次：中位数 \(noShow.0)，最多 \(noShow.1)")
            }
        } else {
            console.out("desk: opened in \(ms(opened)) (open, load, pinyin of every name, first frame), \(onDuty.count) people on duty at 08:50")
            console.out("  typed key to frame, \(deskTimes.count) keys: p50 \(typed.0), p99 \(typed.1), max \(typed.2)")
            console.out("  Enter (check-in, committed) to frame, \(enterTimes.count) keys: p50 \(entered.0), p99 \(entered.1), max \(entered.2)")
            if !noShowTimes.isEmpty {
                console.out("  F5 (no-show committed, replan, standbys) to frame, \(noShowTimes.count) keys: p50 \(noShow.0), max \(noShow.1)")
            }
        }
        return frames.watches
    }


    /// Seconds `t` as milliseconds, with the unit in `l`.
    static func ms(_ t: Double, _ l: Language) -> String { String(format: "%.2f", t * 1000) + (l == .zh ? " 毫秒" : " ms") }

    /// The `p` quantile of sorted times.
    static func pct(_ list: [Double], _ p: Double) -> Double { list[min(list.count - 1, Int(Double(list.count) * p))] }

    /// Times one action from the key to the finished frame: the session (reduce and every effect,
    /// store commits included), render and the row diff against the frame before.
    struct FrameTimer {
        let session: Session
        var previous: ScreenBuffer
        /// Poll between keys (live updates), and how long each poll that read something took.
        let live: Bool
        var watches: [Double] = []

        init(_ session: Session, live: Bool = false) {
            self.session = session
            self.live = live
            previous = render(session.state)
        }

        mutating func time(_ action: AppAction) -> Double {
            if live {
                let polled = Stopwatch()
                if session.poll() {
                    watches.append(polled.elapsed())
                    previous = render(session.state)
                }
            }
            let began = Stopwatch()
            session.send(action)
            let frame = render(session.state)
            _ = frame.changedRows(since: previous)
            previous = frame
            return began.elapsed()
        }
    }
}

/// Another terminal at a desk, for `bench tui` with live updates: checks someone on the first
/// day's roster in every 100 ms through its own connection, until stopped.
final class LiveWriter: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    private var count = 0
    private var thread: Thread?

    var written: Int { lock.withLock { count } }

    init(path: String, day: LocalDate) throws {
        let store = try AppDatabase.open(path: path, create: false, user: "另一签到台")
        let duties = try store.assignments(from: day, to: day)
        let time = LocalDateTime(date: day, time: TimeOfDay(hour: 7, minute: 58) ?? .midnight)
        let thread = Thread { [self] in
            for duty in duties {
                if lock.withLock({ stopped }) { return }
                let record = CheckIn(id: CheckIn.id(person: duty.person, slot: duty.slot), person: duty.person, slot: duty.slot,
                                     timeIn: time, status: .onTime)
                if (try? store.append(record, basedOn: nil)) != nil { lock.withLock { count += 1 } }
                usleep(100_000)
            }
        }
        self.thread = thread
        thread.start()
    }

    func stop() {
        lock.withLock { stopped = true }
        while thread?.isFinished == false { usleep(5_000) }
    }
}
