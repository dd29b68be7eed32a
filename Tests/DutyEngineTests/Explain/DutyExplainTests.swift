import DutyEngine
import DutyModel
import DutySample
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

extension DutyExplainTests {
    /// A full slot: each candidate is weighed as a replacement. Those the other rules allow can
    /// take the place of a member who is not pinned (the one that costs least); the others show
    /// the rule that really blocks them, not "full".
    @Test func onAFullSlotCandidatesAreWeighedAsReplacements() throws {
        var f = DutyFixture()
        let resident = f.person("甲"), visitor = f.person("乙", home: 1)
        let free = f.person("空闲", roles: [.partyMemberInService])
        let busy = f.person("忙碌")
        let away = f.person("请假", available: [])
        let slot = f.slot(day: 0, from: 7, hours: 8, min: 2, max: 2, requirements: [DutyFixture.partyRequirement])
        let other = f.slot(day: 0, from: 9, hours: 2)
        let roster = f.roster([(slot, resident), (slot, visitor), (other, busy)])
        let byPerson = Dictionary(uniqueKeysWithValues: DutyExplain.candidates(f.problem, roster, slot: slot).map { ($0.person, $0) })
        #expect(byPerson[busy]?.block == .overlap(other) && byPerson[busy]?.replaces == nil)
        #expect(byPerson[away]?.block == .unavailable)
        let replacing = try #require(byPerson[free])
        #expect(replacing.block == .full)
        // Taking the visitor's place brings the party member and someone who lives here.
        #expect(replacing.replaces == visitor)
        let words = replacing.parts.map(\.words.zh)
        #expect(words.contains("补上缺少的党员") && words.contains("换下外小区的人"))
        #expect(replacing.parts.reduce(0) { $0 + $1.change } == replacing.softChange)
        #expect(DutyExplain.candidates(f.problem, roster, slot: slot).first?.person == free)

        // With both members pinned nobody can be replaced: the headcount is the reason.
        f.problem.pinned = [DutyPair(slot: slot, person: resident), DutyPair(slot: slot, person: visitor)]
        let pinned = f.roster([(other, busy)])
        let stuck = try #require(DutyExplain.candidates(f.problem, pinned.adding(f.problem.pinned), slot: slot).first { $0.person == free })
        #expect(stuck.block == .full && stuck.replaces == nil && stuck.softChange == nil)
    }

    /// A candidate's soft change taken apart: each rule's part in words, adding up to the change.
    @Test func aCandidatesCostInWords() throws {
        var f = DutyFixture(days: 7)
        let busy = f.person("忙碌", home: 1), idle = f.person("空闲")
        let nights = (0..<2).map { f.slot(day: $0, from: 20, hours: 8, min: 0, night: true) }
        let slot = f.slot(day: 4, from: 20, hours: 8, min: 1, night: true)
        let roster = f.roster(nights.map { ($0, busy) })
        let byPerson = Dictionary(uniqueKeysWithValues: DutyExplain.candidates(f.problem, roster, slot: slot).map { ($0.person, $0) })
        let tired = try #require(byPerson[busy])
        #expect(tired.parts.map(\.words.zh) == ["补上缺口", "外小区", "比平均多 16 小时", "本周第 3 个夜班"])
        #expect(tired.parts.map(\.constraint) == ["understaffing", "home-compound", "hours-fairness", "night-fairness"])
        #expect(tired.parts.reduce(0) { $0 + $1.change } == tired.softChange)
        let fresh = try #require(byPerson[idle])
        #expect(fresh.parts.map(\.words.zh) == ["补上缺口", "时长与平均相当", "本周第 1 个夜班"])
        #expect(fresh.parts.reduce(0) { $0 + $1.change } == fresh.softChange)
        #expect(DutyExplain.costParts(f.problem, roster, person: idle, slot: slot) == fresh.parts)
    }
}

extension DutyExplainTests {
    /// On the sample week, against a published roster: every candidate's parts add up to their
    /// soft change, and that is what a full evaluation of the changed roster says.
    @Test func partsAddUpToTheChangeAFullEvaluationFinds() {
        let directory = SampleCity.generate(.small)
        let first = DutyCompiler.compile(directory, from: SampleCity.referenceDate, days: 7)
        let solved = DutySolver(first.problem, options: DutySearchOptions(seed: 1, steps: 1_000, threads: 1)).run()
        let assignments = first.assignments(solved.roster, source: .solver)
        let plan = DutyCompiler.compile(directory, from: SampleCity.referenceDate, days: 7, around: assignments, keepExisting: true)
        var problem = plan.problem
        let roster = plan.current
        // Every third slot of a sample made full as it stands, so that candidates replace someone.
        let sample = Array(stride(from: 0, to: problem.slots.count, by: 31).filter { !problem.slots[$0].isContext && !roster.members[$0].isEmpty })
        for s in sample.enumerated().filter({ $0.offset % 3 == 0 }).map(\.element) { problem.slots[s].maximum = roster.members[s].count }
        let before = DutyEvaluator.score(problem, roster).soft
        var checked = 0, replacements = 0
        for s in sample {
            for c in DutyExplain.candidates(problem, roster, slot: s).prefix(6) {
                guard let change = c.softChange else { continue }
                #expect(c.parts.reduce(0) { $0 + $1.change } == change)
                var changed = roster
                if let m = c.replaces {
                    changed.remove(DutyPair(slot: s, person: m))
                    replacements += 1
                }
                changed.add(DutyPair(slot: s, person: c.person))
                #expect(DutyEvaluator.score(problem, changed).soft - before == change, "\(problem.label(person: c.person)) on \(problem.label(slot: s))")
                checked += 1
            }
        }
        #expect(checked > 40 && replacements > 10)
    }
}

extension DutyRoster {
    func adding(_ pairs: Set<DutyPair>) -> DutyRoster {
        var roster = self
        for pair in pairs { roster.add(pair) }
        return roster
    }
}
