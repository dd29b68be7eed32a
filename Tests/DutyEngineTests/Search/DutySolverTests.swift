import DutyEngine
import DutyModel
import DutySample
import Testing

/// The duty search on the small sample city (5 compounds, 150 people), in verify mode:
/// every accepted move is checked against a full evaluation through the constraint units.
@Suite struct DutySolverTests {
    static let plan = DutyCompiler.compile(SampleCity.generate(.small), from: SampleCity.referenceDate, days: 7)

    static func solve(seed: UInt64 = 1, steps: Int = 4_000, verify: Bool = true, problem: DutyProblem = plan.problem,
                      start: DutyRoster? = nil, frozen: [Bool]? = nil) -> DutyResult {
        DutySolver(problem, options: DutySearchOptions(seed: seed, steps: steps, threads: 2, verify: verify))
            .run(start: start, frozen: frozen)
    }

    @Test func smallCityFeasibleFilledAndVerified() {
        let result = Self.solve()
        #expect(result.verifyFailure == nil)
        #expect(result.score.isFeasible)
        #expect(result.score == DutyEvaluator.score(Self.plan.problem, result.roster))
        #expect(result.score.soft <= result.constructionScore.soft)
        let report = DutyReport(Self.plan.problem, result.roster)
        #expect(report.fillableShort == 0, "a short slot someone could still fill")
        #expect(report.shortSlots == 0, "the small city has people enough for every slot")
        #expect(report.spreads.contains { $0.category == "居民志愿者" && $0.people == 40 })
    }

    @Test func sameSeedAndStepsGiveTheSameRoster() {
        let a = Self.solve(seed: 5, steps: 3_000, verify: false), b = Self.solve(seed: 5, steps: 3_000, verify: false)
        let c = Self.solve(seed: 6, steps: 3_000, verify: false)
        #expect(a.roster == b.roster)
        #expect(a.score == b.score)
        #expect(a.roster != c.roster)
    }

    /// A start with a movable duty outside the person's hours (an overridden one, say): the
    /// search drops it, and verify mode takes the lower hard count as the start, not as a
    /// move that broke a rule.
    @Test func aStartBreakingARuleIsCleanedAndVerified() throws {
        let problem = Self.plan.problem
        let slot = try #require(problem.slots.indices.first { s in
            problem.people.contains { !$0.isAvailable(problem.slots[s].start, problem.slots[s].end) }
        })
        let away = try #require(problem.people.indices.first {
            !problem.people[$0].isAvailable(problem.slots[slot].start, problem.slots[slot].end)
        })
        var start = DutyRoster(slots: problem.slots.count)
        start.add(DutyPair(slot: slot, person: away))
        #expect(DutyEvaluator.score(problem, start).hard > 0)
        let result = Self.solve(steps: 500, start: start)
        #expect(result.verifyFailure == nil)
        #expect(result.score.isFeasible)
        #expect(!result.roster.contains(DutyPair(slot: slot, person: away)))
    }

    @Test func pinnedAssignmentsStayEvenWhenCostly() throws {
        var problem = Self.plan.problem
        // Pin someone from another compound onto a slot: costly (away) but it must stay.
        let slot = try #require(problem.slots.indices.first { problem.slots[$0].minimum == 1 && problem.slots[$0].requirements.isEmpty })
        let stranger = try #require(problem.people.indices.first {
            problem.people[$0].home != problem.slots[slot].place && problem.people[$0].isAvailable(problem.slots[slot].start, problem.slots[slot].end)
        })
        problem.pinned = [DutyPair(slot: slot, person: stranger)]
        let result = Self.solve(steps: 2_000, problem: problem)
        #expect(result.roster.contains(DutyPair(slot: slot, person: stranger)))
        #expect(result.score.isFeasible)
        #expect(result.verifyFailure == nil)
    }

    @Test func startRosterIsCleanedOfHardViolations() {
        let problem = Self.plan.problem
        // Everyone on the first slot: over the maximum, and overlapping their own duties.
        var start = DutyRoster(slots: problem.slots.count)
        for p in problem.people.indices { start.add(DutyPair(slot: 0, person: p)) }
        #expect(!DutyEvaluator.score(problem, start).isFeasible)
        let result = Self.solve(steps: 1_000, start: start)
        #expect(result.score.isFeasible)
        #expect(result.roster.members[0].count <= problem.slots[0].maximum)
    }

    @Test func frozenSlotsAreNotTouched() {
        let first = Self.solve(steps: 1_000, verify: false)
        let frozen = Self.plan.problem.slots.map { $0.day < 3 }
        let second = Self.solve(seed: 9, steps: 3_000, start: first.roster, frozen: frozen)
        for s in frozen.indices where frozen[s] {
            #expect(Set(second.roster.members[s]) == Set(first.roster.members[s]))
        }
        #expect(second.verifyFailure == nil)
    }
}

extension DutySolverTests {
    /// The allocation-free delta used to rank candidates agrees with the general one.
    @Test func rankingDeltaMatchesTheGeneralDelta() {
        let result = Self.solve(steps: 500, verify: false)
        let problem = Self.plan.problem
        for s in stride(from: 0, to: problem.slots.count, by: 37) {
            let candidates = DutyExplain.candidates(problem, result.roster, slot: s)
            for candidate in candidates.prefix(10) where candidate.block == nil {
                var roster = result.roster
                roster.add(DutyPair(slot: s, person: candidate.person))
                let full = DutyEvaluator.score(problem, roster).soft - DutyEvaluator.score(problem, result.roster).soft
                #expect(candidate.softChange == full, "slot \(s), person \(candidate.person)")
            }
        }
    }
}

extension DutySolverTests {
    /// After every meeting of the lanes the progress says how much of the budget is used, by
    /// the bound that ends the run (here the steps): it grows to 1, improved or not.
    @Test func everyEpochReportsTheBudgetUsed() {
        var epochs: [DutyProgress] = []
        let solver = DutySolver(Self.plan.problem, options: DutySearchOptions(seed: 1, steps: 8_000, seconds: 600, threads: 1))
        let result = solver.run(onEpoch: { epochs.append($0) })
        #expect(epochs.map(\.fraction) == [0.25, 0.5, 0.75, 1])
        #expect(epochs.map(\.steps) == [2_000, 4_000, 6_000, 8_000])
        #expect(epochs.last?.score == result.score)
    }
}
