import DutyModel
import Testing

/// A staffing rule's role group: a role, an alias, or alternatives of either joined by `|`.
@Suite struct RoleGroupTests {
    @Test func anAliasMayBeOneOfTheAlternatives() throws {
        let group = try #require(RoleGroup(lenient: "社区民警|党员"))
        #expect(group.roles == [.communityPolice, .partyMemberInService, .retiredPartyMember])
        #expect(RoleGroup(lenient: "police | party")?.roles == group.roles)
        #expect(RoleGroup(lenient: "党员")?.roles == RoleGroup.partyMember.roles)
    }

    @Test func anUnknownAlternativeIsRefused() {
        #expect(RoleGroup(lenient: "社区民警|保安") == nil)
        #expect(RoleGroup(lenient: "|") == nil)
    }
}
