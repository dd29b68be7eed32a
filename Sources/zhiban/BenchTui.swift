import ArgumentParser
import DutyApp
import DutyEngine
import DutyModel
import DutySample
import DutyStore
import Foundation
import TerminalKit

/// `zhiban bench tui`: how fast the interface answers on the city — start to first frame, and
/// keystroke to finished frame (reduce, render, and the row diff the terminal backend draws).
struct BenchTui: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Time the interface on the city: start to first frame, keystroke to finished frame.")

    @Flag(help: "The small sample instead of the city.")
    var small = false

    @Option(help: "Keystrokes to time.")
    var keys = 3_000

    @Option(help: "Random seed of the keystrokes.")
    var seed: UInt64 = 1

    @Option(help: "Terminal size, e.g. 132x43.")
    var size = "132x43"

    func run() throws {
        let parts = size.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2 else { throw CLIError("--size must look like 132x43") }
        let clock = ContinuousClock()
        func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
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
            startups.append(seconds(began.duration(to: clock.now)))
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
        var previous = render(state)
        var perKey: [String: [Double]] = [:]
        for _ in 0..<keys {
            let key = walk[Int(rng.next() % UInt64(walk.count))]
            let began = clock.now
            _ = reduce(&state, .key(key))
            let frame = render(state)
            _ = frame.changedRows(since: previous)
            let t = seconds(began.duration(to: clock.now))
            times.append(t)
            perKey[key.spec, default: []].append(t)
            previous = frame
        }
        times.sort()
        func ms(_ t: Double) -> String { String(format: "%.2f ms", t * 1000) }
        func pct(_ list: [Double], _ p: Double) -> Double { list[min(list.count - 1, Int(Double(list.count) * p))] }
        print("\(small ? "small sample" : "city"): \(directory.people.count) people, \(directory.posts.count) posts, \(state.assignments.count) assignments; \(parts[0])x\(parts[1])")
        print("start to first frame (open, load, state, render): median \(ms(startups.sorted()[2])), max \(ms(startups.max() ?? 0))")
        print("keystroke to finished frame, \(times.count) keys: p50 \(ms(pct(times, 0.5))), p99 \(ms(pct(times, 0.99))), max \(ms(times.last ?? 0))")
        for (key, list) in perKey.sorted(by: { $0.key < $1.key }) {
            let sorted = list.sorted()
            print("  \(DisplayWidth.pad(key, to: 9)) n=\(sorted.count)  p50 \(ms(pct(sorted, 0.5)))  p99 \(ms(pct(sorted, 0.99)))")
        }

        // The duty desk at 08:50 on the first day, everyone's people: each person on duty found
        // by typing their pinyin initials key by key, then Enter (the check-in's record is
        // appended to the state; the store is not part of this figure).
        _ = reduce(&state, .tick(LocalDateTime(date: SampleCity.referenceDate, time: TimeOfDay(hour: 8, minute: 50) ?? .midnight)))
        state.board.compound = nil
        let opened = clock.now
        state.openDesk()
        previous = render(state)
        let openTime = seconds(opened.duration(to: clock.now))
        let onDuty = state.deskLines
        var deskTimes: [Double] = [], enterTimes: [Double] = []
        for line in onDuty.prefix(200) {
            for c in Pinyin.initials(of: line.person.name) {
                let began = clock.now
                _ = reduce(&state, .key(.character(c)))
                let frame = render(state)
                _ = frame.changedRows(since: previous)
                deskTimes.append(seconds(began.duration(to: clock.now)))
                previous = frame
            }
            let began = clock.now
            _ = reduce(&state, .key(.enter))
            let frame = render(state)
            _ = frame.changedRows(since: previous)
            enterTimes.append(seconds(began.duration(to: clock.now)))
            previous = frame
        }
        // F5 on someone not yet here: the no-show, the engine's replan and the candidates, then Esc.
        var noShowTimes: [Double] = []
        state.desk.query = ""
        for line in state.deskLines.filter({ $0.state == .overdue || $0.state == .expected }).prefix(20) {
            state.desk.query = ""
            for c in line.person.id.rawValue { _ = reduce(&state, .key(.character(c))) }
            previous = render(state)
            let began = clock.now
            _ = reduce(&state, .key(.function(5)))
            let frame = render(state)
            _ = frame.changedRows(since: previous)
            noShowTimes.append(seconds(began.duration(to: clock.now)))
            previous = frame
            _ = reduce(&state, .key(.escape))
        }
        noShowTimes.sort()
        deskTimes.sort()
        enterTimes.sort()
        if !deskTimes.isEmpty && !enterTimes.isEmpty {
            print("desk: opened in \(ms(openTime)) (pinyin of every name), \(onDuty.count) people on duty at 08:50")
            print("  typed key to frame, \(deskTimes.count) keys: p50 \(ms(pct(deskTimes, 0.5))), p99 \(ms(pct(deskTimes, 0.99))), max \(ms(deskTimes.last ?? 0))")
            print("  Enter (check-in) to frame, \(enterTimes.count) keys: p50 \(ms(pct(enterTimes, 0.5))), p99 \(ms(pct(enterTimes, 0.99))), max \(ms(enterTimes.last ?? 0))")
            if !noShowTimes.isEmpty {
                print("  F5 (no-show, replan, standbys) to frame, \(noShowTimes.count) keys: p50 \(ms(pct(noShowTimes, 0.5))), max \(ms(noShowTimes.last ?? 0))")
            }
        }
    }
}
