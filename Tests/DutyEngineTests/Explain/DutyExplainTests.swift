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

extension DutyExplainTests {
    @Test func aSwapIsBlockedByTheRulesOfEitherSide() {
        var f = DutyFixture()
        let a = f.person("甲"), b = f.person("乙")
        let day = f.slot(day: 0, from: 7, hours: 8)        // long
        let afternoon = f.slot(day: 0, from: 16, hours: 2)
        let evening = f.slot(day: 0, from: 19, hours: 2)
        let roster = f.roster([(day, a), (afternoon, b), (evening, b)])
        // b would take the long day shift and keep the evening: 4 h rest after a long shift.
        let (blockA, blockB) = DutyExplain.swapBlocks(f.problem, roster, a: a, s: day, b: b, t: afternoon)
        #expect(blockA == nil)
        #expect(blockB == .rest(evening))
        // Trading the evening instead is fine for both.
        let fine = DutyExplain.swapBlocks(f.problem, f.roster([(day, a), (evening, b)]), a: a, s: day, b: b, t: evening)
        #expect(fine.0 == nil && fine.1 == nil)
    }
}

extension DutyExplainTests {
    /// The one grouping behind `zhiban explain` and the solver panel: by rule, each rule's most
    /// costly first with its total; by cost, hard rules first, then the costliest.
    @Test func violationsSummarisedByRule() {
        var f = DutyFixture()
        let a = f.person("甲"), b = f.person("乙")
        let first = f.slot(day: 0, from: 7, hours: 8, min: 3)
        let second = f.slot(day: 0, from: 9, hours: 2, min: 2)
        let roster = f.roster([(first, a), (second, a), (second, b)])
        let violations = DutyEvaluator.violations(f.problem, roster)
        let byCatalogue = DutyEvaluator.summary(violations, order: .catalogue)
        #expect(byCatalogue.map(\.constraint.id) == DutyConstraints.all.map(\.id).filter { id in violations.contains { $0.constraint == id } })
        for rule in byCatalogue {
            #expect(rule.total == rule.violations.reduce(0) { $0 + $1.penalty })
            #expect(rule.violations.map(\.penalty) == rule.violations.map(\.penalty).sorted(by: >))
        }
        let byCost = DutyEvaluator.summary(violations, order: .byCost)
        #expect(byCost.first?.constraint.level == .hard)   // a overlaps themselves
        let soft = byCost.filter { $0.constraint.level == .soft }.map(\.total)
        #expect(soft == soft.sorted(by: >) && soft.count >= 2)
    }
}
