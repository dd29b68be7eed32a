import ShiftBenchmark
import Testing

/// Minimal change (soft): each day whose shift differs from the published roster costs
/// changeWeight — a shift added, removed or swapped for another all count once.
@Suite struct MinimalChangeTests {
    let rule: MinimalChange

    init() throws { rule = try registered(MinimalChange.self) }

    func problem(weight: Int = 50) -> TinyProblem {
        var p = TinyProblem(workers: 2)
        p.published = p.roster("E E - - L L -", "- - E E - - -")
        p.changeWeight = weight
        return p
    }

    @Test func theSameRosterCostsNothing() {
        let p = problem()
        let r = p.roster("E E - - L L -", "- - E E - - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        #expect(rule.penalty(p.context, worker: 1, r) == 0)
    }

    @Test func addedRemovedAndSwappedDaysEachCostOnce() {
        let p = problem()
        // day 0 removed, day 2 added, day 4 changed from L to E
        let r = p.roster("- E E - E L -", "- - E E - - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 150)
        #expect(rule.violations(p.context, worker: 0, r).map(\.days) == [0...0, 2...2, 4...4])
    }

    @Test func withoutAPublishedRosterOrWeightNothingCounts() {
        // Tells it apart from the request rules: it compares with a whole roster, not single wishes.
        var p = problem(weight: 0)
        let r = p.roster("- - - - - - -", "E E E E E E E")
        #expect(rule.penalty(p.context, worker: 1, r) == 0)
        p.changeWeight = 10
        p.published = nil
        #expect(rule.penalty(p.context, worker: 1, r) == 0)
    }

    @Test func messagesNameWorkerDayAndShifts() throws {
        let p = problem()
        let v = try #require(rule.violations(p.context, worker: 1, p.roster("E E - - L L -", "- - L E - - -")).first)
        #expect(v.level == .soft && v.penalty == 50)
        expectMessage(v, names: ["Bob", "E", "L"], days: [2])
    }
}
