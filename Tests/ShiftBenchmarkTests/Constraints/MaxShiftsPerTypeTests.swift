import ShiftBenchmark
import Testing

/// Maximum shifts per type (hard): per shift type, shifts over the worker's MaxShifts.
@Suite struct MaxShiftsPerTypeTests {
    let rule: MaxShiftsPerType

    init() throws { rule = try registered(MaxShiftsPerType.self) }

    func problem(e: Int, l: Int) -> TinyProblem {
        var p = TinyProblem(days: 14)
        p.workers[0].maxShifts = [e, l]
        return p
    }

    @Test func exactlyAtTheLimitCostsNothing() {
        let p = problem(e: 3, l: 2)
        let r = p.roster("E E E L L - - | - - - - - - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        #expect(rule.violations(p.context, worker: 0, r).isEmpty)
    }

    @Test func oneOverCostsOne() {
        let p = problem(e: 3, l: 2)
        let r = p.roster("E E E - - - - | E - - - - - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 1)
        let v = rule.violations(p.context, worker: 0, r)
        #expect(v.count == 1)
        #expect(v.first?.shift == p.shift("E"))
        #expect(v.first?.penalty == 1)
        #expect(v.first?.person == 0)
        #expect(v.first?.level == .hard)
        #expect(v.first?.constraint == "max-shifts-per-type")
    }

    @Test func eachTypeCountsAgainstItsOwnLimit() {
        let p = problem(e: 3, l: 2)
        // 5 E (2 over) and 3 L (1 over): penalties add up over the types.
        let r = p.roster("E E E E E - - | L L L - - - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 3)
        let v = rule.violations(p.context, worker: 0, r)
        #expect(v.map(\.shift) == [p.shift("E"), p.shift("L")])
        #expect(v.map(\.penalty) == [2, 1])
    }

    @Test func zeroMeansNeverThatType() {
        let p = problem(e: 14, l: 0)
        #expect(rule.penalty(p.context, worker: 0, p.roster("E E E E E E E | E E E E E E E")) == 0)
        #expect(rule.penalty(p.context, worker: 0, p.roster("- - - - - - - | - - - - - - L")) == 1)
    }

    /// Against MaxTotalMinutes: a long shift type uses up minutes without exceeding any
    /// count. Three N (720 minutes) are within MaxShifts N = 3 although 2160 minutes are
    /// over a 1920-minute limit; this rule does not look at minutes at all.
    @Test func countsShiftsNotMinutes() throws {
        let maxTotalMinutes = try registered(MaxTotalMinutes.self)
        var p = TinyProblem(days: 7, shifts: TinyProblem.earlyLateLong)
        p.workers[0].maxShifts = [7, 7, 3]
        p.workers[0].maxTotalMinutes = 1920
        let r = p.roster("N N N - - - -")
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        #expect(maxTotalMinutes.penalty(p.context, worker: 0, r) == 240)   // the sibling does see it
        #expect(rule.penalty(p.context, worker: 0, p.roster("N N N N - - -")) == 1)
    }

    @Test func messageNamesWorkerShiftCountAndLimit() throws {
        var p = TinyProblem(workers: 2, days: 14)
        p.workers[1].maxShifts = [14, 2]
        let r = p.roster("L L L L L L L | L L L L L L L", "- - - L L L - | - - - - L L -")
        #expect(rule.penalty(p.context, worker: 0, r) == 0)
        let v = try #require(rule.violations(p.context, worker: 1, r).first)
        #expect(v.person == 1)
        #expect(v.penalty == 3)
        expectMessage(v, names: ["Bob", "L"], numbers: [5, 2])
    }
}
