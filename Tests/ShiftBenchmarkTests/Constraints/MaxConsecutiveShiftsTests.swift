import ShiftBenchmark
import Testing

/// Maximum consecutive shifts (hard): per run of working days, days over the worker's
/// MaxConsecutiveShifts, summed over runs. Days just outside the horizon count as off.
@Suite struct MaxConsecutiveShiftsTests {
    let rule: MaxConsecutiveShifts

    init() throws { rule = try registered(MaxConsecutiveShifts.self) }

    func problem(max: Int, workers: Int = 1) -> TinyProblem {
        var p = TinyProblem(workers: workers, days: 14)
        p.workers[workers - 1].maxConsecutiveShifts = max
        return p
    }

    @Test func runsExactlyAtTheLimitCostNothing() {
        let p = problem(max: 4)
        let r = p.roster("- E E E E - E | E E L - - - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        #expect(rule.violations(p.context, worker: 0, r).isEmpty)
    }

    @Test func penaltyIsDaysOverPerRun() {
        let p = problem(max: 4)
        let r = p.roster("- - E E E E E | E - - - - - -")   // days 2–7, 6 days
        #expect(rule.penalty(p.context, worker: 0, r) == 2)
        let v = rule.violations(p.context, worker: 0, r)
        #expect(v.count == 1)
        #expect(v.first?.days == 2...7)
        #expect(v.first?.penalty == 2)
        #expect(v.first?.person == 0)
        #expect(v.first?.level == .hard)
        #expect(v.first?.constraint == "max-consecutive-shifts")
    }

    @Test func runsAddUpAndShiftTypesDoNotMatter() {
        let p = problem(max: 3)
        // Days 1–5 (5 days, 2 over) of mixed E and L, then days 7–10 (4 days, 1 over).
        let r = p.roster("- E E L L L - | E L L L - - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 3)
        let v = rule.violations(p.context, worker: 0, r)
        #expect(v.map(\.days) == [1...5, 7...10])
        #expect(v.map(\.penalty) == [2, 1])
    }

    /// Against MinConsecutiveShifts: a run that starts on day 0 or ends on the last day is
    /// NOT exempt here; it is measured as it stands. (The minimum rule exempts such runs.)
    @Test func runsTouchingTheHorizonEdgesAreNotExempt() throws {
        let minConsecutiveShifts = try registered(MinConsecutiveShifts.self)
        let p = problem(max: 4)
        #expect(rule.penalty(p.context, worker: 0, p.roster("E E E E E E - | - - - - - - -")) == 2)
        #expect(rule.penalty(p.context, worker: 0, p.roster("- - - - - - - | - - E E E E E")) == 1)
        #expect(rule.penalty(p.context, worker: 0, p.roster("E E E E E E E | E E E E E E E")) == 10)
        // The minimum rule exempts the same edge run: 6 days from day 0 are too many for a
        // maximum of 4 yet not too few for a minimum of 8.
        var q = p
        q.workers[0].minConsecutiveShifts = 8
        let edgeRun = q.roster("E E E E E E - | - - - - - - -")
        #expect(rule.penalty(q.context, worker: 0, edgeRun) == 2)
        #expect(minConsecutiveShifts.penalty(q.context, worker: 0, edgeRun) == 0)
    }

    @Test func eachWorkerAgainstTheirOwnLimit() {
        let p = problem(max: 2, workers: 2)   // Ann keeps the generous 14
        let r = p.roster("E E E E E E E | E E E E E E E", "E E E - - - - | - - - - - - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        #expect(rule.penalty(p.context, worker: 1, r) == 1)
    }

    @Test func messageNamesWorkerAndDays() throws {
        let p = problem(max: 4, workers: 2)
        let r = p.roster("- - - - - - - | - - - - - - -", "- - E E E E E | E - - - - - -")
        let v = try #require(rule.violations(p.context, worker: 1, r).first)
        #expect(v.person == 1)
        expectMessage(v, names: ["Bob"], days: [2, 7], numbers: [6, 4])
    }
}
