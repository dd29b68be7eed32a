import DutyApp
import DutyEngine
import DutyModel
import DutyTestSupport
import TerminalKit
import Testing

/// No path in the interface breaks a hard rule unseen (issue 13): the desk's standbys, the
/// walk-in, the slot screen and the person editor each refuse, or ask for an override with a
/// reason that is then recorded on the assignment. The oracle is the engine's full evaluator
/// over the whole calendar week of the whole compound, not the guard the code calls.
@Suite struct HardRuleGuardTests {
    typealias C = CoordinatorCompound
    static let tuesday = C.firstDay.adding(days: 1)

    static func slot(_ post: String, _ day: Int, _ shift: String) -> Slot {
        Slot(post: PostID(rawValue: post), date: C.firstDay.adding(days: day), shift: shift)
    }

    static func on(_ name: String, _ post: String, _ day: Int, _ shift: String, pinned: Bool = false) -> Assignment {
        Assignment(person: C.person(named: name).id, slot: slot(post, day, shift), pinned: pinned, source: .manual)
    }

    /// The compound with `assignments`, at the desk at `time` on Tuesday.
    static func desk(_ assignments: [Assignment], at time: String) -> AppState {
        var state = AppState(directory: C.directory, assignments: assignments, firstDay: C.firstDay, days: 7, language: .zh,
                             width: 120, height: 30)
        _ = reduce(&state, .tick(LocalDateTime(date: tuesday, time: Fixtures.time(time))))
        state.openDesk()
        return state
    }

    /// Hard violations of the whole compound over the Monday-to-Sunday week, by message.
    static func hardMessages(_ assignments: [Assignment]) -> Set<String> {
        let plan = DutyCompiler.compile(C.directory, from: C.firstDay, days: 7, around: assignments)
        var roster = plan.current
        for pair in plan.problem.pinned { roster.add(pair) }
        return Set(DutyEvaluator.hardViolations(plan.problem, roster).map { "\($0.constraint): \($0.message.zh)" })
    }

    /// After an override the board's marks are worked out again for what the change touched
    /// only: they must be what a full recheck finds, and the overridden slot among them.
    static func marksAgreeWithAFullRecheck(_ state: AppState, overridden slot: Slot) {
        var state = state
        if !state.marksChecked {
            // Only the desk leaves the marks unchecked (it shows none); the board checks them when shown.
            #expect(state.screen == .desk)
            state.screen = .board
            state.ensureMarks()
        }
        var full = state
        full.recheck()
        #expect(state.violated == full.violated)
        #expect(state.overridden == full.overridden)
        #expect(state.overridden.contains(slot.id))
    }

    static func select(_ state: inout AppState, _ name: String, _ slot: Slot) throws {
        let row = try #require(state.deskLines.firstIndex { $0.person.name == name && $0.slot == slot })
        state.desk.cursor.row = row
    }

    /// 黄丽 (weekly limit 30 h) already has 24 h this week: calling her up for another 8-hour
    /// gate shift would break her limit, so the desk never offers her; every standby it does
    /// offer keeps the week free of new hard violations.
    @Test func standbysNeverBreakAWeeklyLimit() throws {
        let gate = Self.slot("C1-GE", 1, "day")
        let roster = [Self.on("孙强", "C1-GE", 1, "day"), Self.on("王建国", "C1-GE", 1, "day"),
                      Self.on("黄丽", "C1-GW", 0, "day"), Self.on("黄丽", "C1-GW", 2, "day"), Self.on("黄丽", "C1-GW", 3, "day")]
        // The scenario is real: 黄丽 on the gate would break her weekly limit.
        let withHer = roster.filter { $0.person != C.person(named: "孙强").id } + [Self.on("黄丽", "C1-GE", 1, "day")]
        #expect(Self.hardMessages(withHer).contains { $0.hasPrefix("max-weekly-hours") && $0.contains("黄丽") })

        var state = Self.desk(roster, at: "08:20")
        try Self.select(&state, "孙强", gate)
        AppFixture.send(&state, [.function(5)])
        let offer = try #require(state.desk.standby)
        #expect(!offer.candidates.isEmpty)
        #expect(!offer.candidates.contains { $0.name == "黄丽" })
        let before = Self.hardMessages(roster)
        for candidate in offer.candidates {
            let after = RosterEdit(removing: candidate.removing, adding: candidate.adding).applied(to: roster)
            #expect(Self.hardMessages(after).subtracting(before).isEmpty, "calling up \(candidate.name)")
            // What the desk shows of each: the full phone, home, hours against their own limit.
            let person = try #require(C.directory.people.first { $0.id == candidate.person })
            #expect(candidate.phone == person.phone && candidate.phone.count == 11)
            #expect(candidate.home.hasPrefix("幸福家园"))
            #expect(candidate.limitMinutes == (person.maxHoursPerWeek ?? 48) * 60)
        }
        let screen = render(state).plainText
        #expect(screen.contains(offer.candidates[0].phone), "the panel shows the phone:\n\(screen)")
        #expect(screen.contains("替补 孙强（缺岗）"))
    }

    /// The slot screen says why 黄丽 cannot take the gate in her own limit's terms (it said
    /// "本周已值班 35.5 小时，达到上限" of someone whose limit was 40).
    @Test func theWeeklyLimitIsSaidWithTheLimit() throws {
        let gate = Self.slot("C1-GE", 1, "day")
        let roster = [Self.on("黄丽", "C1-GW", 0, "day"), Self.on("黄丽", "C1-GW", 2, "day"), Self.on("黄丽", "C1-GW", 3, "day")]
        let state = AppState(directory: C.directory, assignments: roster, firstDay: C.firstDay, days: 7, language: .zh,
                             width: 120, height: 30)
        let view = try #require(state.makeSlotViewForTests(gate))
        let line = try #require(view.lines.first { $0.name == "黄丽" })
        #expect(line.blocked?.zh == "本周已值班 24 小时，再排 8 小时会超过本人上限 30 小时", "\(line.blocked?.zh ?? "free")")
    }

    /// Someone marked absent or excused at the desk that day is never offered as a standby,
    /// though the same people are offered when they are not marked.
    @Test func nobodyMarkedAbsentIsOffered() throws {
        let pm = Self.slot("C1-PUB", 1, "pm")
        let roster = [Self.on("陈静", "C1-PUB", 1, "pm")]
        var state = Self.desk(roster, at: "13:00")
        try Self.select(&state, "陈静", pm)
        AppFixture.send(&state, [.function(4)])
        let unmarked = Set(try #require(state.desk.standby).candidates.map(\.person))
        #expect(!unmarked.isEmpty)

        state = Self.desk(roster, at: "13:00")
        let rules = Desk(C.directory, graceMinutes: 10)
        let morning = Self.slot("C1-BUY", 1, "am")
        for person in C.directory.people where unmarked.contains(person.id) {
            state.desk.log.append(rules.absent(person.id, on: morning))
        }
        try Self.select(&state, "陈静", pm)
        AppFixture.send(&state, [.function(4)])
        let offer = try #require(state.desk.standby)
        #expect(offer.candidates.allSatisfy { !unmarked.contains($0.person) })
        // F4 is an excused absence, and the panel says so.
        #expect(offer.excused && render(state).plainText.contains("替补 陈静（请假）"))
        AppFixture.send(&state, [.escape])
        #expect(state.status?.text.zh.contains("记为请假") == true)
        // Its undo names what it undid, in words.
        AppFixture.send(&state, [.function(8)])
        #expect(state.status?.text.zh == "已撤销：陈静 的请假", "\(state.status?.text.zh ?? "")")
        #expect(state.status?.text.en == "Undid 陈静: excused", "\(state.status?.text.en ?? "")")
    }

    /// A walk-in onto a full gate shift asks for an override; without a reason nothing is
    /// stored, with one the walk-in is stored with the override on its assignment.
    @Test func aWalkInOntoAFullSlotNeedsAnOverride() throws {
        let gate = Self.slot("C1-GE", 1, "day")
        let roster = [Self.on("孙强", "C1-GE", 1, "day"), Self.on("王建国", "C1-GE", 1, "day")]
        func walkIn() throws -> AppState {
            var state = Self.desk(roster, at: "08:20")
            try Self.select(&state, "孙强", gate)
            AppFixture.send(&state, [.function(7)])
            for (i, value) in ["赵小兰", "13903731234", "女", "1990"].enumerated() {
                state.desk.form?.values[i] = value
            }
            return state
        }
        var state = try walkIn()
        var effects = AppFixture.send(&state, [.enter])
        #expect(effects.isEmpty)
        let prompt = try #require(state.override)
        #expect(prompt.breaches.contains { $0.rule == "max-headcount" })
        #expect(render(state).plainText.contains("需要特批"))
        #expect(AppFixture.send(&state, [.enter]).isEmpty && state.override != nil, "no reason, no change")
        AppFixture.send(&state, [.escape])
        #expect(state.override == nil && !state.assignments.contains { $0.slot == gate && $0.source == .manual && $0.person.rawValue.hasPrefix("P0") == false && roster.contains($0) == false })
        #expect(state.assignments == roster)

        state = try walkIn()
        AppFixture.send(&state, [.enter])
        effects = AppFixture.send(&state, "卡点人手不足".map { .character($0) } + [.enter])
        guard case let .walkIn(person, assignment, record)? = effects.first else {
            Issue.record("no walk-in: \(effects)")
            return
        }
        #expect(person.name == "赵小兰" && record.person == person.id)
        #expect(assignment.override?.reason == "卡点人手不足" && assignment.override?.rules == ["max-headcount"])
        #expect(state.assignments.contains(assignment))
        Self.marksAgreeWithAFullRecheck(state, overridden: gate)
    }

    /// The slot screen: putting on someone a hard rule blocks asks for an override.
    @Test func assigningABlockedCandidateNeedsAnOverride() throws {
        let gate = Self.slot("C1-GE", 1, "day")
        let roster = [Self.on("孙强", "C1-GE", 1, "day"), Self.on("王建国", "C1-GE", 1, "day")]
        var state = AppState(directory: C.directory, assignments: roster, firstDay: C.firstDay, days: 7, language: .zh,
                             width: 120, height: 30)
        state.recheck()   // as a session opened on the board does
        state.board.day = 1
        state.slot = state.makeSlotViewForTests(gate)
        state.screen = .slot
        let row = try #require(state.slot?.lines.firstIndex { !$0.isMember && $0.blocked != nil })
        let name = try #require(state.slot?.lines[row].name)
        state.slot?.cursor.row = row
        #expect(AppFixture.send(&state, [.character("a")]).isEmpty)
        #expect(state.override != nil && state.assignments == roster)
        let effects = AppFixture.send(&state, "书记同意".map { .character($0) } + [.enter])
        guard case let .change(removing, adding, _)? = effects.first else { Issue.record("no change: \(effects)"); return }
        #expect(removing.isEmpty && adding.count == 1 && adding[0].override?.reason == "书记同意")
        #expect(state.status?.text.zh.contains("已特批：排入 \(name)") == true)
        Self.marksAgreeWithAFullRecheck(state, overridden: gate)
    }

    /// The person editor: new weekly hours that leave booked nights outside them ask for an
    /// override, which then goes on exactly those duties.
    @Test func anAvailabilityEditThatStrandsBookedNightsNeedsAnOverride() throws {
        let roster = [Self.on("张伟", "C1-GE", 1, "night"), Self.on("张伟", "C1-GE", 2, "night"),
                      Self.on("张伟", "C1-PUB", 3, "am")]
        var state = AppState(directory: C.directory, assignments: roster, firstDay: C.firstDay, days: 7, language: .zh,
                             width: 120, height: 30)
        state.recheck()   // as a session opened on the board does
        let person = C.person(named: "张伟")
        state.editor = PersonEditor(person, .zh)
        state.screen = .editor
        state.editor?.values[PersonField.availability.rawValue] = "周一至周五 18:00-22:00；周六 全天"
        #expect(AppFixture.send(&state, [.function(2)]).isEmpty)
        let prompt = try #require(state.override)
        #expect(prompt.breaches.allSatisfy { $0.rule == "availability" } && prompt.breaches.count == 3)
        let effects = AppFixture.send(&state, "本人确认".map { .character($0) } + [.enter])
        #expect(effects.contains { if case let .savePerson(saved) = $0 { saved.id == person.id } else { false } })
        let overridden = effects.flatMap { effect -> [Assignment] in
            if case let .change(_, adding, _) = effect { adding } else { [] }
        }
        #expect(Set(overridden.map(\.slot)) == Set(roster.map(\.slot)) && overridden.allSatisfy { $0.override != nil })
        #expect(state.screen == .people && state.editor == nil)
        Self.marksAgreeWithAFullRecheck(state, overridden: Self.slot("C1-GE", 1, "night"))
    }
}
