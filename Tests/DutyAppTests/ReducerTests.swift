import DutyApp
import DutyModel
import TerminalKit
import Testing

/// Each action's whole effect on the state: anything not written down here must not change.
@Suite struct ReducerTests {
    @Test func daysMoveWithinTheLoadedRange() {
        var state = AppFixture.state()
        var expected = state
        _ = reduce(&state, .key(.character("]")))
        expected.board.day = 1
        #expect(state == expected)
        _ = reduce(&state, .key(.character("[")))
        _ = reduce(&state, .key(.character("[")))
        expected.board.day = 0
        expected.status = .init(Localized(zh: "只载入了 2026-12-01 起的 7 天", en: "Only the 7 days from 2026-12-01 are loaded"))
        #expect(state == expected)
    }

    @Test func compoundsCycleThroughAll() {
        var state = AppFixture.state()
        let count = state.directory.compounds.count
        for _ in 0...count { _ = reduce(&state, .key(.character("}"))) }
        #expect(state.board.compound == nil)
        _ = reduce(&state, .key(.character("{")))
        #expect(state.board.compound == count - 1)
    }

    @Test func cursorStaysOnTheBoardAndScrolls() {
        var state = AppFixture.state(width: 80, height: 10)
        var expected = state
        AppFixture.send(&state, Array(repeating: .down, count: 7))
        expected.board.cursor = ListCursor(row: 7, scroll: 3)    // 5 rows fit at this height
        #expect(state == expected)
        AppFixture.send(&state, [.end])
        #expect(state.board.cursor.row == 36 && state.board.cursor.scroll == 32)
        AppFixture.send(&state, [.right, .right, .right, .right])
        #expect(state.board.column == 1)   // the last post has two shifts
    }

    @Test func assignUnassignAndPinAreEffects() throws {
        var state = AppFixture.state()
        AppFixture.send(&state, [.right, .enter])
        let slot = try #require(state.slot)
        let candidate = try #require(slot.lines.firstIndex { !$0.isMember && $0.blocked == nil })
        AppFixture.send(&state, Array(repeating: .down, count: candidate))
        let person = slot.lines[candidate].person
        let effects = AppFixture.send(&state, [.character("a")])
        let assignment = Assignment(person: person, slot: slot.slot, source: .manual)
        #expect(effects == [.save(assignment)])
        #expect(state.assignments.contains(assignment))
        #expect(state.slot?.lines.contains { $0.person == person && $0.isMember } == true)

        // The new member is now among the members at the top; select and pin them.
        let row = try #require(state.slot?.lines.firstIndex { $0.person == person })
        AppFixture.send(&state, [.home] + Array(repeating: .down, count: row))
        var pinned = assignment
        pinned.pinned = true
        #expect(AppFixture.send(&state, [.character("p")]) == [.save(pinned)])
        #expect(state.slot?.lines[row].pinned == true)
        #expect(AppFixture.send(&state, [.character("d")]) == [.remove(person: person, slot: slot.slot)])
        #expect(!state.assignments.contains { $0.person == person && $0.slot == slot.slot })
    }

    /// A blocked candidate is not put on: the guard names the rule and the person and asks
    /// for an override with a reason; Esc leaves everything as it was.
    @Test func blockedCandidatesAskForAnOverrideNamingTheRule() throws {
        var state = AppFixture.state()
        AppFixture.send(&state, [.enter])
        let slot = try #require(state.slot)
        let blocked = try #require(slot.lines.firstIndex { $0.blocked != nil })
        AppFixture.send(&state, Array(repeating: .down, count: blocked))
        let before = state.assignments
        #expect(AppFixture.send(&state, [.character("a")]).isEmpty)
        #expect(state.assignments == before)
        #expect(state.status?.isError == true)
        let prompt = try #require(state.override)
        #expect(!prompt.breaches.isEmpty)
        #expect(prompt.breaches.allSatisfy { $0.message.zh.contains(slot.lines[blocked].name) || $0.people.isEmpty })
        #expect(state.status?.text.zh.contains("会违反硬规则") == true)
        AppFixture.send(&state, [.escape])
        #expect(state.override == nil && state.assignments == before && state.screen == .slot)
    }

    @Test func helpAndBackAndQuit() {
        var state = AppFixture.state()
        AppFixture.send(&state, [.enter, .character("?")])
        #expect(state.screen == .help)
        AppFixture.send(&state, [.escape])
        #expect(state.screen == .slot)
        AppFixture.send(&state, [.escape])
        #expect(state.screen == .board && state.slot == nil)
        #expect(AppFixture.send(&state, [.character("q")]).isEmpty)
        #expect(state.quitting)
    }

    @Test func unknownKeysSaySo() {
        var state = AppFixture.state(.en)
        var expected = state
        _ = reduce(&state, .key(.character("Z")))
        expected.status = .init(Localized(zh: "按键 Z 在此无作用，按 ? 查看帮助", en: "Z does nothing here; press ? for help"))
        #expect(state == expected)
    }

    @Test func resizeKeepsTheCursorInView() {
        var state = AppFixture.state(width: 132, height: 43)
        AppFixture.send(&state, Array(repeating: .down, count: 30))
        #expect(state.board.cursor.scroll == 0)
        _ = reduce(&state, .resized(width: 80, height: 12))
        #expect(state.width == 80 && state.height == 12)
        #expect(state.board.cursor.scroll == 30 - 7 + 1)
    }
}

extension ReducerTests {
    @Test func undoAndRedoAreEffectsAndAReloadReplacesTheData() throws {
        var state = AppFixture.state()
        #expect(AppFixture.send(&state, [.character("u")]) == [.undo])
        #expect(AppFixture.send(&state, [.control("r")]) == [.redo])
        #expect(AppFixture.send(&state, [.character("U")]) == [.redo])
        AppFixture.send(&state, [.enter])
        let slot = try #require(state.slot)
        let removed = Array(state.assignments.filter { $0.slot != slot.slot })
        var expected = state
        _ = reduce(&state, .reloaded(StoreSnapshot(version: StoreVersion(7), directory: state.directory, assignments: removed, log: []),
                                     message: Localized(zh: "已撤销", en: "Undid")))
        expected.assignments = removed
        expected.version = StoreVersion(7)
        expected.recheck()   // a reload checks the board's marks again
        // The cursor stays on the person it was on, now a candidate.
        expected.slot = expected.makeSlotViewForTests(slot.slot, selecting: slot.lines[slot.cursor.row].person)
        expected.status = .init(Localized(zh: "已撤销", en: "Undid"))
        #expect(state == expected)
        #expect(state.slot?.lines.contains { $0.isMember } == false)
    }
}

extension ReducerTests {
    /// Mark someone on the north gate's day shift, open the south gate's, swap with someone there.
    @Test func swapTwoPeopleBetweenSlots() throws {
        var state = AppFixture.state()
        AppFixture.send(&state, [.enter])
        let north = try #require(state.slot)
        let a = try #require(north.lines.first { $0.isMember })
        AppFixture.send(&state, [.character("s")])
        #expect(state.board.swapFrom?.person == a.person)
        AppFixture.send(&state, [.escape, .down, .enter])
        let south = try #require(state.slot)
        #expect(south.slot != north.slot)
        let b = try #require(south.lines.first { $0.isMember })
        let effects = AppFixture.send(&state, [.character("s")])
        let oldA = Assignment(person: a.person, slot: north.slot, source: .solver)
        let oldB = Assignment(person: b.person, slot: south.slot, source: .solver)
        let newA = Assignment(person: a.person, slot: south.slot, source: .manual)
        let newB = Assignment(person: b.person, slot: north.slot, source: .manual)
        #expect(effects == [.change(removing: [oldA, oldB], adding: [newA, newB], action: "swap")])
        #expect(state.board.swapFrom == nil)
        #expect(state.assignments.contains(newA) && state.assignments.contains(newB))
        #expect(!state.assignments.contains(oldA) && !state.assignments.contains(oldB))
        #expect(state.slot?.lines.contains { $0.person == a.person && $0.isMember } == true)
    }

    /// A pinned assignment stays where it is: the swap is refused and the mark kept until Esc.
    @Test func pinnedAssignmentsAreNotSwapped() throws {
        var state = AppFixture.state()
        AppFixture.send(&state, [.enter])
        let first = try #require(state.slot?.lines.firstIndex { $0.isMember })
        AppFixture.send(&state, [.home] + Array(repeating: .down, count: first) + [.character("p"), .character("s")])
        AppFixture.send(&state, [.escape, .down, .enter, .character("s")])
        #expect(state.status?.isError == true)
        #expect(state.status?.text.en.contains("Pinned") == true)
        #expect(state.board.swapFrom != nil)
        AppFixture.send(&state, [.escape, .escape])
        #expect(state.board.swapFrom == nil)
    }
}

extension ReducerTests {
    static let outcome = SolverOutcome(assignments: Array(AppFixture.assignments.prefix(10)), hard: 0, soft: 1234, added: 2, removed: 3,
                                       lines: [Localized(zh: "共 567 个班次", en: "567 slots"),
                                               Localized(zh: "[软] 夜班均衡分配：95 处，罚分 9220", en: "[soft] Night shifts shared fairly: 95, penalty 9220")])

    @Test func theSolverPanelRunsStopsAndAccepts() {
        var state = AppFixture.state()
        #expect(AppFixture.send(&state, [.character("S")]) == [.startSolver(from: state.firstDay, days: 7, seconds: 10)])
        #expect(state.screen == .solver && state.solver?.running == true)
        let progress = SolverProgress(seconds: 1.5, fraction: 0.15, hard: 0, soft: 5000, shortSlots: 2, improvements: 7)
        _ = reduce(&state, .solverProgress(progress))
        #expect(state.solver?.progress == progress)
        // Accepting before it ends only says so.
        #expect(AppFixture.send(&state, [.character("a")]).isEmpty)
        #expect(AppFixture.send(&state, [.character("x")]) == [.stopSolver])
        _ = reduce(&state, .solverFinished(Self.outcome))
        #expect(state.solver?.running == false)
        let effects = AppFixture.send(&state, [.enter])
        #expect(effects == [.replaceRoster(from: state.firstDay, to: state.firstDay.adding(days: 6), assignments: Self.outcome.assignments)])
        #expect(state.screen == .board && state.solver == nil)
        #expect(state.assignments == Self.outcome.assignments)
    }

    /// The bar shows the budget used by whichever bound ends the run (here a step budget half
    /// used after 0.1 s of a 10 s one), and is full once the search has ended.
    @Test func theSolverBarMovesWithTheBudgetAndEndsFull() {
        var state = AppFixture.state()
        AppFixture.send(&state, [.character("S")])
        func bar() -> String { String(render(state).line(3).prefix(50)) }
        #expect(bar() == "[" + String(repeating: " ", count: 48) + "]")
        _ = reduce(&state, .solverProgress(SolverProgress(seconds: 0.1, fraction: 0.5, hard: 0, soft: 5000, shortSlots: 2, improvements: 1)))
        #expect(bar() == "[" + String(repeating: "|", count: 24) + String(repeating: " ", count: 24) + "]")
        #expect(render(state).line(3).contains(" 50%  0.1 / 10 s"))
        _ = reduce(&state, .solverFinished(Self.outcome))
        #expect(bar() == "[" + String(repeating: "|", count: 48) + "]")
        #expect(render(state).line(3).contains("100%"))
    }

    @Test func discardingARunningSearchStopsIt() {
        var state = AppFixture.state()
        AppFixture.send(&state, [.function(9)])
        let before = state.assignments
        #expect(AppFixture.send(&state, [.escape]) == [.stopSolver])
        #expect(state.screen == .board && state.assignments == before)
        // A late result from the stopped search is ignored.
        _ = reduce(&state, .solverFinished(Self.outcome))
        #expect(state.solver == nil && state.assignments == before)
    }
}

extension ReducerTests {
    static func type(_ state: inout AppState, _ text: String) {
        for c in text { _ = reduce(&state, .key(.character(c))) }
    }

    @Test func peopleFilterByPinyinInitialsNameOrRole() throws {
        var state = AppFixture.state()
        AppFixture.send(&state, [.character("P")])
        #expect(state.screen == .people)
        #expect(state.pinyin.value.count == state.directory.people.count)
        let everyone = state.filteredPeople.count
        AppFixture.send(&state, [.character("/")])
        Self.type(&state, "zw")
        #expect(state.people.filtering)
        let byInitials = state.filteredPeople
        #expect(!byInitials.isEmpty && byInitials.count < everyone)
        #expect(byInitials.allSatisfy { Pinyin.matches("zw", readings: Pinyin.readings(of: $0.name)) || $0.id.rawValue.lowercased().contains("zw") })
        // q is text while filtering, not quit.
        Self.type(&state, "q")
        #expect(!state.quitting && state.people.filter == "zwq")
        AppFixture.send(&state, [.backspace, .enter])
        #expect(!state.people.filtering && state.people.filter == "zw")
        AppFixture.send(&state, [.character("/"), .escape])
        #expect(state.people.filter.isEmpty && state.filteredPeople.count == everyone)
        AppFixture.send(&state, [.character("/")])
        Self.type(&state, "医务人员")
        #expect(state.filteredPeople.allSatisfy { $0.roles.contains(.medicalWorker) })
        // 曾 is found as zeng.
        AppFixture.send(&state, [.escape, .character("/")])
        Self.type(&state, "zeng")
        #expect(state.filteredPeople.contains { $0.name.hasPrefix("曾") })
    }

    @Test func openAPersonsWeekAndEditThem() throws {
        var state = AppFixture.state()
        AppFixture.send(&state, [.character("P"), .down, .enter])
        #expect(state.screen == .person)
        let id = try #require(state.week.person)
        let original = try #require(state.directory.people.first { $0.id == id })
        AppFixture.send(&state, [.character("e")])
        #expect(state.screen == .editor && state.editor?.original == original)
        // Break the phone: the problem shows and saving is refused.
        AppFixture.send(&state, [.tab, .backspace])
        #expect(state.editor?.problems[PersonField.phone.rawValue] != nil)
        #expect(AppFixture.send(&state, [.function(2)]).isEmpty)
        #expect(state.status?.isError == true && state.screen == .editor)
        // Fix it, change the notes, save: one effect with the new person.
        Self.type(&state, "9")
        #expect(state.editor?.problems.isEmpty == true)
        AppFixture.send(&state, Array(repeating: .tab, count: 12))
        #expect(state.editor?.field == PersonField.notes.rawValue)
        Self.type(&state, "！")
        var changed = original
        changed.phone = String(original.phone.dropLast()) + "9"
        changed.notes = original.notes + "！"
        #expect(AppFixture.send(&state, [.control("s")]) == [.savePerson(changed)])
        #expect(state.screen == .person && state.editor == nil)
        #expect(state.directory.people.first { $0.id == id } == changed)
    }

    @Test func editorReportsEveryBadField() {
        var state = AppFixture.state()
        AppFixture.send(&state, [.character("P"), .character("e")])
        for (field, text) in [(PersonField.sex, "X"), (.birthYear, "19x"), (.compound, "无此小区"), (.roles, "飞行员"),
                              (.availability, "周八 全天"), (.leave, "明天"), (.maxHours, "很多"), (.night, "也许")] {
            state.editor?.values[field.rawValue] = text
        }
        let problems = state.editor.map { $0.parsed(in: state.directory).1 } ?? [:]
        #expect(Set(problems.keys) == Set([PersonField.sex, .birthYear, .compound, .roles, .availability, .leave, .maxHours, .night].map(\.rawValue)))
        #expect(problems[PersonField.roles.rawValue]?.zh.contains("飞行员") == true)
        // Escape discards.
        AppFixture.send(&state, [.escape])
        #expect(state.screen == .people && state.editor == nil)
    }
}

extension ReducerTests {
    @Test func boardFiltersByAreaKindAndCompound() {
        var state = AppFixture.state()
        let all = state.boardRowCountForTests
        AppFixture.send(&state, [.character("t")])
        #expect(state.board.kind == .checkpoint)
        #expect(state.boardRowCountForTests == state.directory.posts.filter { $0.kind == .checkpoint }.count)
        AppFixture.send(&state, [.character("A")])
        #expect(state.board.area == 0 && state.board.compound == nil)
        AppFixture.send(&state, [.character("}")])
        let first = state.directory.compounds.firstIndex { $0.area == state.directory.areas[0].id }
        #expect(state.board.compound == first)
        #expect(state.boardRowCountForTests == state.directory.posts.filter {
            $0.kind == .checkpoint && $0.compound == state.directory.compounds[first ?? 0].id }.count)
        // Cycling kinds and areas past the end comes back to "all".
        AppFixture.send(&state, Array(repeating: .character("t"), count: PostKind.allCases.count))
        AppFixture.send(&state, Array(repeating: .character("A"), count: state.directory.areas.count))
        #expect(state.board.kind == nil && state.board.area == nil && state.board.compound == nil)
        #expect(state.boardRowCountForTests == all)
    }
}

extension ReducerTests {
    /// Someone's new leave makes their duties break a hard rule: the board marks those slots.
    @Test func slotsBreakingAHardRuleAreMarked() throws {
        var state = AppFixture.state()
        state.recheck()
        #expect(state.violated.isEmpty)
        let duty = try #require(state.assignments.first { $0.slot.date == state.firstDay })
        let index = try #require(state.directory.people.firstIndex { $0.id == duty.person })
        state.directory.people[index].unavailable = [Unavailability(from: state.firstDay, to: state.firstDay)!]
        state.recheck()
        #expect(state.violated.contains(duty.slot.id))
        let screen = render(state)
        let marked = (0..<screen.height).contains { screen.line($0).contains("!") }
        #expect(marked)
    }
}

extension ReducerTests {
    @Test func pinyinFromTheBackgroundKeepsFresherEntries() throws {
        var state = AppFixture.state()
        let person = try #require(state.directory.people.first)
        state.pinyin.value[person.id] = ["fresh"]
        let computed = Dictionary(state.directory.people.map { ($0.id, Pinyin.syllables(of: $0.name)) }, uniquingKeysWith: { a, _ in a })
        _ = reduce(&state, .pinyinReady(computed))
        #expect(state.pinyin.value.count == state.directory.people.count)
        #expect(state.pinyin.value[person.id] == ["fresh"])
        // With pinyin known, opening the people list computes nothing more.
        let before = state.pinyin
        AppFixture.send(&state, [.character("P")])
        #expect(state.pinyin.value == before.value)
    }
}

extension ReducerTests {
    /// `ou` is a name's pinyin (区 read ōu, 欧阳), not the “ou” of “compound cadre”: role and
    /// compound names are matched by Chinese text or after `#`.
    @Test func peopleFilterMatchesRoleTextOnlyWhenAskedFor() throws {
        var state = AppFixture.state()
        AppFixture.send(&state, [.character("P"), .character("/")])
        Self.type(&state, "ou")
        let byPinyin = state.filteredPeople
        #expect(byPinyin.contains { $0.name.hasPrefix("区") })
        #expect(byPinyin.allSatisfy { $0.name.hasPrefix("区") || Pinyin.syllables(of: $0.name).first?.hasPrefix("o") == true },
                "\(byPinyin.map(\.name))")
        let cadres = state.directory.people.filter { $0.roles.contains(.compoundCadre) }
        AppFixture.send(&state, [.escape, .character("/")])
        Self.type(&state, "#cadre")
        #expect(!cadres.isEmpty && state.filteredPeople.map(\.id) == cadres.map(\.id))
        AppFixture.send(&state, [.escape, .character("/")])
        Self.type(&state, "小区干部")
        #expect(state.filteredPeople.map(\.id) == cadres.map(\.id))
    }

    /// The people filter finds 单 read dān as well as shàn.
    @Test func peopleFilterFindsEveryReadingOfASurname() throws {
        var state = AppFixture.state()
        let person = try #require(state.directory.people.first { $0.name.hasPrefix("单") && !$0.name.hasPrefix("单于") })
        let given = String(Pinyin.syllables(of: person.name).dropFirst().compactMap(\.first))
        AppFixture.send(&state, [.character("P"), .character("/")])
        for surname in ["s", "d", "shan", "dan"] {
            Self.type(&state, surname + given)
            #expect(state.filteredPeople.contains { $0.id == person.id }, "\(surname + given)")
            AppFixture.send(&state, [.escape, .character("/")])
        }
    }
}
