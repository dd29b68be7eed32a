import ShiftBenchmark
import Testing

/// Minimum consecutive shifts (hard): per run of working days, days short of the worker's
/// MinConsecutiveShifts, summed over runs; runs starting on day 0 or ending on the last
/// day are exempt (unlimited working days are assumed outside the horizon).
@Suite struct MinConsecutiveShiftsTests {
    let rule: MinConsecutiveShifts

    init() throws { rule = try registered(MinConsecutiveShifts.self) }

    func problem(min: Int, workers: Int = 1) -> TinyProblem {
        var p = TinyProblem(workers: workers, days: 14)
        p.workers[workers - 1].minConsecutiveShifts = min
        return p
    }

    @Test func runsExactlyAtTheLimitCostNothing() {
        let p = problem(min: 3)
        let r = p.roster("- E E E - - L | L L - - - - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        #expect(rule.violations(p.context, worker: 0, r).isEmpty)
        #expect(rule.penalty(p.context, worker: 0, p.roster("- - - - - - - | - - - - - - -")) == 0)
    }

    @Test func penaltyIsDaysShortPerRun() {
        let p = problem(min: 3)
        // Day 2 alone (2 short), days 5–6 (1 short); E and L both count as working.
        let r = p.roster("- - E - - L E | - - - - - - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 3)
        let v = rule.violations(p.context, worker: 0, r)
        #expect(v.map(\.days) == [2...2, 5...6])
        #expect(v.map(\.penalty) == [2, 1])
        #expect(v.allSatisfy { $0.person == 0 && $0.level == .hard && $0.constraint == "min-consecutive-shifts" })
    }

    /// Against MaxConsecutiveShifts: a short run starting on day 0 or ending on the last day
    /// is exempt here, while the maximum rule measures edge runs as they stand.
    @Test func runsTouchingTheHorizonEdgesAreExempt() throws {
        let maxConsecutiveShifts = try registered(MaxConsecutiveShifts.self)
        let p = problem(min: 3)
        #expect(rule.penalty(p.context, worker: 0, p.roster("E - - - - - - | - - - - - - -")) == 0)
        #expect(rule.penalty(p.context, worker: 0, p.roster("E E - - - - - | - - - - - - L")) == 0)
        // The same single day one day in from either edge does cost.
        #expect(rule.penalty(p.context, worker: 0, p.roster("- E - - - - - | - - - - - - -")) == 2)
        #expect(rule.penalty(p.context, worker: 0, p.roster("- - - - - - - | - - - - - L -")) == 2)
        // And the maximum rule does not exempt an edge run.
        var q = p
        q.workers[0].maxConsecutiveShifts = 1
        #expect(maxConsecutiveShifts.penalty(q.context, worker: 0, q.roster("E E - - - - - | - - - - - - -")) == 1)
        #expect(rule.penalty(q.context, worker: 0, q.roster("E E - - - - - | - - - - - - -")) == 0)
    }

    /// Against MinConsecutiveDaysOff: this rule looks at runs of working days, not runs of
    /// days off. Single days off between long working runs cost nothing here.
    @Test func looksAtWorkingRunsNotDaysOff() throws {
        let minConsecutiveDaysOff = try registered(MinConsecutiveDaysOff.self)
        var p = problem(min: 3)
        p.workers[0].minConsecutiveDaysOff = 2
        let r = p.roster("- E E E - E E | E - E E E - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        #expect(minConsecutiveDaysOff.penalty(p.context, worker: 0, r) == 2)   // days 4 and 8 off alone
    }

    @Test func eachWorkerAgainstTheirOwnLimit() {
        let p = problem(min: 2, workers: 2)   // Ann keeps the minimum of 1
        let r = p.roster("- E - E - E - | E - E - E - -", "- E - - - - - | - - - - - - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        #expect(rule.penalty(p.context, worker: 1, r) == 1)
    }

    @Test func messageNamesWorkerAndDays() throws {
        let p = problem(min: 5, workers: 2)
        let r = p.roster("- - - - - - - | - - - - - - -", "- - - - - - - | - E E - - - -")
        let v = try #require(rule.violations(p.context, worker: 1, r).first)
        #expect(v.person == 1)
        #expect(v.penalty == 3)
        expectMessage(v, names: ["Bob"], days: [8, 9], numbers: [2, 5])
    }
}
