import DutyEngine
import Testing

@Suite struct RosterChangeTests {
    @Test func addedAndRemovedEachCost() {
        var f = DutyFixture()
        let a = f.person("甲"), b = f.person("乙")
        let s = f.slot(day: 0, from: 9, hours: 2), t = f.slot(day: 1, from: 9, hours: 2)
        #expect(f.penalty(RosterChange(), [(s, a)]) == 0)   // nothing published
        f.problem.published = f.roster([(s, a), (t, b)])
        #expect(f.penalty(RosterChange(), [(s, a), (t, b)]) == 0)
        #expect(f.penalty(RosterChange(), [(s, b), (t, b)]) == 2 * 200)   // a off s, b on s
        let messages = f.violations(RosterChange(), [(t, b)]).map(\.message.zh)
        #expect(messages == ["撤下：甲（P1） 在 岗0 d0 9:00+2h"])
    }

    /// A change is never hard, even where it removes a published assignment: pinning is what makes it hard.
    @Test func differsFromPinned() {
        var f = DutyFixture()
        let a = f.person("甲")
        let s = f.slot(day: 0, from: 9, hours: 2)
        f.problem.published = f.roster([(s, a)])
        #expect(RosterChange().level == .soft)
        #expect(f.penalty(Pinned(), []) == 0)
    }
}
