import DutyApp
import DutyEngine
import DutyModel
import DutyTestSupport
import TerminalKit
import Testing

/// Where an override's reason goes, and when a change needs one again: taking off the duty
/// that carries the override of a week still over its limit asks for the reason again (and it
/// goes on the duties left); taking off another leaves it covered and asks nothing; a solver
/// roster that breaks a rule is accepted only with a reason.
@Suite struct OverridePlacementTests {
    typealias C = CoordinatorCompound
    static let huang = C.person(named: "黄丽")
    static let reason = RuleOverride(reason: "书记同意", rules: ["max-weekly-hours"])

    /// 黄丽 (30 h a week) on the west gate's day shift Monday to Friday: 40 hours, with the
    /// override on Monday's.
    static let week: [Assignment] = (0..<5).map { day in
        Assignment(person: huang.id, slot: Slot(post: PostID(rawValue: "C1-GW"), date: C.firstDay.adding(days: day), shift: "day"),
                   source: .manual, override: day == 0 ? reason : nil)
    }

    static func hard(_ assignments: [Assignment]) -> [(violation: String, covered: Bool)] {
        Overrides.hardViolations(C.directory, assignments, from: C.firstDay, days: 7).found
            .map { ("\($0.violation.constraint)", $0.override != nil) }
    }

    static func state(_ assignments: [Assignment]) -> AppState {
        AppState(directory: C.directory, assignments: assignments, firstDay: C.firstDay, days: 7, language: .zh, width: 120, height: 30)
    }

    @Test func theWeekIsOverItsLimitWithTheOverride() {
        #expect(Self.hard(Self.week).map(\.violation) == ["max-weekly-hours"])
        #expect(Self.hard(Self.week).allSatisfy { $0.covered })
    }

    @Test func takingOffADutyWithoutTheOverrideNarrowsTheBreachAndAsksNothing() {
        let friday = Self.week[4]
        #expect(HardRuleGuard.check(RosterEdit(removing: [friday]), directory: C.directory, assignments: Self.week).isEmpty)
    }

    @Test func takingOffTheDutyWithTheOverrideAsksAgainAndItGoesOnTheRest() throws {
        let monday = Self.week[0]
        let edit = RosterEdit(removing: [monday])
        let breaches = HardRuleGuard.check(edit, directory: C.directory, assignments: Self.week)
        #expect(breaches.map(\.rule) == ["max-weekly-hours"])
        let marked = HardRuleGuard.overriding(breaches, reason: "仍需顶班", after: edit.applied(to: Self.week), adding: [])
        #expect(Set(marked.map(\.slot)) == Set(Self.week.dropFirst().map(\.slot)))
        #expect(marked.allSatisfy { $0.override == RuleOverride(reason: "仍需顶班", rules: ["max-weekly-hours"]) })
        let after = RosterEdit(adding: marked).applied(to: edit.applied(to: Self.week))
        #expect(Self.hard(after).allSatisfy { $0.covered } && !Self.hard(after).isEmpty)
        // A second override on the same duty keeps the first's rules and both reasons.
        let both = Self.week[0].overridden(RuleOverride(reason: "夜班缺人", rules: ["availability"]))
        #expect(both.override == RuleOverride(reason: "书记同意；夜班缺人", rules: ["max-weekly-hours", "availability"]))
    }

    /// `d` on the slot screen: the prompt, then one change that takes Monday off and puts the
    /// reason on the other four.
    @Test func removingOnTheSlotScreenAsksForTheReason() throws {
        var state = Self.state(Self.week)
        let monday = Self.week[0].slot
        state.slot = state.makeSlotViewForTests(monday, selecting: Self.huang.id)
        state.screen = .slot
        #expect(AppFixture.send(&state, [.character("d")]).isEmpty)
        let prompt = try #require(state.override)
        #expect(prompt.breaches.map(\.rule) == ["max-weekly-hours"])
        #expect(state.assignments == Self.week, "nothing changed yet")
        let effects = AppFixture.send(&state, "仍需顶班".map { .character($0) } + [.enter])
        guard case let .change(removing, adding, action)? = effects.first, effects.count == 1 else {
            Issue.record("not one change: \(effects)")
            return
        }
        #expect(removing == [Self.week[0]] && action == "unassign")
        #expect(Set(adding.map(\.slot)) == Set(Self.week.dropFirst().map(\.slot)) && adding.allSatisfy { $0.override?.reason == "仍需顶班" })
        #expect(Self.hard(state.assignments).allSatisfy { $0.covered })
    }

    /// The solver panel's roster puts 黄丽 on a sixth day: accepting it asks for a reason.
    @Test func acceptingASolverRosterThatBreaksARuleAsksForAReason() throws {
        let four = Array(Self.week.prefix(4)).map { a in
            var a = a
            a.override = nil
            return a
        }
        var state = Self.state(four)
        let saturday = Assignment(person: Self.huang.id, slot: Slot(post: PostID(rawValue: "C1-GW"), date: C.firstDay.adding(days: 5),
                                                                  shift: "day"), source: .solver)
        var panel = SolverPanel()
        panel.outcome = SolverOutcome(assignments: four + [saturday], hard: 1, soft: 0, added: 1, removed: 0, lines: [])
        state.solver = panel
        state.screen = .solver
        #expect(AppFixture.send(&state, [.character("a")]).isEmpty)
        #expect(state.override?.breaches.map(\.rule) == ["max-weekly-hours"] && state.assignments == four)
        AppFixture.send(&state, [.escape])
        #expect(state.assignments == four && state.override == nil)

        state.solver = panel
        state.screen = .solver
        AppFixture.send(&state, [.character("a")])
        let effects = AppFixture.send(&state, "人手不足".map { .character($0) } + [.enter])
        guard case let .change(removing, adding, action)? = effects.first else {
            Issue.record("no change: \(effects)")
            return
        }
        #expect(removing.isEmpty && action == "solve")
        #expect(adding.map(\.slot) == [saturday.slot] && adding[0].override?.reason == "人手不足")
    }
}
