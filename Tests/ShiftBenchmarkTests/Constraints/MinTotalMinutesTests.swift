import ShiftBenchmark
import Testing

/// Minimum total minutes (hard): minutes short of the worker's MinTotalMinutes.
@Suite struct MinTotalMinutesTests {
    let rule: MinTotalMinutes

    init() throws { rule = try registered(MinTotalMinutes.self) }

    func problem(min: Int) -> TinyProblem {
        var p = TinyProblem(workers: 2, days: 7, shifts: TinyProblem.earlyLateLong)   // E, L 480; N 720
        p.workers[0].minTotalMinutes = min
        return p
    }

    @Test func exactlyAtTheLimitCostsNothing() {
        let p = problem(min: 1920)
        let r = p.roster("E L E L - - -")   // 1920
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        #expect(rule.violations(p.context, worker: 0, r).isEmpty)
    }

    @Test func penaltyIsMinutesShort() {
        let p = problem(min: 1920)
        #expect(rule.penalty(p.context, worker: 0, p.roster("E L E - - - -")) == 480)    // 1440
        #expect(rule.penalty(p.context, worker: 0, p.roster("N - E - - - -")) == 720)    // 1200
        #expect(rule.penalty(p.context, worker: 0, p.roster("- - - - - - -")) == 1920)   // nothing worked
    }

    @Test func zeroMinimumNeverCosts() {
        let p = problem(min: 0)
        #expect(rule.penalty(p.context, worker: 0, p.roster("- - - - - - -")) == 0)
    }

    /// Against MaxTotalMinutes: the same sum, the other direction. Working more than the
    /// minimum never costs here, however much it is.
    @Test func onlyShortCostsNotOver() throws {
        let maxTotalMinutes = try registered(MaxTotalMinutes.self)
        var p = problem(min: 1920)
        p.workers[0].maxTotalMinutes = 1920
        let over = p.roster("N N N N N N N")   // 5040
        #expect(rule.penalty(p.context, worker: 0, over) == 0)
        #expect(maxTotalMinutes.penalty(p.context, worker: 0, over) == 3120)   // the sibling does
        let short = p.roster("E - - - - - -")  // 480
        #expect(rule.penalty(p.context, worker: 0, short) == 1440)
        #expect(maxTotalMinutes.penalty(p.context, worker: 0, short) == 0)
    }

    @Test func oneViolationWithTheMinutesShort() {
        let p = problem(min: 2000)
        let v = rule.violations(p.context, worker: 0, p.roster("N N - - - - -"))   // 1440
        #expect(v.count == 1)
        #expect(v.first?.penalty == 560)
        #expect(v.first?.person == 0)
        #expect(v.first?.level == .hard)
        #expect(v.first?.constraint == "min-total-minutes")
    }

    @Test func messageNamesWorkerTotalAndLimit() throws {
        var p = problem(min: 0)
        p.workers[1].minTotalMinutes = 3000
        let r = p.roster("- - - - - - -", "N - E - - - -")   // Bob: 1200
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        let v = try #require(rule.violations(p.context, worker: 1, r).first)
        #expect(v.person == 1)
        expectMessage(v, names: ["Bob"], numbers: [1200, 3000])
    }
}
