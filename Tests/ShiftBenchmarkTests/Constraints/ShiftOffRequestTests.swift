import ShiftBenchmark
import Testing

/// Shift-off request (soft): the request's weight when the worker works exactly the shift
/// they asked not to work that day.
@Suite struct ShiftOffRequestTests {
    let rule: ShiftOffRequest

    init() throws { rule = try registered(ShiftOffRequest.self) }

    @Test func workingThatShiftCostsTheWeight() {
        var p = TinyProblem()
        p.requestOff(day: 3, "L", weight: 4)
        let r = p.roster("- - - L - - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 4)
        let v = rule.violations(p.context, worker: 0, r)
        #expect(v.count == 1)
        #expect(v.first?.days == 3...3)
        #expect(v.first?.shift == p.shift("L"))
        #expect(v.first?.penalty == 4)
        #expect(v.first?.person == 0)
        #expect(v.first?.level == .soft)
        #expect(v.first?.constraint == "shift-off-request")
    }

    /// Against ShiftOnRequest (where another shift or nothing costs) and against DaysOff
    /// (where any shift costs): only exactly the named shift costs here.
    @Test func anotherShiftOrNothingCostsNothing() throws {
        let daysOff = try registered(DaysOff.self)
        var p = TinyProblem()
        p.requestOff(day: 3, "L", weight: 4)
        let other = p.roster("- - - E - - -"), nothing = p.roster("- - - - - - -")
        #expect(rule.penalty(p.context, worker: 0, other) == 0)
        #expect(rule.penalty(p.context, worker: 0, nothing) == 0)
        #expect(rule.violations(p.context, worker: 0, other).isEmpty)
        p.workers[0].daysOff = [3]
        #expect(daysOff.penalty(p.context, worker: 0, other) == 1)
    }

    @Test func onlyTheRequestedDay() {
        var p = TinyProblem()
        p.requestOff(day: 3, "L", weight: 4)
        #expect(rule.penalty(p.context, worker: 0, p.roster("L L L - L L L")) == 0)
    }

    @Test func metRequestsAddUpTheirWeights() {
        var p = TinyProblem()
        p.requestOff(day: 0, "E", weight: 2)
        p.requestOff(day: 4, "L", weight: 5)
        p.requestOff(day: 6, "E", weight: 1)
        let r = p.roster("E - - - L - E")
        #expect(rule.penalty(p.context, worker: 0, r) == 8)
        let v = rule.violations(p.context, worker: 0, r)
        #expect(v.map(\.days) == [0...0, 4...4, 6...6])
        #expect(v.map(\.penalty) == [2, 5, 1])
        #expect(rule.penalty(p.context, worker: 0, p.roster("L - - - E - L")) == 0)
    }

    @Test func onlyTheWorkersOwnRequests() {
        var p = TinyProblem(workers: 2)
        p.requestOff(worker: 1, day: 3, "L", weight: 7)
        let r = p.roster("- - - L - - -", "- - - L - - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        #expect(rule.penalty(p.context, worker: 1, r) == 7)
    }

    @Test func messageNamesWorkerShiftAndDay() throws {
        var p = TinyProblem(workers: 2)
        p.requestOff(worker: 1, day: 5, "E", weight: 7)
        let v = try #require(rule.violations(p.context, worker: 1, p.roster("- - - - - - -", "- - - - - E -")).first)
        #expect(v.person == 1)
        expectMessage(v, names: ["Bob", "E"], days: [5])
    }
}
