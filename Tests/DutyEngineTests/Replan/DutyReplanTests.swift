import DutyEngine
import DutyModel
import DutySample
import Testing

@Suite struct DutyReplanTests {
    static let plan = DutySolverTests.plan
    static let roster = DutySolverTests.solve(steps: 3_000, verify: false).roster

    static func busyPeople(after from: Int) -> [Int] {
        let byPerson = roster.slotsByPerson(plan.problem)
        return byPerson.indices.filter { p in byPerson[p].contains { plan.problem.slots[Int($0)].start >= from } }
    }

    @Test(arguments: [0, 7, 19, 33])
    func absenceChangesLittleAndNothingBefore(_ pick: Int) throws {
        let problem = Self.plan.problem
        let from = 3 * 1440 + 8 * 60
        let people = Self.busyPeople(after: from)
        let person = people[pick % people.count]
        let result = DutyReplan.absence(problem, roster: Self.roster, person: person, from: from)
        // The absent person holds nothing from then on.
        for (s, list) in result.roster.members.enumerated() where problem.slots[s].end > from {
            #expect(!list.contains(Int32(person)))
        }
        // Nothing that started before the event changed, except what the absent person was on.
        for s in problem.slots.indices where problem.slots[s].start < from {
            let before = Set(Self.roster.members[s]).subtracting([Int32(person)])
            #expect(Set(result.roster.members[s]).subtracting([Int32(person)]).isSuperset(of: before))
        }
        #expect(result.score.hard == 0)
        #expect(!result.own.isEmpty)
        #expect(result.otherChanges <= 3)
        #expect(result.takeovers.count + result.stillShort.count == Set(result.own.map(\.slot)).count)
        // Counted by hand: everything added or removed besides the own slots and their takeovers.
        let (added, removed) = result.roster.changes(from: Self.roster)
        #expect(added.count + removed.count == result.own.count + result.takeovers.count + result.otherChanges)
    }

    @Test func oneMorePersonOnASlot() throws {
        let problem = Self.plan.problem
        let from = 2 * 1440
        let slot = try #require(problem.slots.indices.first {
            problem.slots[$0].start >= from + 1440 && Self.roster.members[$0].count < problem.slots[$0].maximum
        })
        let result = DutyReplan.onceMore(problem, roster: Self.roster, slot: slot, from: from)
        #expect(result.roster.members[slot].count == Self.roster.members[slot].count + 1)
        #expect(result.score.hard == 0)
        #expect(result.added.count + result.removed.count <= 3)
    }
}
