import DutyEngine
import DutyModel
import Foundation
import TerminalKit

/// The duty desk's own state: the query line, the cursor, the check-in log as the desk holds
/// it, the desk's undo stack, an open standby offer or form.
public struct DeskView: Equatable, Sendable {
    /// What has been typed on the query line.
    public var query = ""
    public var cursor = ListCursor()
    /// Minutes after a shift's start before someone counts as late.
    public var grace = 10
    /// Every version of the check-in log, oldest first (as stored).
    public var log: [CheckIn] = [] {
        didSet {
            inForce = Derived(CheckIn.inForce(log))
            logStamp = Derived(Stamp.next())
        }
    }
    /// The records in force, worked out once per change of the log (not at every frame).
    private var inForce = Derived([CheckInID: CheckIn]())
    /// Stamped anew at every change of the log: the lines worked out from it are kept under it.
    private(set) var logStamp = Derived(Stamp.origin)
    /// The desk's own undo stack, newest last: which kind of change each key made.
    public var undoable: [DeskChange] = []
    /// Replacements offered after a no-show, best first, while the offer is open.
    public var standby: StandbyOffer?
    /// A correction, early check-out or walk-in form, while it is open.
    public var form: DeskForm?
    /// The record a no-show was asked for before its time, waiting for the key again.
    public var confirmNoShow: CheckInID?
    /// Only this post's people, when set (else the compound's, or everyone's).
    public var post: PostID?
    /// Records kept on this machine while the store could not be reached, not yet sent: the
    /// desk shows them, marked unsent, and they are sent once the store is back.
    public var unsent: Set<CheckInID> = []
    /// Finds people by pinyin, phone tail or number (from the directory and its pinyin).
    var lookup = Derived(PersonLookup?.none)

    public init() {}

    /// The records in force (newest version of each, withdrawn ones left out).
    public var records: [CheckInID: CheckIn] { inForce.value }

    /// Keeps the cursor on a line after the lines changed.
    mutating func clampCursor(_ state: AppState) {
        cursor.row = min(cursor.row, max(0, state.deskLines.count - 1))
    }
}

/// What one desk key changed, for its undo.
public enum DeskChange: Equatable, Sendable {
    /// A version this desk appended to the check-in log.
    case record(CheckIn)
    /// Versions appended by one key together (a shift's open check-ins closed): undone together.
    case records([CheckIn])
    /// An assignment change (a standby called up), undone through the store's undo.
    case roster
}

/// One line of the desk: a person expected on a slot, and where they stand.
public struct DeskLine: Equatable, Sendable {
    public var person: Person
    public var slot: Slot
    public var post: String
    public var start: LocalDateTime
    public var end: LocalDateTime
    public var record: CheckIn?
    public var state: Desk.State
    /// Taken off the roster after not coming: who was called up instead (plan and actual).
    public var replacedBy: [String] = []
}

/// The duty desk: everyone expected on the shifts running now or starting soon, who has
/// arrived and who is late, one query line to find a person, Enter to check in or out.
enum DeskScreen: Screen {
    static let kind = ScreenKind.desk

    /// Minutes before a shift's start that its people appear at the desk, and after its end
    /// that they stay (to be checked out).
    static let lead = 120, tail = 60

    static let commands = DeskTiming.forgettingConfirmation(Screens.commands([
        .checkInOut: { state in state.desk.standby != nil ? Standby.callUp(&state) : enter(&state) },
        .noShow: { state in DeskTiming.noShow(&state) },
        .closeShift: { state in DeskTiming.closeShift(&state) },
        .excused: { state in Standby.markAbsent(&state, excused: true) },
        .deskUndo: { state in undo(&state) },
        .correct: { state in DeskForms.openCorrection(&state); return [] },
        .walkIn: { state in DeskForms.openWalkIn(&state); return [] },
        .hours: { state in HoursScreen.open(&state); return [] },
        .back: { state in back(&state); return [] },
    ], with: Screens.help, Screens.movement(page: page) { state, delta in move(&state, delta) }))

    static func rules(_ state: AppState) -> Desk {
        var rules = state.deskRules.value ?? Desk(state.directory)
        rules.graceMinutes = max(0, state.desk.grace)
        return rules
    }

    static func page(_ state: AppState) -> Int {
        let panel = state.desk.form.map { $0.values.count + 2 }
            ?? state.desk.standby.map { max(1, min(8, $0.candidates.count)) + 2 } ?? 0
        return max(1, state.height - 6 - panel)
    }

    /// `c` on the board, or `zhiban desk`.
    static func open(_ state: inout AppState) {
        state.screen = .desk
        state.desk.cursor.reset()
        // Everyone's pinyin is worked out in the background; the lookup is made at the first key
        // typed, not before the first frame (thousands of names take most of a second).
        state.desk.lookup = Derived(nil)
    }

    /// The lookup of everyone, made once a query is typed (and again after the people change).
    static func ensureLookup(_ state: inout AppState) {
        guard state.desk.lookup.value == nil else { return }
        state.ensurePinyin()
        state.desk.lookup = Derived(PersonLookup(state.directory.people, syllables: state.pinyin.value))
    }

    /// The query line takes every printable key and Backspace; a form takes keys first.
    static func type(_ key: Key, _ state: inout AppState) -> [Effect]? {
        if state.desk.form != nil { return DeskForms.type(key, &state) }
        guard state.desk.standby == nil else { return nil }
        switch key {
        case let .character(c) where !c.isNewline:
            return paste(String(c), &state)
        case .backspace:
            if !state.desk.query.isEmpty { state.desk.query.removeLast() }
        default:
            return nil
        }
        state.desk.cursor.reset()
        state.desk.confirmNoShow = nil
        state.status = nil
        return []
    }

    /// Text into the query line (or the open form), as one edit of at most
    /// ``TextLimits/query`` characters: the lines are looked up once, not per character.
    static func paste(_ text: String, _ state: inout AppState) -> [Effect]? {
        if state.desk.form != nil { return DeskForms.paste(text, &state) }
        guard state.desk.standby == nil else { return nil }
        ensureLookup(&state)
        let cut = TextEntry.append(text, to: &state.desk.query, limit: TextLimits.query)
        state.desk.cursor.reset()
        state.desk.confirmNoShow = nil
        state.status = cut.map { .init($0, isError: true) }
        return []
    }

    static func move(_ state: inout AppState, _ delta: Int) {
        if var offer = state.desk.standby {
            offer.cursor.move(delta, count: offer.candidates.count, page: offer.candidates.count)
            state.desk.standby = offer
            return
        }
        state.desk.cursor.move(delta, count: state.deskLines.count, page: page(state))
    }

    /// Appends a version to the log, as this desk's own step (for F8).
    static func append(_ state: inout AppState, _ version: CheckIn) -> [Effect] {
        state.desk.log.append(version)
        state.desk.undoable.append(.record(version))
        return [.appendCheckIn(version)]
    }

    /// "(F8 undoes)", with the key the user has for the desk's undo.
    static func undoHint(_ state: AppState) -> Localized {
        let key = state.keyMap.name(of: .deskUndo)
        return Localized(zh: "（\(key.zh) 撤销）", en: " (\(key.en) undoes)")
    }

    /// Enter: checks the selected person in, or out when they are on duty.
    static func enter(_ state: inout AppState) -> [Effect] {
        let lines = state.deskLines
        guard state.desk.cursor.row < lines.count else {
            state.status = .init(Localized(zh: "没有选中的人：请输入拼音首字母、全拼、手机尾号或编号",
                                           en: "Nobody selected: type pinyin initials, full pinyin, a phone tail or a person number"))
            return []
        }
        let line = lines[state.desk.cursor.row]
        let rules = rules(state), now = state.now
        let time = "\(now.time)", hint = undoHint(state)
        switch line.state {
        case .onDuty:
            guard let record = line.record, let timeIn = record.timeIn else { return [] }
            if DeskTiming.earlyCheckOut(&state, line, record) { return [] }
            let minutes = max(0, now.minuteNumber - timeIn.minuteNumber)
            state.desk.query = ""
            state.desk.cursor.reset()
            let served = HoursText.span(minutes)
            state.status = .init(Localized(zh: "已签退 \(line.person.name) \(time)，在岗 \(served.zh)\(hint.zh)",
                                           en: "Checked out \(line.person.name) at \(time) after \(served.en)\(hint.en)"))
            return append(&state, rules.checkOut(record, at: now))
        case .done:
            state.status = .init(Localized(zh: "\(line.person.name) 已签退", en: "\(line.person.name) has checked out already"))
            return []
        case .expected, .overdue, .noShow, .excused:
            let record = rules.checkIn(line.person.id, on: line.slot, at: now)
            state.desk.query = ""
            state.desk.cursor.reset()
            let late = record.status == .late ? Localized(zh: "（迟到）", en: " (late)") : Localized(zh: "", en: "")
            state.status = .init(Localized(zh: "已签到 \(line.person.name) \(time)\(late.zh)：\(line.post)\(hint.zh)",
                                           en: "Checked in \(line.person.name) at \(time)\(late.en): \(line.post)\(hint.en)"))
            return append(&state, record)
        }
    }

    /// F8: takes back the desk's newest change: a check-in record, or a standby call-up.
    static func undo(_ state: inout AppState) -> [Effect] {
        guard let last = state.desk.undoable.popLast() else {
            state.status = .init(Localized(zh: "没有可撤销的签到操作", en: "Nothing to undo at the desk"))
            return []
        }
        switch last {
        case .roster:
            return [.undo]
        case let .record(appended):
            // This desk's own record: others' entries read in since are left alone.
            guard let version = Desk.undo(appended, in: state.desk.log) else { return [] }
            state.desk.log.append(version)
            let name = state.directory.people.first { $0.id == version.person }?.name ?? version.person.rawValue
            state.status = .init(Localized(zh: "已撤销：\(name) 的\(appended.action.name.zh)", en: "Undid \(name): \(appended.action.name.en)"))
            return [.appendCheckIn(version)]
        case let .records(appended):
            let versions = appended.compactMap { record in
                Desk.undo(record, in: state.desk.log).map { version in
                    state.desk.log.append(version)
                    return version
                }
            }
            state.status = .init(Localized(zh: "已撤销：\(versions.count) 人的协调员结束", en: "Undid closing \(versions.count) check-ins"))
            return [.appendCheckIns(versions)]
        }
    }

    /// Esc: closes the standby offer, else clears the query, else leaves the desk.
    static func back(_ state: inout AppState) {
        if let offer = state.desk.standby {
            state.desk.standby = nil
            let what = offer.excused ? Localized(zh: "请假", en: "excused") : Localized(zh: "缺岗", en: "a no-show")
            state.status = .init(Localized(zh: "未调替补，\(offer.absentName) 记为\(what.zh)", en: "No standby called; \(offer.absentName) stays \(what.en)"))
        } else if !state.desk.query.isEmpty {
            state.desk.query = ""
            state.desk.cursor.reset()
        } else {
            state.screen = .board
        }
    }

    static func draw(_ state: AppState, _ screen: inout ScreenBuffer) {
        let l = state.language, zh = l == .zh
        let lines = state.deskLines
        let query = (zh ? "查找：" : "Find: ") + state.desk.query + (state.desk.standby == nil ? "_" : "")
        let hint = zh ? "拼音首字母、全拼、手机尾号或编号" : "pinyin initials, full pinyin, phone tail or number"
        let unsent = state.desk.unsent.count
        let clock = (unsent == 0 ? "" : zh ? "未发送 \(unsent) 条 · " : "\(unsent) unsent · ")
            + (zh ? "\(state.now) · 宽限 \(state.desk.grace) 分 · \(lines.count) 人"
                  : "\(state.now) · grace \(state.desk.grace) min · \(lines.count) people")
        screen.fill(x: 0, y: 1, width: screen.width, height: 1, role: .input)
        screen.put(query, x: 0, y: 1, columns: screen.width, role: .input)
        let queryWidth = DisplayWidth.of(query) + 2
        if screen.width - queryWidth > DisplayWidth.of(clock) + DisplayWidth.of(hint) + 4 {
            screen.put(hint, x: queryWidth, y: 1, columns: DisplayWidth.of(hint), role: .dim)
        }
        screen.put(clock, x: max(queryWidth, screen.width - DisplayWidth.of(clock)), y: 1,
                   columns: min(screen.width - queryWidth, DisplayWidth.of(clock)), role: .input)
        let timeW = 11, nameW = 14, idW = 6, phoneW = 4, stateW = 14, inW = 5, outW = 5
        let postW = max(6, screen.width - timeW - nameW - idW - phoneW - stateW - inW - outW - 8)
        let columns: [(String, Int, DisplayWidth.Alignment)] = [
            (zh ? "班次" : "Shift", timeW, .left), (zh ? "岗位" : "Post", postW, .left), (zh ? "姓名" : "Name", nameW, .left),
            (zh ? "编号" : "ID", idW, .left), (zh ? "尾号" : "Tel", phoneW, .left), (zh ? "状态" : "State", stateW, .left),
            (zh ? "签到" : "In", inW, .left), (zh ? "签退" : "Out", outW, .left),
        ]
        var x = 0
        for (title, width, align) in columns {
            screen.put(title, x: x, y: 2, columns: width, role: .header, alignment: align)
            x += width + 1
        }
        let cursor = state.desk.cursor
        for (i, line) in lines.enumerated().dropFirst(cursor.scroll).prefix(page(state)) {
            let y = 3 + i - cursor.scroll
            let selected = i == cursor.row && state.desk.standby == nil
            let role: StyleRole
            switch line.state {
            case _ where selected: role = .selected
            case .overdue, .noShow: role = .error
            case .done, .excused: role = .dim
            case .onDuty: role = .header
            case .expected: role = .normal
            }
            screen.fill(x: 0, y: y, width: screen.width, height: 1, role: role)
            let stateName = (line.record?.action == .closed ? Localized(zh: "协调员结束", en: "closed at end")(l) : line.state.name(l))
                + (line.record.map { state.desk.unsent.contains($0.id) } == true ? (zh ? "·未发送" : " (unsent)") : "")
            let cells = ["\(line.start.time)–\(line.end.time)", line.post, state.displayName(line.person), line.person.id.rawValue,
                         String(line.person.phone.suffix(4)),
                         stateName + (line.replacedBy.isEmpty ? "" : "→" + line.replacedBy.joined(separator: zh ? "、" : ", ")),
                         line.record?.timeIn.map { "\($0.time)" } ?? "", line.record?.timeOut.map { "\($0.time)" } ?? ""]
            var x = 0
            for (text, column) in zip(cells, columns) {
                screen.put(text, x: x, y: y, columns: column.1, role: role, alignment: column.2)
                x += column.1 + 1
            }
        }
        if lines.isEmpty {
            let empty = state.desk.query.isEmpty
                ? (zh ? "此时没有正在进行或两小时内开始的班次（练习或补录可用 zhiban desk --now \"日期 时间\" 指定时间）"
                      : "No shift running now or starting within two hours (to practise or catch up: zhiban desk --now \"DATE TIME\")")
                : (zh ? "没有人符合“\(state.desk.query)”" : "Nobody fits “\(state.desk.query)”")
            screen.put(empty, x: 0, y: 3, columns: screen.width, role: .dim)
        } else if state.desk.form == nil && state.desk.standby == nil && cursor.row < lines.count {
            // The selected person in full: the column cuts long names.
            let line = lines[cursor.row]
            screen.put("\(state.names.value.full(line.person))  \(TextFormats.format(roles: line.person.roles, l))  \(line.post)",
                       x: 0, y: screen.height - 3, columns: screen.width, role: .dim)
        }
        DeskForms.draw(state, &screen)
        Standby.draw(state, &screen)
    }
}

extension AppState {
    /// Opens the duty desk (as `zhiban desk` does): limited to a compound (index into
    /// `directory.compounds`) or a post, with a grace in minutes before someone counts as late.
    public mutating func openDesk(compound: Int? = nil, post: PostID? = nil, grace: Int = 10) {
        board.compound = compound
        desk.post = post
        desk.grace = grace
        // Back on the board, it shows the desk's day.
        let today = now.date.dayNumber - firstDay.dayNumber
        if (0..<days).contains(today) { board.day = today }
        DeskScreen.open(&self)
    }
}
