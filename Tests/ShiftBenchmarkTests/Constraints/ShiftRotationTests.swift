import ShiftBenchmark
import Testing

/// Shift rotation (hard): with E and L where E may not follow L, an E the day after an L
/// costs 1 per such pair of days.
@Suite struct ShiftRotationTests {
    let rule: ShiftRotation

    init() throws { rule = try registered(ShiftRotation.self) }

    @Test func allowedSequencesCostNothing() {
        let p = TinyProblem()
        let c = p.context
        for row in ["- - - - - - -", "E E - L L - -", "E L L L - E E", "L L L L L L L"] {
            let r = p.roster(row)
            #expect(rule.penalty(c, worker: 0, r) == 0, "\(row)")
            #expect(rule.violations(c, worker: 0, r).isEmpty, "\(row)")
        }
    }

    @Test func earlyTheDayAfterLateCostsOne() {
        let p = TinyProblem()
        let c = p.context
        let r = p.roster("- - L E - - -")
        #expect(rule.penalty(c, worker: 0, r) == 1)
        let v = rule.violations(c, worker: 0, r)
        #expect(v.count == 1)
        #expect(v.first?.person == 0)
        #expect(v.first?.days == 2...3)
        #expect(v.first?.shift == p.shift("E"))
        #expect(v.first?.penalty == 1)
        #expect(v.first?.level == .hard)
        #expect(v.first?.constraint == "shift-rotation")
    }

    /// Direction matters: L then E is forbidden, E then L is fine.
    @Test func onlyTheForbiddenDirectionCosts() {
        let p = TinyProblem()
        let c = p.context
        #expect(rule.penalty(c, worker: 0, p.roster("E L - - - - -")) == 0)
        #expect(rule.penalty(c, worker: 0, p.roster("L E - - - - -")) == 1)
    }

    /// Only consecutive days: a day off between L and E breaks the chain, and the last day
    /// does not wrap round to the first (days outside the horizon are off).
    @Test func onlyConsecutiveDaysInsideTheHorizon() {
        let p = TinyProblem()
        let c = p.context
        #expect(rule.penalty(c, worker: 0, p.roster("L - E - - - -")) == 0)
        #expect(rule.penalty(c, worker: 0, p.roster("E - - - - - L")) == 0)
        #expect(rule.penalty(c, worker: 0, p.roster("- - - - - L E")) == 1)
    }

    @Test func eachForbiddenPairCountsOnce() {
        let p = TinyProblem()
        let c = p.context
        let r = p.roster("L E L E L E -")
        #expect(rule.penalty(c, worker: 0, r) == 3)
        let v = rule.violations(c, worker: 0, r)
        #expect(v.map(\.days) == [0...1, 2...3, 4...5])
        #expect(penaltySum(v) == 3)
    }

    @Test func aShiftThatCannotFollowItself() {
        var p = TinyProblem(shifts: TinyProblem.earlyLateLong)
        p.shifts[2].cannotFollow = [2]   // no N two days running
        let c = p.context
        #expect(rule.penalty(c, worker: 0, p.roster("N - N - N - -")) == 0)
        #expect(rule.penalty(c, worker: 0, p.roster("N N N - - - -")) == 2)
        // E after N is allowed here: only N's own list is looked at.
        #expect(rule.penalty(c, worker: 0, p.roster("N E - - - - -")) == 0)
    }

    @Test func looksOnlyAtTheGivenWorker() {
        let p = TinyProblem(workers: 2)
        let c = p.context
        let r = p.roster("E E E E E E E", "E E L E - - -")
        #expect(rule.penalty(c, worker: 0, r) == 0)
        #expect(rule.penalty(c, worker: 1, r) == 1)
        #expect(rule.violations(c, worker: 1, r).map(\.person) == [1])
    }

    @Test func messageNamesWorkerShiftsAndDays() throws {
        let p = TinyProblem(workers: 2)
        let c = p.context
        let v = try #require(rule.violations(c, worker: 1, p.roster("- - - - - - -", "- - - L E - -")).first)
        // Both languages name both days.
        expectMessage(v, names: ["Bob", "L", "E"], days: [3, 4])
    }
}
