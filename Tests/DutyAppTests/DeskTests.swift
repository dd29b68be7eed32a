import DutyApp
import DutyModel
import TerminalKit
import Testing

/// The duty desk in the interface: the query line, check-in and out, no-show with standbys,
/// undo; and its screens as golden text.
@Suite struct DeskScreenTests {
    /// The desk at 08:50 on the fixture's first day.
    static func desk(_ language: Language = .zh, width: Int = 80, height: Int = 24) -> AppState {
        var state = AppFixture.state(language, width: width, height: height)
        _ = reduce(&state, .tick(LocalDateTime(date: AppFixture.firstDay, time: TimeOfDay(hour: 8, minute: 50) ?? .midnight)))
        AppFixture.send(&state, [.character("c")])
        return state
    }

    static func type(_ state: inout AppState, _ text: String) {
        AppFixture.send(&state, text.map { .character($0) })
    }

    @Test func theDeskListsWhoIsExpectedNowAndWhoIsLate() throws {
        let state = Self.desk()
        #expect(state.screen == .desk)
        let lines = state.deskLines
        #expect(!lines.isEmpty)
        let minute = state.now.minuteNumber
        for line in lines {
            #expect(line.start.minuteNumber - 120 <= minute && minute < line.end.minuteNumber + 60)
            // Nobody has checked in: those past start and grace are not here, the rest expected.
            #expect(line.state == (minute > line.start.minuteNumber + 10 ? .overdue : .expected), "\(line.person.name)")
        }
    }

    /// A desk for one post lists only that post's people; for one compound, that compound's.
    @Test func theDeskCanBeLimitedToAPostOrACompound() throws {
        var state = Self.desk()
        let all = state.deskLines
        let post = try #require(all.first?.slot.post)
        state.desk.post = post
        #expect(!state.deskLines.isEmpty && state.deskLines.allSatisfy { $0.slot.post == post })
        #expect(state.deskLines.count == all.filter { $0.slot.post == post }.count)
        state.desk.post = nil
        let compound = try #require(state.directory.posts.first { $0.id == post }?.compound)
        state.board.compound = state.directory.compounds.firstIndex { $0.id == compound }
        let posts = Set(state.directory.posts.filter { $0.compound == compound }.map(\.id))
        #expect(!state.deskLines.isEmpty && state.deskLines.allSatisfy { posts.contains($0.slot.post) })
        #expect(state.deskLines.count < all.count)
    }

    /// Letters are the query, never commands: q does not quit, c does not reopen, j does not move.
    @Test func typingIsTheQueryNotCommands() {
        var state = Self.desk()
        Self.type(&state, "qcj")
        #expect(state.desk.query == "qcj" && !state.quitting && state.screen == .desk)
        AppFixture.send(&state, [.backspace])
        #expect(state.desk.query == "qc")
        AppFixture.send(&state, [.escape])
        #expect(state.desk.query.isEmpty && state.screen == .desk)
        AppFixture.send(&state, [.escape])
        #expect(state.screen == .board)
    }

    /// Someone named 单丽萍 on duty is found by `slp` and by `dlp` (单 read dān).
    @Test func theQueryFindsEveryReadingOfASurname() throws {
        var state = AppFixture.state()
        _ = reduce(&state, .tick(LocalDateTime(date: AppFixture.firstDay, time: TimeOfDay(hour: 8, minute: 50) ?? .midnight)))
        AppFixture.send(&state, [.character("c")])
        let target = try #require(state.deskLines.first?.person.id)
        AppFixture.send(&state, [.escape])
        let index = try #require(state.directory.people.firstIndex { $0.id == target })
        state.directory.people[index].name = "单丽萍"
        state.pinyin.value = [:]
        AppFixture.send(&state, [.character("c")])
        for query in ["slp", "dlp", "shanliping", "danliping", "danl"] {
            Self.type(&state, query)
            #expect(state.deskLines.contains { $0.person.id == target }, "\(query)")
            AppFixture.send(&state, [.escape])
        }
        Self.type(&state, "jlp")
        #expect(!state.deskLines.contains { $0.person.id == target })
    }

    @Test func initialsNarrowTheListAndEnterChecksInThenOut() throws {
        var state = Self.desk()
        let target = try #require(state.deskLines.first)
        let initials = Pinyin.initials(of: target.person.name)
        Self.type(&state, initials)
        let narrowed = state.deskLines
        #expect(narrowed.contains { $0.person.id == target.person.id })
        #expect(narrowed.allSatisfy { Pinyin.matches(initials, readings: Pinyin.readings(of: $0.person.name)) })
        // Select the target among the matches and press Enter.
        let row = try #require(narrowed.firstIndex { $0.person.id == target.person.id && $0.slot == target.slot })
        AppFixture.send(&state, Array(repeating: .down, count: row))
        var effects = AppFixture.send(&state, [.enter])
        guard case let .appendCheckIn(record)? = effects.first else { Issue.record("no check-in: \(effects)"); return }
        #expect(record.person == target.person.id && record.slot == target.slot && record.timeIn == state.now)
        #expect(record.status == (state.now.minuteNumber > target.start.minuteNumber + 10 ? .late : .onTime))
        #expect(state.desk.query.isEmpty)
        #expect(state.deskLines.first { $0.person.id == target.person.id && $0.slot == target.slot }?.state
                == .onDuty(late: record.status == .late))
        // The same person again: Enter checks out; long before the shift ends, with a reason.
        Self.type(&state, target.person.id.rawValue)
        effects = AppFixture.send(&state, [.enter])
        if case .earlyCheckOut? = state.desk.form?.kind {
            Self.type(&state, "临时有事")
            effects = AppFixture.send(&state, [.enter])
        }
        guard case let .appendCheckIn(out)? = effects.first else { Issue.record("no check-out: \(effects)"); return }
        #expect(out.action == .checkOut && out.timeOut == state.now && out.id == record.id)
    }

    @Test func aNoShowOffersStandbysAndEnterCallsOneUpThenUndoTakesItBack() throws {
        var state = Self.desk()
        let target = try #require(state.deskLines.first)
        Self.type(&state, target.person.id.rawValue)
        var effects = AppFixture.send(&state, [.function(5)])
        guard case let .appendCheckIn(absent)? = effects.first else { Issue.record("no no-show: \(effects)"); return }
        #expect(absent.status == .noShow && absent.person == target.person.id)
        let offer = try #require(state.desk.standby)
        #expect(!offer.candidates.isEmpty)
        #expect(!offer.candidates.contains { $0.person == target.person.id })
        // First the engine's replanning of the absence, then the other candidates, cheapest first.
        let replan = try #require(offer.candidates.first)
        #expect(replan.reason.en.hasPrefix("the engine's replan"), "\(replan.reason.en)")
        #expect(replan.removing.contains { $0.person == target.person.id && $0.slot == target.slot })
        #expect(replan.adding.contains { $0.person == replan.person && $0.slot == target.slot })
        let rest = offer.candidates.dropFirst()
        #expect(rest.map(\.cost) == rest.map(\.cost).sorted())
        #expect(!rest.contains { $0.person == replan.person })
        // Keys now move in the offer rather than type.
        AppFixture.send(&state, [.down])
        #expect(state.desk.standby?.cursor.row == min(1, offer.candidates.count - 1))
        let chosen = offer.candidates[state.desk.standby?.cursor.row ?? 0]
        effects = AppFixture.send(&state, [.enter])
        guard case let .change(removing, adding, action)? = effects.first else { Issue.record("no call-up: \(effects)"); return }
        #expect(action == "standby")
        #expect(removing.map(\.person) == [target.person.id] && adding.map(\.person) == [chosen.person])
        #expect(state.assignments.contains { $0.person == chosen.person && $0.slot == target.slot })
        #expect(!state.assignments.contains { $0.person == target.person.id && $0.slot == target.slot })
        // F8 undoes the call-up (through the store), then the no-show (a new log version).
        #expect(AppFixture.send(&state, [.function(8)]) == [.undo])
        effects = AppFixture.send(&state, [.function(8)])
        guard case let .appendCheckIn(undo)? = effects.first else { Issue.record("no undo record: \(effects)"); return }
        #expect(undo.action == .undo && undo.voided && undo.id == absent.id)
        #expect(AppFixture.send(&state, [.function(8)]).isEmpty)
    }

    /// Calling up the replan's choice applies the replan's whole change in one effect.
    @Test func callingUpTheReplansChoiceAppliesItsWholeChange() throws {
        var state = Self.desk()
        let target = try #require(state.deskLines.first)
        Self.type(&state, target.person.id.rawValue)
        AppFixture.send(&state, [.function(5)])
        let replan = try #require(state.desk.standby?.candidates.first)
        let effects = AppFixture.send(&state, [.enter])
        // The one who takes the slot is marked as standing in for the absent person.
        let adding = replan.adding.map { a -> Assignment in
            var a = a
            if a.slot == target.slot { a.replaces = target.person.id }
            return a
        }
        #expect(effects == [.change(removing: replan.removing, adding: adding, action: "standby")])
        #expect(state.assignments.contains { $0.person == replan.person && $0.slot == target.slot && $0.replaces == target.person.id })
        #expect(!state.assignments.contains { $0.person == target.person.id && $0.slot == target.slot })
    }

    /// F6 corrects the times with a reason (required); the old record stays in the log.
    @Test func aCorrectionNeedsAReasonAndAppendsANewVersion() throws {
        var state = Self.desk()
        let target = try #require(state.deskLines.first)
        Self.type(&state, target.person.id.rawValue)
        AppFixture.send(&state, [.enter])
        Self.type(&state, target.person.id.rawValue)
        AppFixture.send(&state, [.function(6)])
        #expect(state.desk.form != nil && state.takesText)
        AppFixture.send(&state, Array(repeating: .backspace, count: 5))
        Self.type(&state, "07:05")
        // No reason yet: nothing is written, the form says why.
        #expect(AppFixture.send(&state, [.enter]).isEmpty)
        #expect(state.desk.form?.problem != nil && state.desk.form?.field == 2)
        Self.type(&state, "补登：早到忘记签到")
        let effects = AppFixture.send(&state, [.enter])
        guard case let .appendCheckIn(version)? = effects.first else { Issue.record("no correction: \(effects)"); return }
        #expect(version.action == .correction && version.reason == "补登：早到忘记签到")
        #expect(version.timeIn == LocalDateTime(date: AppFixture.firstDay, time: TimeOfDay(hour: 7, minute: 5) ?? .midnight))
        #expect(state.desk.form == nil)
        #expect(state.desk.log.filter { $0.id == version.id }.count == 2)
    }

    /// F7 registers a walk-in on the selected slot and checks them in, in one effect.
    @Test func aWalkInIsRegisteredOnTheSlotAndCheckedIn() throws {
        var state = Self.desk()
        let line = try #require(state.deskLines.first)
        let before = state.directory.people.count
        AppFixture.send(&state, [.function(7)])
        Self.type(&state, "王小明")
        AppFixture.send(&state, [.tab])
        Self.type(&state, "123")
        AppFixture.send(&state, [.tab])
        Self.type(&state, "男")
        AppFixture.send(&state, [.tab])
        Self.type(&state, "1990")
        // A bad phone: nothing is written.
        #expect(AppFixture.send(&state, [.enter]).isEmpty)
        #expect(state.desk.form?.problem != nil)
        AppFixture.send(&state, [.tab, .tab, .tab])
        #expect(state.desk.form?.field == 1)
        AppFixture.send(&state, Array(repeating: .backspace, count: 3))
        Self.type(&state, "13812349876")
        let effects = AppFixture.send(&state, [.enter])
        guard case let .walkIn(person, assignment, record)? = effects.first else { Issue.record("no walk-in: \(effects)"); return }
        #expect(person.name == "王小明" && person.sex == .male && person.birthYear == 1990 && person.roles == [.residentVolunteer])
        #expect(!AppFixture.directory.people.contains { $0.id == person.id })
        #expect(assignment.slot == line.slot && assignment.person == person.id)
        #expect(record.action == .walkIn && record.timeIn == state.now)
        #expect(state.directory.people.count == before + 1)
        Self.type(&state, "wxm")
        #expect(state.deskLines.first?.person.id == person.id)
        #expect(state.deskLines.first.map { if case .onDuty = $0.state { true } else { false } } == true)
    }

    /// F9 shows hours served on the loaded days from the log: the check-in and check-out just
    /// made count; one still on duty is listed as open; Tab regroups.
    @Test func theHoursScreenTotalsTheLogAndRegroups() throws {
        var state = Self.desk(.en, width: 100, height: 30)
        let lines = state.deskLines
        let first = try #require(lines.first), second = try #require(lines.dropFirst().first { $0.person.id != first.person.id })
        Self.type(&state, first.person.id.rawValue)
        AppFixture.send(&state, [.enter])
        Self.type(&state, second.person.id.rawValue)
        AppFixture.send(&state, [.enter])
        _ = reduce(&state, .tick(LocalDateTime(minuteNumber: state.now.minuteNumber + 135)))
        Self.type(&state, first.person.id.rawValue)
        AppFixture.send(&state, [.enter])
        if state.desk.form != nil {   // leaving before the shift ends: say why
            Self.type(&state, "临时有事")
            AppFixture.send(&state, [.enter])
        }
        AppFixture.send(&state, [.function(9)])
        #expect(state.screen == .hours)
        let report = state.hoursReport
        #expect(report.lines.map(\.key) == [first.person.id.rawValue] && report.totalMinutes == 135)
        #expect(report.open.map(\.person) == [second.person.id])
        let text = render(state).plainText
        #expect(text.contains("total 2.3 h · 1 open check-ins"), "\(text)")
        AppFixture.send(&state, [.tab])
        #expect(state.hours.grouping == .organisation)
        AppFixture.send(&state, [.tab])
        #expect(state.hoursReport.lines.map(\.key) == [first.person.compound.rawValue])
        AppFixture.send(&state, [.escape])
        #expect(state.screen == .desk)
    }

    @Test(arguments: Language.allCases)
    func screens(_ language: Language) {
        for (w, h) in [(80, 24), (132, 43)] {
            var state = Self.desk(language, width: w, height: h)
            Snapshot.check(render(state).plainText, "desk-\(language.rawValue)-\(w)x\(h)")
            if let first = state.deskLines.first {
                Self.type(&state, first.person.id.rawValue)
                AppFixture.send(&state, [.function(5)])
                Snapshot.check(render(state).plainText, "desk-standby-\(language.rawValue)-\(w)x\(h)")
            }
        }
    }
}
