import DutyEngine
import DutyModel
import Testing

@Suite struct DutyExplainTests {
    @Test func everyCandidateWithWhatBlocksThem() throws {
        var f = DutyFixture()
        let free = f.person("空闲", roles: [.partyMemberInService])
        let busy = f.person("忙碌")
        let away = f.person("请假", available: [])
        let young = f.person("年少", age: 16)
        let neighbour = f.person("邻居", home: 1)
        let far = f.person("远方", home: 2)
        let slot = f.slot(day: 0, from: 7, hours: 8, min: 2, requirements: [DutyFixture.partyRequirement], minAge: 18)
        let other = f.slot(day: 0, from: 9, hours: 2)
        let roster = f.roster([(other, busy)])
        let candidates = DutyExplain.candidates(f.problem, roster, slot: slot)
        // The area's people only: not the one from another area.
        #expect(Set(candidates.map(\.person)) == [free, busy, away, young, neighbour])
        #expect(candidates.first?.person == free)            // free, resident, has the missing role
        #expect(candidates.first?.hasMissingRole == true)
        #expect(candidates.first?.softChange.map { $0 < 0 } == true)
        let byPerson = Dictionary(uniqueKeysWithValues: candidates.map { ($0.person, $0) })
        #expect(byPerson[busy]?.block == .overlap(other))
        #expect(byPerson[away]?.block == .unavailable)
        #expect(byPerson[young]?.block?.constraint == "eligibility")
        #expect(byPerson[neighbour]?.block == nil && byPerson[neighbour]?.isResident == false)
        #expect(!candidates.contains { $0.person == far })
        #expect(byPerson[busy]?.block?.message(f.problem).zh.contains("岗1") == true)
        #expect(DutyExplain.shortSlots(f.problem, roster) == [slot])
    }
}
