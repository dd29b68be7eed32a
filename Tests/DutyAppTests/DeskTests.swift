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

    @Test func initialsNarrowTheListAndEnterChecksInThenOut() throws {
        var state = Self.desk()
        let target = try #require(state.deskLines.first)
        let initials = Pinyin.initials(of: target.person.name)
        Self.type(&state, initials)
        let narrowed = state.deskLines
        #expect(narrowed.contains { $0.person.id == target.person.id })
        #expect(narrowed.allSatisfy { Pinyin.matches(initials, syllables: Pinyin.syllables(of: $0.person.name)) })
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
        // The same person again: Enter checks out.
        Self.type(&state, target.person.id.rawValue)
        effects = AppFixture.send(&state, [.enter])
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
        #expect(offer.candidates.map(\.cost) == offer.candidates.map(\.cost).sorted())
        // Keys now move in the offer rather than type.
        AppFixture.send(&state, [.down])
        #expect(state.desk.standby?.cursor == min(1, offer.candidates.count - 1))
        let chosen = offer.candidates[state.desk.standby?.cursor ?? 0]
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
