import DutyApp
import DutyEngine
import DutyModel
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
    public static func run(small: Bool, keys: Int, seed: UInt64, size: String, _ console: Console) throws {
        let parts = size.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2 else { throw CLIError("--size must look like 132x43") }
        let clock = ContinuousClock()
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
        var startups: [Double] = []
        var state: AppState?
        for _ in 0..<5 {
            let began = clock.now
            let db = try AppDatabase.open(path: path, create: false)
            let loaded = try db.loadDirectory()
            let firstDay = SampleCity.referenceDate
            let assignments = try db.assignments(from: firstDay.adding(days: -1), to: firstDay.adding(days: 7))
            var s = AppState(directory: loaded, assignments: assignments, firstDay: firstDay, days: 7, language: .zh,
                             width: parts[0], height: parts[1])
            s.recheck()
            let frame = render(s)
            _ = frame.changedRows(since: nil)
            startups.append(began.duration(to: clock.now).seconds)
            s.status = nil
            state = s
        }
        guard var state else { return }
        // Keystrokes: a seeded walk over the board, slots, people, help and back.
        let walk: [Key] = [.down, .down, .right, .up, .left, .pageDown, .character("]"), .character("["), .character("}"),
                           .character("{"), .character("t"), .enter, .down, .down, .escape, .character("?"), .escape,
                           .character("P"), .down, .enter, .escape, .escape, .character("A"), .end, .home]
        var rng = SeededRandom(seed: seed)
        var times: [Double] = []
        var frames = FrameTimer(previous: render(state))
        var perKey: [String: [Double]] = [:]
        for _ in 0..<keys {
            let key = walk[Int(rng.next() % UInt64(walk.count))]
            let t = frames.time(&state, .key(key))
            times.append(t)
            perKey[key.spec, default: []].append(t)
        }
        times.sort()
        console.out("\(small ? "small sample" : "city"): \(directory.people.count) people, \(directory.posts.count) posts, \(state.assignments.count) assignments; \(parts[0])x\(parts[1])")
        console.out("start to first frame (open, load, state, render): median \(ms(startups.sorted()[2])), max \(ms(startups.max() ?? 0))")
        console.out("keystroke to finished frame, \(times.count) keys: p50 \(ms(pct(times, 0.5))), p99 \(ms(pct(times, 0.99))), max \(ms(times.last ?? 0))")
        for (key, list) in perKey.sorted(by: { $0.key < $1.key }) {
            let sorted = list.sorted()
            console.out("  \(DisplayWidth.pad(key, to: 9)) n=\(sorted.count)  p50 \(ms(pct(sorted, 0.5)))  p99 \(ms(pct(sorted, 0.99)))")
        }
        desk(&state, &frames, console)
    }

    /// The duty desk at 08:50 on the first day, everyone's people: each person on duty found by
    /// typing their pinyin initials key by key, then Enter (the check-in's record is appended to
    /// the state; the store is not part of this figure); then F5 on people not yet there.
    static func desk(_ state: inout AppState, _ frames: inout FrameTimer, _ console: Console) {
        let clock = ContinuousClock()
        _ = reduce(&state, .tick(LocalDateTime(date: SampleCity.referenceDate, time: TimeOfDay(hour: 8, minute: 50) ?? .midnight)))
        state.board.compound = nil
        let opened = clock.now
        state.openDesk()
        frames.previous = render(state)
        let openTime = opened.duration(to: clock.now).seconds
        let onDuty = state.deskLines
        var deskTimes: [Double] = [], enterTimes: [Double] = []
        for line in onDuty.prefix(200) {
            for c in Pinyin.initials(of: line.person.name) { deskTimes.append(frames.time(&state, .key(.character(c)))) }
            enterTimes.append(frames.time(&state, .key(.enter)))
        }
        // F5 on someone not yet here: the no-show, the engine's replan and the candidates, then Esc.
        var noShowTimes: [Double] = []
        state.desk.query = ""
        for line in state.deskLines.filter({ $0.state == .overdue || $0.state == .expected }).prefix(20) {
            state.desk.query = ""
            for c in line.person.id.rawValue { _ = reduce(&state, .key(.character(c))) }
            frames.previous = render(state)
            noShowTimes.append(frames.time(&state, .key(.function(5))))
            _ = reduce(&state, .key(.escape))
        }
        noShowTimes.sort()
        deskTimes.sort()
        enterTimes.sort()
        guard !deskTimes.isEmpty && !enterTimes.isEmpty else { return }
        console.out("desk: opened in \(ms(openTime)) (pinyin of every name), \(onDuty.count) people on duty at 08:50")
        console.out("  typed key to frame, \(deskTimes.count) keys: p50 \(ms(pct(deskTimes, 0.5))), p99 \(ms(pct(deskTimes, 0.99))), max \(ms(deskTimes.last ?? 0))")
        console.out("  Enter (check-in) to frame, \(enterTimes.count) keys: p50 \(ms(pct(enterTimes, 0.5))), p99 \(ms(pct(enterTimes, 0.99))), max \(ms(enterTimes.last ?? 0))")
        if !noShowTimes.isEmpty {
            console.out("  F5 (no-show, replan, standbys) to frame, \(noShowTimes.count) keys: p50 \(ms(pct(noShowTimes, 0.5))), max \(ms(noShowTimes.last ?? 0))")
        }
    }

    static func ms(_ t: Double) -> String { String(format: "%.2f ms", t * 1000) }

    /// The `p` quantile of sorted times.
    static func pct(_ list: [Double], _ p: Double) -> Double { list[min(list.count - 1, Int(Double(list.count) * p))] }

    /// Times one action from the key to the finished frame: reduce, render and the row diff
    /// against the frame before.
    struct FrameTimer {
        var previous: ScreenBuffer

        mutating func time(_ state: inout AppState, _ action: AppAction) -> Double {
            let clock = ContinuousClock()
            let began = clock.now
            _ = reduce(&state, action)
            let frame = render(state)
            _ = frame.changedRows(since: previous)
            previous = frame
            return began.duration(to: clock.now).seconds
        }
    }
}
