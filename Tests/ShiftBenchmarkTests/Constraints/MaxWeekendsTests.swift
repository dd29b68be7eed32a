import ShiftBenchmark
import Testing

/// Maximum weekends (hard): weekends worked over the worker's MaxWeekends. Day 0 is a
/// Monday, so weekend w is days 7w+5 (Saturday) and 7w+6 (Sunday); it counts as worked if
/// either day or both are worked.
@Suite struct MaxWeekendsTests {
    let rule: MaxWeekends

    init() throws { rule = try registered(MaxWeekends.self) }

    func problem(max: Int, days: Int = 14, workers: Int = 1) -> TinyProblem {
        var p = TinyProblem(workers: workers, days: days)
        p.workers[workers - 1].maxWeekends = max
        return p
    }

    /// Ann's penalty for one row under a given limit.
    func penalty(max: Int, days: Int = 14, _ row: String) -> Int {
        let p = problem(max: max, days: days)
        return rule.penalty(p.context, worker: 0, p.roster(row))
    }

    /// Saturday and Sunday of one week are one weekend, not two.
    @Test func bothDaysOfAWeekendCountOnce() {
        #expect(penalty(max: 1, "- - - - - E L | - - - - - - -") == 0)
        let p = problem(max: 0)
        let r = p.roster("- - - - - E L | - - - - - - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 1)
        #expect(penaltySum(rule.violations(p.context, worker: 0, r)) == 1)
    }

    /// A Sunday alone makes a worked weekend, and so does a Saturday alone.
    @Test func sundayOnlyAndSaturdayOnlyCount() {
        #expect(penalty(max: 0, "- - - - - - E | - - - - - - -") == 1)
        #expect(penalty(max: 0, "- - - - - - - | - - - - - L -") == 1)
    }

    @Test func weekdaysNeverCount() {
        let p = problem(max: 0)
        #expect(rule.penalty(p.context, worker: 0, p.roster("E E E E E - - | L L L L L - -")) == 0)
        #expect(rule.violations(p.context, worker: 0, p.roster("E E E E E - - | L L L L L - -")).isEmpty)
    }

    /// Sunday and the next Saturday belong to two different weekends; Sunday and the next
    /// Monday to one.
    @Test func weekendsAreSaturdayAndSundayOfOneWeek() {
        #expect(penalty(max: 0, "- - - - - - E | - - - - - E -") == 2)
        #expect(penalty(max: 0, "- - - - - - E | E - - - - - -") == 1)
    }

    @Test func exactlyAtTheLimitCostsNothing() {
        let all = "E E E E E E E | E E E E E E E"
        #expect(penalty(max: 2, all) == 0)
        #expect(penalty(max: 1, all) == 1)
        #expect(penalty(max: 0, all) == 2)
    }

    /// A horizon ending on a Saturday: that Saturday is a weekend of its own.
    @Test func aHorizonEndingOnSaturday() {
        #expect(penalty(max: 0, days: 13, "- - - - - - - | - - - - - E") == 1)
        #expect(penalty(max: 0, days: 13, "- - - - - - - | - - - - E -") == 0)
    }

    @Test func oneViolationWithTheWeekendsOver() {
        let p = problem(max: 1, days: 21)
        let r = p.roster("- - - - - E - | - - - - - - E | - - - - - E E")
        let v = rule.violations(p.context, worker: 0, r)
        #expect(v.count == 1)
        #expect(v.first?.penalty == 2)
        #expect(v.first?.person == 0)
        #expect(v.first?.level == .hard)
        #expect(v.first?.constraint == "max-weekends")
    }

    @Test func eachWorkerAgainstTheirOwnLimit() {
        let p = problem(max: 0, workers: 2)   // Ann keeps the generous limit
        let r = p.roster("- - - - - E E | - - - - - E E", "- - - - - - - | - - - - - - L")
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        #expect(rule.penalty(p.context, worker: 1, r) == 1)
    }

    /// The message names the worker and the counts. (It does not say which weekends; the
    /// violation carries no days either.)
    @Test func messageNamesWorkerCountAndLimit() throws {
        let p = problem(max: 1, days: 21, workers: 2)
        let r = p.roster("- - - - - - - | - - - - - - - | - - - - - - -", "- - - - - E - | - - - - - - E | - - - - - E E")
        let v = try #require(rule.violations(p.context, worker: 1, r).first)
        #expect(v.person == 1)
        expectMessage(v, names: ["Bob"], numbers: [3, 1])
    }
}
