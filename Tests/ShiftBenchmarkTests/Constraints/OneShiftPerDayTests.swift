import ShiftBenchmark
import Testing

/// One shift per day (hard): the roster holds one shift per worker and day, so only a roster
/// file can break this rule, with a second row for the same employee and day. Each such
/// extra row costs 1.
@Suite struct OneShiftPerDayTests {
    let p = TinyProblem(workers: 2, days: 7)

    @Test func aDuplicateRowIsKeptAsideAndReported() throws {
        let text = """
            employee,day,shift
            Ann,2,E
            Ann,2,L
            Bob,2,L
            """
        let (roster, extra) = try RosterFile.parse(text, file: "tiny.csv", problem: p.problem)
        #expect(roster[0, 2] == p.shift("E"))
        #expect(roster[1, 2] == p.shift("L"))
        #expect(extra.map(\.worker) == [0])
        let v = OneShiftPerDay().violations(p.context, extra: extra)
        #expect(v.count == 1)
        #expect(v.first?.person == 0)
        #expect(v.first?.days == 2...2)
        #expect(v.first?.shift == p.shift("L"))
        #expect(v.first?.penalty == 1)
        #expect(v.first?.level == .hard)
        #expect(v.first?.constraint == "one-shift-per-day")
    }

    /// The same row written twice is one assignment, not a second shift.
    @Test func aRepeatedRowCountsOnce() throws {
        let text = """
            employee,day,shift
            Ann,2,E
            Ann,2,E
            """
        let (roster, extra) = try RosterFile.parse(text, file: "tiny.csv", problem: p.problem)
        #expect(extra.isEmpty)
        #expect(roster[0, 2] == p.shift("E"))
        #expect(Evaluator.counts(roster, shifts: p.problem.shifts.count)[2][p.shift("E")] == 1)
    }

    /// Two workers on the same day, or one worker on two days, are not duplicates.
    @Test func noDuplicateNoViolation() throws {
        let text = """
            employee,day,shift
            Ann,2,E
            Bob,2,E
            Ann,3,L
            """
        let (_, extra) = try RosterFile.parse(text, file: "tiny.csv", problem: p.problem)
        #expect(extra.isEmpty)
        #expect(OneShiftPerDay().violations(p.context, extra: extra).isEmpty)
    }

    @Test func eachExtraRowCostsOne() throws {
        let text = """
            employee,day,shift
            Bob,4,E
            Bob,4,L
            Bob,4,L
            Ann,0,L
            Ann,0,E
            """
        let (_, extra) = try RosterFile.parse(text, file: "tiny.csv", problem: p.problem)
        let v = OneShiftPerDay().violations(p.context, extra: extra)
        #expect(penaltySum(v) == 3)
        #expect(v.map(\.person) == [1, 1, 0])
        #expect(v.map(\.days) == [4...4, 4...4, 0...0])
    }

    @Test func messageNamesWorkerAndDay() throws {
        let text = """
            employee,day,shift
            Bob,5,L
            Bob,5,E
            """
        let (_, extra) = try RosterFile.parse(text, file: "tiny.csv", problem: p.problem)
        let v = try #require(OneShiftPerDay().violations(p.context, extra: extra).first)
        expectMessage(v, names: ["Bob"], days: [5])
    }
}
