import DutyEngine
import DutyModel
import Testing

@Suite struct RoleMixTests {
    @Test func eachRequirementCountsItsMissingPeople() {
        var f = DutyFixture()
        let volunteer = f.person("志愿者"), member = f.person("党员", roles: [.partyMemberInService])
        let police = f.person("民警", roles: [.communityPolice, .partyMemberInService])
        let officials = DutyRequirement(roles: RoleMask([Role.communityPolice, .medicalWorker, .compoundCadre]), atLeast: 1,
                                        name: Localized(zh: "民警/医务/干部", en: "police/medical/cadre"))
        let s = f.slot(day: 0, from: 23, hours: 8, min: 3, night: true, requirements: [DutyFixture.partyRequirement, officials])
        #expect(f.penalty(RoleMix(), [(s, volunteer)]) == 2 * 8 * 500)
        #expect(f.penalty(RoleMix(), [(s, volunteer), (s, member)]) == 1 * 8 * 500)
        #expect(f.penalty(RoleMix(), [(s, police)]) == 0)   // one person may meet both
        #expect(f.violations(RoleMix(), [(s, member)]).first?.message.zh.contains("民警/医务/干部") == true)
    }

    /// Short of people but with the role: understaffing only.
    @Test func differsFromUnderstaffing() {
        var f = DutyFixture()
        let member = f.person("党员", roles: [.retiredPartyMember])
        let s = f.slot(day: 0, from: 7, hours: 8, min: 2, requirements: [DutyFixture.partyRequirement])
        #expect(f.penalty(RoleMix(), [(s, member)]) == 0)
        #expect(f.penalty(Understaffing(), [(s, member)]) == 8 * 1000)
    }
}
