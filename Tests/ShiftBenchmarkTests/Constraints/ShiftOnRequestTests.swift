import ShiftBenchmark
import Testing

/// Shift-on request (soft): the request's weight when the worker does not work the asked
/// shift that day, whether they work another shift or nothing.
@Suite struct ShiftOnRequestTests {
    let rule: ShiftOnRequest

    init() throws { rule = try registered(ShiftOnRequest.self) }

    @Test func workingTheAskedShiftCostsNothing() {
        var p = TinyProblem()
        p.requestOn(day: 2, "E", weight: 3)
        let r = p.roster("- - E - - - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        #expect(rule.violations(p.context, worker: 0, r).isEmpty)
    }

    /// Against ShiftOffRequest: here another shift costs too, and so does a day off; the
    /// off-request only costs when exactly its shift is worked.
    @Test func anotherShiftOrNothingCostsTheWeight() throws {
        let shiftOffRequest = try registered(ShiftOffRequest.self)
        var p = TinyProblem()
        p.requestOn(day: 2, "E", weight: 3)
        p.requestOff(day: 2, "E", weight: 3)
        let other = p.roster("- - L - - - -"), nothing = p.roster("- - - - - - -")
        #expect(rule.penalty(p.context, worker: 0, other) == 3)
        #expect(rule.penalty(p.context, worker: 0, nothing) == 3)
        #expect(shiftOffRequest.penalty(p.context, worker: 0, other) == 0)
        #expect(shiftOffRequest.penalty(p.context, worker: 0, nothing) == 0)
    }

    @Test func unmetRequestsAddUpTheirWeights() {
        var p = TinyProblem()
        p.requestOn(day: 0, "E", weight: 2)
        p.requestOn(day: 4, "L", weight: 5)
        p.requestOn(day: 6, "E", weight: 1)
        let r = p.roster("E - - - E - E")
        #expect(rule.penalty(p.context, worker: 0, r) == 5)
        let v = rule.violations(p.context, worker: 0, r)
        #expect(v.map(\.days) == [4...4])
        #expect(v.map(\.shift) == [p.shift("L")])
        #expect(v.map(\.penalty) == [5])
        #expect(v.allSatisfy { $0.person == 0 && $0.level == .soft && $0.constraint == "shift-on-request" })
        #expect(rule.penalty(p.context, worker: 0, p.roster("- - - - - - -")) == 8)
    }

    /// Two requests for one day cannot both be met: whichever shift is worked, the other costs.
    @Test func twoRequestsOnOneDay() {
        var p = TinyProblem()
        p.requestOn(day: 1, "E", weight: 2)
        p.requestOn(day: 1, "L", weight: 3)
        #expect(rule.penalty(p.context, worker: 0, p.roster("- E - - - - -")) == 3)
        #expect(rule.penalty(p.context, worker: 0, p.roster("- L - - - - -")) == 2)
        #expect(rule.penalty(p.context, worker: 0, p.roster("- - - - - - -")) == 5)
    }

    @Test func onlyTheWorkersOwnRequests() {
        var p = TinyProblem(workers: 2)
        p.requestOn(worker: 1, day: 3, "L", weight: 7)
        let r = p.roster("- - - - - - -", "- - - - - - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        #expect(rule.penalty(p.context, worker: 1, r) == 7)
    }

    @Test func messageNamesWorkerShiftAndDay() throws {
        var p = TinyProblem(workers: 2)
        p.requestOn(worker: 1, day: 5, "L", weight: 7)
        let v = try #require(rule.violations(p.context, worker: 1, p.roster("- - - - - L -", "- - - - - E -")).first)
        #expect(v.person == 1)
        expectMessage(v, names: ["Bob", "L"], days: [5])
    }
}
