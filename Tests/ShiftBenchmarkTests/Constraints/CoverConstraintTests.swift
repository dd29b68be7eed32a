import ShiftBenchmark
import Testing

/// Cover (soft): for each day and shift with x people on it and a requirement r, (r − x) ×
/// the under weight when short, (x − r) × the over weight when over.
@Suite struct CoverConstraintTests {
    @Test func exactlyTheRequirementCostsNothing() {
        #expect(CoverConstraint.penalty(Cover(requirement: 2, underWeight: 100, overWeight: 1), count: 2) == 0)
        #expect(CoverConstraint.penalty(Cover(requirement: 0, underWeight: 100, overWeight: 1), count: 0) == 0)
    }

    @Test func shortCostsUnderWeightPerPerson() {
        let cover = Cover(requirement: 3, underWeight: 100, overWeight: 1)
        #expect(CoverConstraint.penalty(cover, count: 2) == 100)
        #expect(CoverConstraint.penalty(cover, count: 0) == 300)
    }

    @Test func overCostsOverWeightPerPerson() {
        let cover = Cover(requirement: 1, underWeight: 100, overWeight: 1)
        #expect(CoverConstraint.penalty(cover, count: 2) == 1)
        #expect(CoverConstraint.penalty(cover, count: 5) == 4)
        #expect(CoverConstraint.penalty(Cover(requirement: 0, underWeight: 100, overWeight: 7), count: 2) == 14)
    }

    /// Under and over each use their own weight: one person short costs 3, one person over
    /// costs 7, not the other way round.
    @Test func underAndOverWeightsAreNotSwapped() {
        let cover = Cover(requirement: 2, underWeight: 3, overWeight: 7)
        #expect(CoverConstraint.penalty(cover, count: 1) == 3)
        #expect(CoverConstraint.penalty(cover, count: 3) == 7)
    }

    @Test func oneViolationPerDayAndShiftOffItsCover() {
        var p = TinyProblem(workers: 3, days: 7)
        let e = p.shift("E"), l = p.shift("L")
        p.cover[1][e] = Cover(requirement: 2, underWeight: 100, overWeight: 1)
        p.cover[1][l] = Cover(requirement: 1, underWeight: 50, overWeight: 10)
        p.cover[4][e] = Cover(requirement: 0, underWeight: 100, overWeight: 5)
        p.cover[6][l] = Cover(requirement: 1, underWeight: 30, overWeight: 5)
        var counts = Array(repeating: [0, 0], count: 7)
        counts[1] = [1, 1]   // E one short, L as wanted
        counts[4] = [2, 0]   // E two over
        counts[6] = [0, 1]   // L as wanted
        let v = CoverConstraint().violations(p.context, counts: counts)
        #expect(v.map(\.days) == [1...1, 4...4])
        #expect(v.map(\.shift) == [e, e])
        #expect(v.map(\.penalty) == [100, 10])
        #expect(v.allSatisfy { $0.person == nil && $0.level == .soft && $0.constraint == "cover" })
        // Nobody at all: every pair with a requirement is short.
        let empty = CoverConstraint().violations(p.context, counts: Array(repeating: [0, 0], count: 7))
        #expect(empty.map(\.days) == [1...1, 1...1, 6...6])
        #expect(empty.map(\.penalty) == [200, 50, 30])
    }

    @Test func messagesNameDayShiftRequirementAndCount() throws {
        var p = TinyProblem(workers: 3, days: 7)
        p.cover[3][p.shift("E")] = Cover(requirement: 2, underWeight: 100, overWeight: 1)
        p.cover[5][p.shift("L")] = Cover(requirement: 1, underWeight: 100, overWeight: 1)
        var counts = Array(repeating: [0, 0], count: 7)
        counts[3] = [0, 0]
        counts[5] = [0, 3]
        let v = CoverConstraint().violations(p.context, counts: counts)
        try #require(v.count == 2)
        expectMessage(v[0], names: ["E"], days: [3], numbers: [2, 0])
        expectMessage(v[1], names: ["L"], days: [5], numbers: [1, 3])
        #expect(v[0].message.en != v[1].message.en)
    }
}
