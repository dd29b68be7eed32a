import ShiftBenchmark
import Testing

/// Maximum total minutes (hard): minutes worked over the worker's MaxTotalMinutes.
@Suite struct MaxTotalMinutesTests {
    let rule: MaxTotalMinutes

    init() throws { rule = try registered(MaxTotalMinutes.self) }

    func problem(max: Int) -> TinyProblem {
        var p = TinyProblem(workers: 2, days: 7, shifts: TinyProblem.earlyLateLong)   // E, L 480; N 720
        p.workers[0].maxTotalMinutes = max
        return p
    }

    @Test func exactlyAtTheLimitCostsNothing() {
        let p = problem(max: 1920)
        let r = p.roster("E L E L - - -")   // 4 × 480 = 1920
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        #expect(rule.violations(p.context, worker: 0, r).isEmpty)
        #expect(rule.penalty(p.context, worker: 0, p.roster("- - - - - - -")) == 0)
    }

    @Test func penaltyIsMinutesOver() {
        let p = problem(max: 1920)
        #expect(rule.penalty(p.context, worker: 0, p.roster("E L E L E - -")) == 480)    // 2400
        #expect(rule.penalty(p.context, worker: 0, p.roster("E L E N - - -")) == 240)    // 2160
        #expect(rule.penalty(p.context, worker: 0, p.roster("N N N N N N N")) == 3120)   // 5040
    }

    @Test func oneViolationWithTheMinutesOver() {
        let p = problem(max: 1000)
        let r = p.roster("N - - E - - -")   // 1200
        let v = rule.violations(p.context, worker: 0, r)
        #expect(v.count == 1)
        #expect(v.first?.penalty == 200)
        #expect(v.first?.person == 0)
        #expect(v.first?.level == .hard)
        #expect(v.first?.constraint == "max-total-minutes")
    }

    /// Against MaxShiftsPerType: a long shift type uses minutes without exceeding any count.
    /// Three N are within MaxShifts N = 3, but 3 × 720 = 2160 minutes are 240 over 1920.
    @Test func longShiftsUseMinutesWithinTheirCount() throws {
        let maxShiftsPerType = try registered(MaxShiftsPerType.self)
        var p = problem(max: 1920)
        p.workers[0].maxShifts = [7, 7, 3]
        let r = p.roster("N N N - - - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 240)
        #expect(maxShiftsPerType.penalty(p.context, worker: 0, r) == 0)   // the sibling does not see it
        // The same number of 480-minute shifts is within the minutes.
        #expect(rule.penalty(p.context, worker: 0, p.roster("E E E - - - -")) == 0)
    }

    @Test func eachWorkerAgainstTheirOwnLimit() {
        var p = problem(max: 960)
        p.workers[1].maxTotalMinutes = 2000
        let r = p.roster("E E E - - - -", "E E E - - - -")   // 1440 each
        #expect(rule.penalty(p.context, worker: 0, r) == 480)
        #expect(rule.penalty(p.context, worker: 1, r) == 0)
    }

    @Test func messageNamesWorkerTotalAndLimit() throws {
        var p = problem(max: 5000)
        p.workers[1].maxTotalMinutes = 1000
        let v = try #require(rule.violations(p.context, worker: 1, p.roster("- - - - - - -", "N N - - - - -")).first)
        #expect(v.person == 1)
        expectMessage(v, names: ["Bob"], numbers: [1440, 1000])
    }
}
