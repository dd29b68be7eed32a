@testable import ShiftBenchmark
import Testing

/// The whole-row rebuild finds, for each worker, a row at least as good as the one they have
/// (theirs is one of the rows it considers) and that keeps every hard rule.
@Suite(.enabled(if: BenchmarkFiles.available, "the benchmark folder is not beside the package"))
struct WorkerDPTests {
    /// An instance, its published roster, and the row DP over it.
    static func published(_ instance: Int) throws -> (Problem, Roster, Context, WorkerDP) {
        let p = try BenchmarkFiles.instance(instance)
        let (published, _) = try RosterFile.read(path: "\(BenchmarkFiles.folder)/reference-solutions/Instance\(instance).csv",
                                                 problem: p)
        let c = Context(p)
        return (p, published, c, WorkerDP(FastModel(c), c))
    }

    @Test(arguments: [1, 2, 4, 8])
    func rebuildingAnyWorkerOfAPublishedRosterNeverMakesItWorse(_ instance: Int) throws {
        let (p, published, c, dp) = try Self.published(instance)
        let counts = Evaluator.counts(published, shifts: p.shifts.count)
        let before = Evaluator.score(c, published)
        var rebuilt = 0
        for w in 0..<p.workers.count {
            guard let row = dp.bestRow(w, roster: published, counts: counts) else { continue }
            rebuilt += 1
            var r = published
            for d in 0..<p.days { r[w, d] = row[d] < 0 ? nil : row[d] }
            let after = Evaluator.score(c, r)
            #expect(after.hard == 0, "worker \(w): \(Evaluator.violations(c, r).filter { $0.level == .hard })")
            #expect(after.soft <= before.soft, "worker \(w)")
        }
        // A rebuild is skipped where its state space is too large (a few of instance 8's workers,
        // whose most limited shift type allows 14) or where the row breaks another type's limit.
        #expect(rebuilt * 10 >= p.workers.count * 9, "rebuilt \(rebuilt) of \(p.workers.count)")
        if instance != 8 { #expect(rebuilt == p.workers.count) }
    }

    /// A window rebuild changes only the window's days, keeps every hard rule (across the
    /// window's edges too: runs joined to the days before and after, time, weekends and
    /// shift-type limits counted with the days outside) and is never worse than the row it
    /// replaces, for every worker and every window of one, two and three weeks.
    @Test(arguments: [1, 4, 8])
    func aWindowRebuildChangesOnlyItsDaysAndKeepsEveryHardRule(_ instance: Int) throws {
        let (p, published, c, dp) = try Self.published(instance)
        let counts = Evaluator.counts(published, shifts: p.shifts.count)
        let before = Evaluator.score(c, published)
        var windows = 0, rebuilt = 0
        for w in 0..<p.workers.count {
            for a in stride(from: 0, to: p.days, by: 7) {
                for length in [7, 14, 21] where a + length <= p.days {
                    windows += 1
                    guard let row = dp.bestRow(w, roster: published, counts: counts, window: a..<a + length) else { continue }
                    rebuilt += 1
                    var r = published
                    for d in 0..<p.days {
                        if d < a || d >= a + length { #expect(row[d] == published.raw(w, d), "worker \(w), day \(d) outside \(a)..<\(a + length)") }
                        r[w, d] = row[d] < 0 ? nil : row[d]
                    }
                    let after = Evaluator.score(c, r)
                    #expect(after.hard == 0, "worker \(w), window \(a)..<\(a + length): \(Evaluator.violations(c, r).filter { $0.level == .hard })")
                    #expect(after.soft <= before.soft, "worker \(w), window \(a)..<\(a + length)")
                }
            }
        }
        // The published row is always a candidate, so no window is skipped for want of one.
        #expect(windows > 0 && rebuilt == windows, "rebuilt \(rebuilt) of \(windows)")
    }

    /// A worker whose window was emptied (breaking the minimum time and the run rules) gets a
    /// row that keeps every hard rule back from a window rebuild over those days.
    @Test(arguments: [1, 4, 8])
    func aWindowRebuildRepairsAnEmptiedWindow(_ instance: Int) throws {
        let (p, published, c, dp) = try Self.published(instance)
        var broken = 0
        for w in 0..<p.workers.count {
            var r = published
            for d in 7..<14 { r[w, d] = nil }
            guard Evaluator.score(c, r).hard > 0 else { continue }
            broken += 1
            let counts = Evaluator.counts(r, shifts: p.shifts.count)
            let row = try #require(dp.bestRow(w, roster: r, counts: counts, window: 7..<14), "worker \(w)")
            for d in 7..<14 { r[w, d] = row[d] < 0 ? nil : row[d] }
            #expect(Evaluator.score(c, r).hard == 0, "worker \(w): \(Evaluator.violations(c, r).filter { $0.level == .hard })")
        }
        #expect(broken > 0)
    }

    /// Over the whole horizon a window rebuild is the whole-row rebuild.
    @Test(arguments: [1, 2, 4])
    func aWindowOverTheWholeHorizonIsTheWholeRowRebuild(_ instance: Int) throws {
        let (p, published, _, dp) = try Self.published(instance)
        let counts = Evaluator.counts(published, shifts: p.shifts.count)
        for w in 0..<p.workers.count {
            let whole = dp.bestRow(w, roster: published, counts: counts)
            let window = dp.bestRow(w, roster: published, counts: counts, window: 0..<p.days)
            #expect(whole != nil && whole == window, "worker \(w)")
        }
    }

    /// A rebuild with a slack keeps every hard rule, is never worse than the row it replaces
    /// (which is one of its candidates), and keeps the row's running time within the slack of
    /// the old row's at every day: what tells it from the whole-row rebuild.
    @Test(arguments: [1, 4, 8])
    func aRebuildWithASlackKeepsTheRunningTimeNearTheRowsOwn(_ instance: Int) throws {
        let (p, published, c, dp) = try Self.published(instance)
        let longest = p.shifts.map(\.minutes).max() ?? 0
        // From a roster with everyone's first week emptied: the rebuilds have work to do.
        var start = published
        for w in 0..<p.workers.count { for d in 0..<7 { start[w, d] = nil } }
        let counts = Evaluator.counts(start, shifts: p.shifts.count)
        var rebuilt = 0, apart = 0
        for w in 0..<p.workers.count {
            for slack in [1, 2] {
                guard let row = dp.bestRow(w, roster: start, counts: counts, slack: slack) else { continue }
                rebuilt += 1
                var r = start
                var oldTime = 0, newTime = 0, widest = 0
                for d in 0..<p.days {
                    r[w, d] = row[d] < 0 ? nil : row[d]
                    oldTime += start.raw(w, d) < 0 ? 0 : p.shifts[start.raw(w, d)].minutes
                    newTime += row[d] < 0 ? 0 : p.shifts[row[d]].minutes
                    widest = max(widest, abs(newTime - oldTime))
                }
                #expect(widest <= slack * longest, "worker \(w), slack \(slack): running time \(widest) min apart")
                let whole = dp.bestRow(w, roster: start, counts: counts)
                if let whole, whole != row { apart += 1 }
                let hard = Evaluator.violations(c, r).filter { $0.level == .hard && $0.person == w }
                if Evaluator.violations(c, start).allSatisfy({ $0.level == .soft || $0.person != w }) {
                    #expect(hard.isEmpty, "worker \(w), slack \(slack): \(hard)")
                    #expect(Evaluator.score(c, r).soft <= Evaluator.score(c, start).soft, "worker \(w), slack \(slack)")
                }
            }
        }
        #expect(rebuilt > 0 && apart > 0, "rebuilt \(rebuilt), unlike the whole-row rebuild \(apart)")
    }
}
