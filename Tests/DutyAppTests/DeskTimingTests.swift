import DutyApp
import DutyModel
import TerminalKit
import Testing

/// The desk's timing (issue 13), driven with keys: a no-show before the start and the grace
/// asks for the key again; an early check-out asks why; the close-shift key checks out at the
/// planned end whoever is still checked in, and the hours say so.
@Suite struct DeskTimingScreenTests {
    static func at(_ hour: Int, _ minute: Int = 0) -> LocalDateTime {
        LocalDateTime(date: AppFixture.firstDay, time: TimeOfDay(hour: hour, minute: minute) ?? .midnight)
    }

    static func tick(_ state: inout AppState, _ time: LocalDateTime) { _ = reduce(&state, .tick(time)) }

    /// Selects `person`'s line on `slot` by typing their number.
    static func select(_ state: inout AppState, _ line: DeskLine) {
        state.desk.query = ""
        DeskScreenTests.type(&state, line.person.id.rawValue)
        let row = state.deskLines.firstIndex { $0.person.id == line.person.id && $0.slot == line.slot } ?? 0
        AppFixture.send(&state, Array(repeating: .down, count: row))
    }

    /// Two people on one 07:00–15:00 shift at 08:50, and the shift's other lines.
    static func twoOnOneShift(_ state: AppState) throws -> (DeskLine, DeskLine) {
        let lines = state.deskLines.filter { $0.start == at(7) && $0.end == at(15) }
        let first = try #require(lines.first)
        let second = try #require(lines.first { $0.slot == first.slot && $0.person.id != first.person.id })
        return (first, second)
    }

    @Test func aNoShowBeforeTheStartAndGraceAsksForTheKeyAgain() throws {
        var state = DeskScreenTests.desk()
        let line = try #require(state.deskLines.first { $0.start == Self.at(9) && $0.state == .expected })
        Self.select(&state, line)
        // 08:50 for a 09:00 shift: nothing written, and the line says why and what to press.
        #expect(AppFixture.send(&state, [.function(5)]).isEmpty)
        let said = try #require(state.status?.text.zh)
        #expect(said.contains("09:00 开始，宽限 10 分钟，09:10 后仍未到才算缺岗") && said.contains("请再按 F5") && said.contains("F4 记请假"),
                "\(said)")
        #expect(state.status?.text.en.contains("press F5 again") == true)
        #expect(state.desk.standby == nil)
        // Any other key in between forgets the question: F5 asks again.
        AppFixture.send(&state, [.down, .up])
        #expect(AppFixture.send(&state, [.function(5)]).isEmpty)
        // The key again, straight after: the no-show is marked and standbys offered.
        let effects = AppFixture.send(&state, [.function(5)])
        guard case let .appendCheckIn(absent)? = effects.first else { Issue.record("no no-show: \(effects)"); return }
        #expect(absent.status == .noShow && absent.person == line.person.id && absent.slot == line.slot)
        #expect(state.desk.standby != nil)
    }

    /// Someone who says they cannot come is excused at once, before the start too.
    @Test func excusedNeedsNoConfirmation() throws {
        var state = DeskScreenTests.desk()
        let line = try #require(state.deskLines.first { $0.start == Self.at(9) && $0.state == .expected })
        Self.select(&state, line)
        let effects = AppFixture.send(&state, [.function(4)])
        guard case let .appendCheckIn(excused)? = effects.first else { Issue.record("no excused: \(effects)"); return }
        #expect(excused.status == .excused)
    }

    /// Past the start and the grace, F5 marks the no-show at once, as before.
    @Test func aNoShowPastTheGraceIsMarkedAtOnce() throws {
        var state = DeskScreenTests.desk()
        let line = try #require(state.deskLines.first { $0.state == .overdue })
        Self.select(&state, line)
        let effects = AppFixture.send(&state, [.function(5)])
        guard case let .appendCheckIn(absent)? = effects.first else { Issue.record("no no-show: \(effects)"); return }
        #expect(absent.status == .noShow)
    }

    @Test func anEarlyCheckOutAsksWhyAndKeepsTheTimeEnterWasPressed() throws {
        var state = DeskScreenTests.desk()
        let (line, _) = try Self.twoOnOneShift(state)
        Self.select(&state, line)
        AppFixture.send(&state, [.enter])
        Self.tick(&state, Self.at(11, 0))
        Self.select(&state, line)
        // 11:00 on a shift that ends at 15:00: a form for the reason, nothing written yet.
        #expect(AppFixture.send(&state, [.enter]).isEmpty)
        guard case .earlyCheckOut? = state.desk.form?.kind else { Issue.record("no form: \(String(describing: state.desk.form))"); return }
        #expect(state.status?.text.zh.contains("提前签退（本班 15:00 结束）：请写明原因") == true)
        #expect(state.takesText)
        // No reason: refused, said in the form.
        Self.tick(&state, Self.at(11, 2))
        #expect(AppFixture.send(&state, [.enter]).isEmpty)
        #expect(state.desk.form?.problem?.zh == "提前签退须写明原因")
        DeskScreenTests.type(&state, "家中有事")
        let effects = AppFixture.send(&state, [.enter])
        guard case let .appendCheckIn(out)? = effects.first else { Issue.record("no check-out: \(effects)"); return }
        #expect(out.action == .checkOut && out.reason == "家中有事" && out.timeOut == Self.at(11, 0))
        #expect(state.desk.form == nil)
        #expect(state.status?.text.zh.contains("提前：家中有事") == true)
    }

    /// Within the grace of the planned end, Enter checks out at once: no form at shift change.
    @Test func aCheckOutNearTheEndNeedsNoReason() throws {
        var state = DeskScreenTests.desk()
        let (line, _) = try Self.twoOnOneShift(state)
        Self.select(&state, line)
        AppFixture.send(&state, [.enter])
        Self.tick(&state, Self.at(14, 52))
        Self.select(&state, line)
        let effects = AppFixture.send(&state, [.enter])
        guard case let .appendCheckIn(out)? = effects.first else { Issue.record("no check-out: \(effects)"); return }
        #expect(out.action == .checkOut && out.reason.isEmpty && state.desk.form == nil)
    }

    @Test func closingAShiftChecksOutTheOpenOnesAtThePlannedEndAndTheHoursSaySo() throws {
        var state = DeskScreenTests.desk(.zh, width: 132, height: 43)
        let (first, second) = try Self.twoOnOneShift(state)
        Self.select(&state, first)
        AppFixture.send(&state, [.enter])
        Self.select(&state, second)
        AppFixture.send(&state, [.enter])
        // Before the shift ends, the key says when it can close it, and writes nothing.
        Self.tick(&state, Self.at(14, 0))
        Self.select(&state, first)
        #expect(AppFixture.send(&state, [.function(3)]).isEmpty)
        #expect(state.status?.text.zh.contains("本班 15:00 才结束") == true && state.status?.isError == true)
        // The second checks out on time; the first forgets.
        Self.tick(&state, Self.at(15, 2))
        Self.select(&state, second)
        AppFixture.send(&state, [.enter])
        Self.tick(&state, Self.at(15, 30))
        Self.select(&state, first)
        let effects = AppFixture.send(&state, [.function(3)])
        guard case let .appendCheckIns(all)? = effects.first, effects.count == 1, all.count == 1, let closed = all.first else { Issue.record("not one closed: \(effects)"); return }
        #expect(closed.person == first.person.id && closed.action == .closed && closed.timeOut == Self.at(15))
        #expect(state.status?.text.zh.contains("已按计划结束时间 15:00 为 1 人签退（协调员结束）：\(first.person.name)") == true)
        #expect(state.deskLines.first { $0.person.id == first.person.id }.map { if case .done = $0.state { true } else { false } } == true)
        #expect(render(state).plainText.contains("协调员结束"))
        // Nothing is left to close.
        Self.select(&state, first)
        #expect(AppFixture.send(&state, [.function(3)]).isEmpty)
        // The hours count it up to the planned end, and name it apart.
        let report = state.hoursReport
        #expect(report.closed.map(\.person) == [first.person.id])
        #expect(report.lines.first { $0.key == first.person.id.rawValue }?.minutes == Int(15 * 60 - (8 * 60 + 50)))
        AppFixture.send(&state, [.function(9)])
        #expect(render(state).plainText.contains("其中 1 次由协调员按计划结束时间结束"), "\(render(state).plainText)")
        AppFixture.send(&state, [.escape])
        // F8 takes the closing back: the person is on duty again.
        let undone = AppFixture.send(&state, [.function(8)])
        guard case let .appendCheckIns(undos)? = undone.first, let undo = undos.first else { Issue.record("no undo: \(undone)"); return }
        #expect(undo.action == .undo && undo.timeOut == nil && undo.id == closed.id)
    }
}
