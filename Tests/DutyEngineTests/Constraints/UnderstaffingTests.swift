import DutyEngine
import Testing

@Suite struct UnderstaffingTests {
    @Test func missingPeopleTimesHours() {
        var f = DutyFixture()
        let p = f.person("郝思")
        let night = f.slot(day: 0, from: 23, hours: 8, min: 3, max: 4, night: true)
        let session = f.slot(day: 1, from: 9, hours: 2, min: 1, max: 2)
        #expect(f.penalty(Understaffing(), []) == 3 * 8 * 1000 + 1 * 2 * 1000)
        #expect(f.penalty(Understaffing(), [(night, p), (session, p)]) == 2 * 8 * 1000)
        #expect(f.violations(Understaffing(), [(night, p)]).first?.message.zh.contains("缺 2 人") == true)
    }

    /// Enough people without the required role is RoleMix's concern, not this.
    @Test func differsFromRoleMix() {
        var f = DutyFixture()
        let a = f.person("甲"), b = f.person("乙")
        let s = f.slot(day: 0, from: 7, hours: 8, min: 2, requirements: [DutyFixture.partyRequirement])
        #expect(f.penalty(Understaffing(), [(s, a), (s, b)]) == 0)
        #expect(f.penalty(RoleMix(), [(s, a), (s, b)]) == 8 * 500)
    }
}
