import ShiftBenchmark
import Testing

/// Days off (hard): one per listed day off on which the worker works any shift.
@Suite struct DaysOffTests {
    let rule: DaysOff

    init() throws { rule = try registered(DaysOff.self) }

    func problem(daysOff: Set<Int>, workers: Int = 1) -> TinyProblem {
        var p = TinyProblem(workers: workers, days: 7)
        p.workers[workers - 1].daysOff = daysOff
        return p
    }

    @Test func offOnTheListedDaysCostsNothing() {
        let p = problem(daysOff: [2, 5])
        let r = p.roster("E E - L L - E")
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        #expect(rule.violations(p.context, worker: 0, r).isEmpty)
    }

    @Test func anyShiftOnADayOffCostsOne() {
        let p = problem(daysOff: [2, 5])
        let r = p.roster("- - E - - L -")
        #expect(rule.penalty(p.context, worker: 0, r) == 2)
        let v = rule.violations(p.context, worker: 0, r)
        #expect(v.map(\.days) == [2...2, 5...5])
        #expect(v.map(\.shift) == [p.shift("E"), p.shift("L")])
        #expect(v.allSatisfy { $0.penalty == 1 && $0.person == 0 && $0.level == .hard && $0.constraint == "days-off" })
    }

    @Test func firstAndLastDay() {
        let p = problem(daysOff: [0, 6])
        #expect(rule.penalty(p.context, worker: 0, p.roster("E - - - - - L")) == 2)
        #expect(rule.penalty(p.context, worker: 0, p.roster("- E E E E E -")) == 0)
    }

    /// Against ShiftOffRequest: a day off is hard and forbids every shift, a shift-off
    /// request is soft and is about one shift. Working L on day 2 breaks the day off but
    /// not a request not to work E that day.
    @Test func hardForAnyShiftUnlikeAShiftOffRequest() throws {
        let shiftOffRequest = try registered(ShiftOffRequest.self)
        var p = problem(daysOff: [2])
        p.requestOff(day: 2, "E", weight: 5)
        let r = p.roster("- - L - - - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 1)
        #expect(rule.level == .hard)
        #expect(shiftOffRequest.penalty(p.context, worker: 0, r) == 0)
        #expect(shiftOffRequest.level == .soft)
    }

    @Test func eachWorkerHasTheirOwnDaysOff() {
        let p = problem(daysOff: [3], workers: 2)
        let r = p.roster("E E E E E E E", "- - - E - - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        #expect(rule.penalty(p.context, worker: 1, r) == 1)
    }

    @Test func messageNamesWorkerAndDay() throws {
        let p = problem(daysOff: [4], workers: 2)
        let v = try #require(rule.violations(p.context, worker: 1, p.roster("- - - - - - -", "- - - - L - -")).first)
        #expect(v.person == 1)
        expectMessage(v, names: ["Bob"], days: [4])
    }
}
