import DutyModel
import TerminalKit

/// The duty desk: everyone expected on the shifts running now or starting soon, who has
/// arrived and who is late, one query line to find a person, Enter to check in or out.
public struct DeskView: Equatable, Sendable {
    /// What has been typed on the query line.
    public var query = ""
    public var cursor = 0
    public var scroll = 0
    /// Minutes after a shift's start before someone counts as late.
    public var grace = 10
    /// Every version of the check-in log, oldest first (as stored).
    public var log: [CheckIn] = []
    /// The desk's own undo stack, newest last: which kind of change each key made.
    public var undoable: [DeskChange] = []
    /// Replacements offered after a no-show, best first, while the offer is open.
    public var standby: StandbyOffer?

    public init() {}

    /// The records in force (newest version of each, withdrawn ones left out).
    public var records: [CheckInID: CheckIn] {
        var byID: [CheckInID: CheckIn] = [:]
        for version in log { byID[version.id] = version }
        return byID.filter { !$0.value.voided }
    }
}

/// What one desk key changed, for its undo.
public enum DeskChange: Equatable, Sendable {
    /// A version appended to the check-in log.
    case record
    /// An assignment change (a standby called up), undone through the store's undo.
    case roster
}

/// The replacements for someone who did not come.
public struct StandbyOffer: Equatable, Sendable {
    public struct Candidate: Equatable, Sendable {
        public var person: PersonID
        public var name: String
        public var reason: Localized
        public var cost: Int
    }

    public var slot: Slot
    public var absent: PersonID
    public var absentName: String
    public var candidates: [Candidate]
    public var cursor = 0
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
}

extension Desk.State {
    func name(_ l: Language) -> String {
        switch self {
        case .expected: Localized(zh: "待到", en: "expected")(l)
        case .overdue: Localized(zh: "未到", en: "not here")(l)
        case let .onDuty(late): late ? Localized(zh: "在岗（迟到）", en: "on duty (late)")(l) : Localized(zh: "在岗", en: "on duty")(l)
        case let .done(late): late ? Localized(zh: "已签退（迟到）", en: "done (late)")(l) : Localized(zh: "已签退", en: "done")(l)
        case .noShow: Localized(zh: "缺岗", en: "no-show")(l)
        case .excused: Localized(zh: "请假", en: "excused")(l)
        }
    }
}

extension AppState {
    /// Minutes before a shift's start that its people appear at the desk, and after its end
    /// that they stay (to be checked out).
    static let deskLead = 120, deskTail = 60

    var deskRules: Desk { Desk(directory, graceMinutes: desk.grace) }

    /// The desk's lines at `now`: people on slots of the chosen compound (or all) running or
    /// starting within two hours, narrowed by the query (best fit first), else by start time.
    public var deskLines: [DeskLine] {
        let rules = deskRules
        let records = desk.records
        let posts = Dictionary(directory.posts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let compoundID = compound.map { directory.compounds[$0].id }
        let minute = now.minuteNumber
        var lines: [DeskLine] = []
        for a in assignments {
            guard let post = posts[a.slot.post], compoundID == nil || post.compound == compoundID,
                  let w = rules.window(a.slot),
                  w.start.minuteNumber - AppState.deskLead <= minute, minute < w.end.minuteNumber + AppState.deskTail,
                  let i = index.person[a.person] else { continue }
            let record = records[CheckIn.id(person: a.person, slot: a.slot)]
            lines.append(DeskLine(person: directory.people[i], slot: a.slot, post: post.name, start: w.start, end: w.end,
                                  record: record, state: rules.state(record, slot: a.slot, now: now)))
        }
        lines.sort { ($0.start.minuteNumber, $0.post, $0.person.id.rawValue) < ($1.start.minuteNumber, $1.post, $1.person.id.rawValue) }
        let query = desk.query.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return lines }
        let lookup = deskLookup ?? PersonLookup(lines.map(\.person), syllables: pinyin)
        var rank: [PersonID: Int] = [:]
        for (i, match) in lookup.find(query).enumerated() where rank[match.person] == nil { rank[match.person] = i }
        return lines.filter { rank[$0.person.id] != nil }.enumerated()
            .sorted { (rank[$0.element.person.id] ?? 0, $0.offset) < (rank[$1.element.person.id] ?? 0, $1.offset) }
            .map(\.element)
    }

    var deskPage: Int { max(1, height - 6 - (desk.standby == nil ? 0 : min(8, desk.standby?.candidates.count ?? 0) + 2)) }

    public mutating func openDesk() {
        screen = .desk
        desk.cursor = 0
        desk.scroll = 0
        if pinyin.isEmpty {
            pinyin = Dictionary(directory.people.map { ($0.id, Pinyin.syllables(of: $0.name)) }, uniquingKeysWith: { a, _ in a })
        }
        deskLookup = PersonLookup(directory.people, syllables: pinyin)
    }

    mutating func moveDesk(_ delta: Int) {
        if var offer = desk.standby {
            offer.cursor = max(0, min(offer.candidates.count - 1, offer.cursor + delta))
            desk.standby = offer
            return
        }
        let count = deskLines.count
        guard count > 0 else { return }
        desk.cursor = max(0, min(count - 1, desk.cursor + delta))
        if desk.cursor < desk.scroll { desk.scroll = desk.cursor }
        if desk.cursor >= desk.scroll + deskPage { desk.scroll = desk.cursor - deskPage + 1 }
    }

    /// The query line takes every printable key; Backspace deletes.
    mutating func typeDesk(_ key: Key) -> Bool {
        guard screen == .desk, desk.standby == nil else { return false }
        switch key {
        case let .character(c) where !c.isNewline:
            desk.query.append(c)
        case .backspace:
            if !desk.query.isEmpty { desk.query.removeLast() }
        default:
            return false
        }
        desk.cursor = 0
        desk.scroll = 0
        status = nil
        return true
    }

    mutating func appendRecord(_ version: CheckIn) -> [Effect] {
        desk.log.append(version)
        desk.undoable.append(.record)
        return [.appendCheckIn(version)]
    }

    /// Enter: checks the selected person in, or out when they are on duty; in the standby
    /// offer, calls up the chosen replacement.
    mutating func deskEnter() -> [Effect] {
        if desk.standby != nil { return callStandby() }
        let lines = deskLines
        guard desk.cursor < lines.count else {
            status = .init(Localized(zh: "没有选中的人：请输入拼音首字母、全拼、手机尾号或编号",
                                     en: "Nobody selected: type pinyin initials, full pinyin, a phone tail or a person number"))
            return []
        }
        let line = lines[desk.cursor]
        let rules = deskRules
        let time = "\(now.time)"
        switch line.state {
        case .onDuty:
            guard let record = line.record, let timeIn = record.timeIn else { return [] }
            let minutes = max(0, now.minuteNumber - timeIn.minuteNumber)
            desk.query = ""
            desk.cursor = 0
            status = .init(Localized(zh: "已签退 \(line.person.name) \(time)，在岗 \(minutes / 60) 小时 \(minutes % 60) 分（F8 撤销）",
                                     en: "Checked out \(line.person.name) at \(time) after \(minutes / 60) h \(minutes % 60) min (F8 undoes)"))
            return appendRecord(rules.checkOut(record, at: now))
        case .done:
            status = .init(Localized(zh: "\(line.person.name) 已签退", en: "\(line.person.name) has checked out already"))
            return []
        case .expected, .overdue, .noShow, .excused:
            let record = rules.checkIn(line.person.id, on: line.slot, at: now)
            desk.query = ""
            desk.cursor = 0
            let late = record.status == .late ? Localized(zh: "（迟到）", en: " (late)") : Localized(zh: "", en: "")
            status = .init(Localized(zh: "已签到 \(line.person.name) \(time)\(late.zh)：\(line.post)（F8 撤销）",
                                     en: "Checked in \(line.person.name) at \(time)\(late.en): \(line.post) (F8 undoes)"))
            return appendRecord(record)
        }
    }

    /// F5: marks the selected person absent and offers replacements at once.
    mutating func deskNoShow() -> [Effect] {
        let lines = deskLines
        guard desk.standby == nil, desk.cursor < lines.count else { return [] }
        let line = lines[desk.cursor]
        switch line.state {
        case .onDuty, .done:
            status = .init(Localized(zh: "\(line.person.name) 已签到，不能记为缺岗", en: "\(line.person.name) checked in; not a no-show"),
                           isError: true)
            return []
        case .noShow, .excused:
            status = .init(Localized(zh: "\(line.person.name) 已记为缺岗", en: "\(line.person.name) is marked absent already"))
            return []
        case .expected, .overdue:
            break
        }
        let effects = appendRecord(deskRules.absent(line.person.id, on: line.slot))
        desk.standby = standbyOffer(for: line)
        let offered = desk.standby?.candidates.count ?? 0
        status = .init(Localized(
            zh: "已记 \(line.person.name) 缺岗。" + (offered > 0 ? "可替补 \(offered) 人：回车调用所选，Esc 不调" : "没有可替补的人"),
            en: "Marked \(line.person.name) no-show. " + (offered > 0 ? "\(offered) standbys: Enter calls the chosen one, Esc none" : "Nobody can stand in")))
        return effects
    }

    /// Who could take `line`'s place: the engine's candidates for the slot without the absent
    /// person, that no hard rule blocks, cheapest first, with why.
    func standbyOffer(for line: DeskLine) -> StandbyOffer? {
        var without = self
        without.assignments.removeAll { $0.person == line.person.id && $0.slot == line.slot }
        guard let view = without.makeSlotView(line.slot, cursor: 0) else { return nil }
        let candidates = view.lines.filter { !$0.isMember && $0.blocked == nil && $0.person != line.person.id }
            .sorted { ($0.cost ?? 0, $0.person.rawValue) < ($1.cost ?? 0, $1.person.rawValue) }
            .prefix(8)
            .map { c in
                let home = c.resident ? Localized(zh: "住本小区", en: "lives here") : Localized(zh: "本片区", en: "same area")
                let cost: Localized = switch c.cost ?? 0 {
                case ..<0: Localized(zh: "补上缺口（得分 \(c.cost ?? 0)）", en: "fills the gap (score \(c.cost ?? 0))")
                case 0: Localized(zh: "不增加代价", en: "no extra cost")
                default: Localized(zh: "代价 +\(c.cost ?? 0)", en: "cost +\(c.cost ?? 0)")
                }
                let reason = Localized(zh: "\(home.zh)，\(c.roles)，\(cost.zh)", en: "\(home.en), \(c.roles), \(cost.en)")
                return StandbyOffer.Candidate(person: c.person, name: c.name, reason: reason, cost: c.cost ?? 0)
            }
        return StandbyOffer(slot: line.slot, absent: line.person.id, absentName: line.person.name, candidates: Array(candidates))
    }

    mutating func callStandby() -> [Effect] {
        guard let offer = desk.standby, offer.cursor < offer.candidates.count else {
            desk.standby = nil
            return []
        }
        let chosen = offer.candidates[offer.cursor]
        desk.standby = nil
        let removing = assignments.filter { $0.person == offer.absent && $0.slot == offer.slot }
        let adding = [Assignment(person: chosen.person, slot: offer.slot, source: .manual)]
        assignments.removeAll { $0.person == offer.absent && $0.slot == offer.slot }
        assignments.append(contentsOf: adding)
        desk.undoable.append(.roster)
        desk.query = ""
        desk.cursor = 0
        status = .init(Localized(zh: "已调 \(chosen.name) 替补 \(offer.absentName)（F8 撤销）",
                                 en: "\(chosen.name) called up for \(offer.absentName) (F8 undoes)"))
        return [.change(removing: removing, adding: adding, action: "standby")]
    }

    /// F8: takes back the desk's newest change: a check-in record, or a standby call-up.
    mutating func deskUndo() -> [Effect] {
        guard let last = desk.undoable.popLast() else {
            status = .init(Localized(zh: "没有可撤销的签到操作", en: "Nothing to undo at the desk"))
            return []
        }
        switch last {
        case .roster:
            return [.undo]
        case .record:
            guard let version = Desk.undo(desk.log) else { return [] }
            desk.log.append(version)
            let name = directory.people.first { $0.id == version.person }?.name ?? version.person.rawValue
            status = .init(Localized(zh: "已撤销：\(name) 的\(version.reason.split(separator: " ").first.map(String.init) ?? "")",
                                     en: "Undid \(name)'s \(version.reason.split(separator: " ").dropFirst().joined(separator: " "))"))
            return [.appendCheckIn(version)]
        }
    }

    /// Esc: closes the standby offer, else clears the query, else leaves the desk.
    mutating func deskBack() {
        if let offer = desk.standby {
            desk.standby = nil
            status = .init(Localized(zh: "未调替补，\(offer.absentName) 记为缺岗", en: "No standby called; \(offer.absentName) stays a no-show"))
        } else if !desk.query.isEmpty {
            desk.query = ""
            desk.cursor = 0
            desk.scroll = 0
        } else {
            screen = .board
        }
    }
}
