import DutyModel
import TerminalKit

/// The desk's rules of timing, at the keys: a no-show only once the shift has started and the
/// grace has passed (earlier, the no-show key asks to be pressed again), an early check-out
/// only with a reason, and the close-shift key that checks out at the planned end whoever
/// forgot to check out (issue 13).
enum DeskTiming {
    /// The no-show key, guarded: before the start and the grace it only says why and asks for
    /// the key again on the same line; the second press marks the no-show.
    static func noShow(_ state: inout AppState) -> [Effect] {
        let lines = state.deskLines
        guard state.desk.standby == nil, state.desk.form == nil, state.desk.cursor.row < lines.count else {
            return Standby.markAbsent(&state, excused: false)
        }
        let line = lines[state.desk.cursor.row]
        let rules = DeskScreen.rules(state)
        let id = CheckIn.id(person: line.person.id, slot: line.slot)
        guard line.state == .expected, rules.isTooEarlyForNoShow(state.now, on: line.slot),
              let after = rules.noShowAfter(line.slot), state.desk.confirmNoShow != id else {
            state.desk.confirmNoShow = nil
            return Standby.markAbsent(&state, excused: false)
        }
        state.desk.confirmNoShow = id
        let again = state.keyMap.name(of: .noShow), excused = state.keyMap.name(of: .excused)
        let start = "\(line.start.time)", grace = state.desk.grace, until = "\(after.time)"
        state.status = .init(Localized(
            zh: "\(line.person.name) 的班次 \(start) 开始，宽限 \(grace) 分钟，\(until) 后仍未到才算缺岗。确要现在记缺岗，请再按 \(again.zh)；来不了的请按 \(excused.zh) 记请假",
            en: "\(line.person.name)'s shift starts at \(start) with \(grace) min grace: a no-show only after \(until). "
                + "To mark it now anyway, press \(again.en) again; someone who cannot come is excused (\(excused.en))"),
                             isError: true)
        return []
    }

    /// Every desk command but the no-show forgets a no-show waiting for its second press, so
    /// that the second press is the very next key.
    static func forgettingConfirmation(_ commands: [Command: CommandHandler]) -> [Command: CommandHandler] {
        Dictionary(uniqueKeysWithValues: commands.map { command, handler in
            guard command != .noShow else { return (command, handler) }
            let forgetting: CommandHandler = { state in
                state.desk.confirmNoShow = nil
                return handler(&state)
            }
            return (command, forgetting)
        })
    }

    /// Enter on someone on duty more than the grace before their shift ends: a one-field form
    /// for why they leave early, the check-out time taken now. False when it is not early.
    static func earlyCheckOut(_ state: inout AppState, _ line: DeskLine, _ record: CheckIn) -> Bool {
        let rules = DeskScreen.rules(state)
        guard rules.isEarly(state.now, leaving: line.slot) else { return false }
        state.desk.form = DeskForm(kind: .earlyCheckOut(record, at: state.now),
                                   labels: [Localized(zh: "原因", en: "Reason")], values: [""])
        let hint = DeskForms.keysHint(state, enter: Localized(zh: "签退", en: "checks out"))
        state.status = .init(Localized(
            zh: "\(line.person.name) 提前签退（本班 \(line.end.time) 结束）：请写明原因；\(hint.zh)",
            en: "\(line.person.name) leaves before the shift ends at \(line.end.time): say why; \(hint.en)"))
        return true
    }

    /// Enter in the early check-out form: the check-out with its reason, which is required.
    static func submitEarlyCheckOut(_ state: inout AppState, _ record: CheckIn, at time: LocalDateTime) -> [Effect] {
        guard var form = state.desk.form else { return [] }
        let reason = form.values[0].trimmingCharacters(in: .whitespaces)
        guard !reason.isEmpty else {
            form.problem = Localized(zh: "提前签退须写明原因", en: "an early check-out needs a reason")
            state.desk.form = form
            return []
        }
        state.desk.form = nil
        state.desk.query = ""
        state.desk.cursor.reset()
        let name = state.directory.people.first { $0.id == record.person }?.name ?? record.person.rawValue
        let served = HoursText.span(time.minuteNumber - (record.timeIn?.minuteNumber ?? time.minuteNumber))
        let hint = DeskScreen.undoHint(state)
        state.status = .init(Localized(zh: "已签退 \(name) \(time.time)（提前：\(reason)），在岗 \(served.zh)\(hint.zh)",
                                       en: "Checked out \(name) at \(time.time) (early: \(reason)) after \(served.en)\(hint.en)"))
        return DeskScreen.append(&state, DeskScreen.rules(state).checkOut(record, at: time, reason: reason))
    }

    /// The close-shift key: everyone on the selected line's shift still checked in is checked
    /// out at the planned end, each record marked as closed by the coordinator; one undo step.
    static func closeShift(_ state: inout AppState) -> [Effect] {
        let lines = state.deskLines
        guard state.desk.standby == nil, state.desk.form == nil, state.desk.cursor.row < lines.count else {
            state.status = .init(Localized(zh: "先选中要结束的班次（该班次的任一行）", en: "First select a line of the shift to close"))
            return []
        }
        let line = lines[state.desk.cursor.row]
        let rules = DeskScreen.rules(state)
        let key = state.keyMap.name(of: .closeShift)
        guard line.end <= state.now else {
            state.status = .init(Localized(
                zh: "\(line.post) 本班 \(line.end.time) 才结束；结束后仍未签退的，可按 \(key.zh) 按计划结束时间签退",
                en: "\(line.post): this shift ends at \(line.end.time); after that, \(key.en) checks out whoever is still checked in"),
                                 isError: true)
            return []
        }
        let open = state.desk.records.values.filter { $0.slot == line.slot && $0.isOpen }
            .sorted { $0.person.rawValue < $1.person.rawValue }
        let closed = open.compactMap { rules.close($0, now: state.now) }
        guard !closed.isEmpty else {
            state.status = .init(Localized(zh: "\(line.post) 本班没有未签退的人", en: "\(line.post): nobody on this shift is still checked in"))
            return []
        }
        state.desk.log += closed
        state.desk.undoable.append(.records(closed))
        let names = closed.map { record in state.directory.people.first { $0.id == record.person }?.name ?? record.person.rawValue }
        let hint = DeskScreen.undoHint(state)
        state.status = .init(Localized(
            zh: "已按计划结束时间 \(line.end.time) 为 \(closed.count) 人签退（协调员结束）：\(names.joined(separator: "、"))\(hint.zh)",
            en: "Checked out \(closed.count) at the planned end \(line.end.time) (closed by the coordinator): \(names.joined(separator: ", "))\(hint.en)"))
        return [.appendCheckIns(closed)]
    }
}
