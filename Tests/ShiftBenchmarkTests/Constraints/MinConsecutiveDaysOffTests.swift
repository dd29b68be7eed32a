import ShiftBenchmark
import Testing

/// Minimum consecutive days off (hard): per run of days off, days short of the worker's
/// MinConsecutiveDaysOff, summed over runs; runs starting on day 0 or ending on the last
/// day are exempt (unlimited days off are assumed outside the horizon).
@Suite struct MinConsecutiveDaysOffTests {
    let rule: MinConsecutiveDaysOff

    init() throws { rule = try registered(MinConsecutiveDaysOff.self) }

    func problem(min: Int, workers: Int = 1) -> TinyProblem {
        var p = TinyProblem(workers: workers, days: 14)
        p.workers[workers - 1].minConsecutiveDaysOff = min
        return p
    }

    @Test func runsExactlyAtTheLimitCostNothing() {
        let p = problem(min: 2)
        let r = p.roster("E E - - E E E | - - L L L L L")
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        #expect(rule.violations(p.context, worker: 0, r).isEmpty)
        #expect(rule.penalty(p.context, worker: 0, p.roster("E E E E E E E | E E E E E E E")) == 0)
    }

    @Test func penaltyIsDaysShortPerRun() {
        let p = problem(min: 3)
        // Day 3 off alone (2 short), days 8–9 off (1 short).
        let r = p.roster("E E E - E E E | E - - E E E E")
        #expect(rule.penalty(p.context, worker: 0, r) == 3)
        let v = rule.violations(p.context, worker: 0, r)
        #expect(v.map(\.days) == [3...3, 8...9])
        #expect(v.map(\.penalty) == [2, 1])
        #expect(v.allSatisfy { $0.person == 0 && $0.level == .hard && $0.constraint == "min-consecutive-days-off" })
    }

    @Test func runsTouchingTheHorizonEdgesAreExempt() {
        let p = problem(min: 3)
        #expect(rule.penalty(p.context, worker: 0, p.roster("- E E E E E E | E E E E E E -")) == 0)
        #expect(rule.penalty(p.context, worker: 0, p.roster("- - E E E E E | E E E E E - -")) == 0)
        // One day in from either edge it costs.
        #expect(rule.penalty(p.context, worker: 0, p.roster("E - E E E E E | E E E E E E E")) == 2)
        #expect(rule.penalty(p.context, worker: 0, p.roster("E E E E E E E | E E E E E - E")) == 2)
    }

    /// Against MinConsecutiveShifts: this rule looks at runs of days off, not working runs.
    /// Single working days between long breaks cost nothing here.
    @Test func looksAtDaysOffNotWorkingRuns() throws {
        let minConsecutiveShifts = try registered(MinConsecutiveShifts.self)
        var p = problem(min: 3)
        p.workers[0].minConsecutiveShifts = 2
        let r = p.roster("E - - - E - - | - E - - - E E")
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        #expect(minConsecutiveShifts.penalty(p.context, worker: 0, r) == 2)   // days 4 and 8 worked alone
    }

    @Test func eachWorkerAgainstTheirOwnLimit() {
        let p = problem(min: 2, workers: 2)   // Ann keeps the minimum of 1
        let r = p.roster("E - E - E - E | - E - E - E E", "E - E E E E E | E E E E E E E")
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        #expect(rule.penalty(p.context, worker: 1, r) == 1)
    }

    @Test func messageNamesWorkerAndDays() throws {
        let p = problem(min: 4, workers: 2)
        let r = p.roster("- - - - - - - | - - - - - - -", "E E E E E E - | - E E E E E E")
        let v = try #require(rule.violations(p.context, worker: 1, r).first)
        #expect(v.person == 1)
        #expect(v.penalty == 2)
        expectMessage(v, names: ["Bob"], days: [6, 7], numbers: [2, 4])
    }
}
