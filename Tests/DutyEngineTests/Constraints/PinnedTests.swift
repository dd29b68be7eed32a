import DutyEngine
import Testing

@Suite struct PinnedTests {
    @Test func aPinnedAssignmentMustStay() {
        var f = DutyFixture()
        let p = f.person("胡建华"), q = f.person("朱红")
        let s = f.slot(day: 0, from: 9, hours: 2)
        f.problem.pinned = [DutyPair(slot: s, person: p)]
        #expect(f.penalty(Pinned(), [(s, p)]) == 0)
        #expect(f.penalty(Pinned(), [(s, q)]) == 1)
    }

    /// Dropping a published (not pinned) assignment is a soft change; dropping a pinned one is hard.
    @Test func differsFromRosterChange() {
        var f = DutyFixture()
        let p = f.person("郭勇")
        let s = f.slot(day: 0, from: 9, hours: 2)
        f.problem.published = f.roster([(s, p)])
        #expect(f.penalty(Pinned(), []) == 0)
        #expect(f.penalty(RosterChange(), []) == 200)
        f.problem.pinned = [DutyPair(slot: s, person: p)]
        #expect(f.penalty(Pinned(), []) == 1)
    }
}
