import DutyEngine
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
    /// A correction or walk-in form, while it is open.
    public var form: DeskForm?
    /// The hours screen: how its totals are grouped, and its scroll.
    public var grouping: ServiceHours.Grouping = .person
    public var hoursScroll = 0
    /// Only this post's people, when set (else the compound's, or everyone's).
    public var post: PostID?

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
    /// A version this desk appended to the check-in log.
    case record(CheckIn)
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
        /// What calling them up changes: the absent person off the slot and them on, or the
        /// replan's whole change when it moves someone else too.
        public var removing: [Assignment] = []
        public var adding: [Assignment] = []
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
                  desk.post == nil || post.id == desk.post,
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

    var deskPage: Int {
        let panel = desk.form.map { $0.values.count + 2 } ?? desk.standby.map { max(1, min(8, $0.candidates.count)) + 2 } ?? 0
        return max(1, height - 6 - panel)
    }

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
        guard screen == .desk, desk.standby == nil, desk.form == nil else { return false }
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
        desk.undoable.append(.record(version))
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

    /// F5: marks the selected person absent (F4: excused, they cannot come) and offers
    /// replacements at once.
    mutating func deskNoShow(excused: Bool = false) -> [Effect] {
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
        let effects = appendRecord(deskRules.absent(line.person.id, on: line.slot, excused: excused))
        desk.standby = standbyOffer(for: line)
        let offered = desk.standby?.candidates.count ?? 0
        let what = excused ? Localized(zh: "请假", en: "excused") : Localized(zh: "缺岗", en: "no-show")
        status = .init(Localized(
            zh: "已记 \(line.person.name) \(what.zh)。" + (offered > 0 ? "可替补 \(offered) 人：回车调用所选，Esc 不调" : "没有可替补的人"),
            en: "Marked \(line.person.name) \(what.en). " + (offered > 0 ? "\(offered) standbys: Enter calls the chosen one, Esc none" : "Nobody can stand in")))
        return effects
    }

    /// Who could take `line`'s place. First the engine's replanning of the absence over the
    /// slot (the change it makes with the fewest other changes, which may move someone from
    /// another duty); then the engine's other candidates for the slot that no hard rule blocks,
    /// cheapest first; each with why.
    func standbyOffer(for line: DeskLine) -> StandbyOffer? {
        var without = self
        without.assignments.removeAll { $0.person == line.person.id && $0.slot == line.slot }
        guard let view = without.makeSlotView(line.slot, cursor: 0) else { return nil }
        let absentAssignment = assignments.filter { $0.person == line.person.id && $0.slot == line.slot }
        var offered: [StandbyOffer.Candidate] = []
        if let replanned = replanOffer(for: line) { offered.append(replanned) }
        let first = Set(offered.map(\.person))
        let candidates = view.lines.filter { !$0.isMember && $0.blocked == nil && $0.person != line.person.id
            && !first.contains($0.person) }
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
                return StandbyOffer.Candidate(person: c.person, name: c.name, reason: reason, cost: c.cost ?? 0,
                                              removing: absentAssignment,
                                              adding: [Assignment(person: c.person, slot: line.slot, source: .manual)])
            }
        offered += candidates.prefix(max(0, 8 - offered.count))
        return StandbyOffer(slot: line.slot, absent: line.person.id, absentName: line.person.name, candidates: offered)
    }

    /// The engine's replanning of `line`'s person being absent for that slot: who takes it
    /// over, and every assignment the replan changes (the day compiled with its neighbours).
    func replanOffer(for line: DeskLine) -> StandbyOffer.Candidate? {
        let near = assignments.filter { abs($0.slot.date.dayNumber - line.slot.date.dayNumber) <= 1 }
        let plan = DutyCompiler.compile(directory, from: line.slot.date, days: 1, around: near)
        guard let p = plan.personIndex[line.person.id], let s = plan.slotIndex[line.slot.id] else { return nil }
        var roster = plan.current
        for pair in plan.problem.pinned { roster.add(pair) }
        let result = DutyReplan.absence(plan.problem, roster: roster, person: p, from: plan.minute(line.start),
                                        until: plan.minute(line.end))
        guard result.score.hard == 0, let takeover = result.takeovers.first(where: { $0.slot == s }) else { return nil }
        let id = plan.personIDs[takeover.person]
        guard let person = index.person[id].map({ directory.people[$0] }) else { return nil }
        func assignment(_ pair: DutyPair) -> Assignment {
            Assignment(person: plan.personIDs[pair.person], slot: plan.slots[pair.slot], source: .replan)
        }
        let others = result.otherChanges
        let reason = others == 0
            ? Localized(zh: "排班引擎重排的首选，\(TextFormats.format(roles: person.roles, .zh))",
                        en: "the engine's replan, \(TextFormats.format(roles: person.roles, .en))")
            : Localized(zh: "排班引擎重排的首选，另调整 \(others) 处排班", en: "the engine's replan, \(others) other changes")
        return StandbyOffer.Candidate(person: id, name: person.name, reason: reason, cost: 0,
                                      removing: result.removed.map(assignment), adding: result.added.map(assignment))
    }

    mutating func callStandby() -> [Effect] {
        guard let offer = desk.standby, offer.cursor < offer.candidates.count else {
            desk.standby = nil
            return []
        }
        let chosen = offer.candidates[offer.cursor]
        desk.standby = nil
        let removing = chosen.removing, adding = chosen.adding
        assignments.removeAll { a in removing.contains { $0.person == a.person && $0.slot == a.slot } }
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
        case let .record(appended):
            // This desk's own record: others' entries read in since are left alone.
            guard let version = Desk.undo(appended, in: desk.log) else { return [] }
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

/// A small form on the desk: a time correction with its reason, or a walk-in's details.
public struct DeskForm: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case correction(CheckIn)
        case walkIn(Slot)
    }

    public var kind: Kind
    public var labels: [Localized]
    public var values: [String]
    public var field = 0
    public var problem: Localized?
}

extension AppState {
    /// F6: corrects the selected person's times, with a reason.
    mutating func openCorrection() {
        let lines = deskLines
        guard desk.cursor < lines.count, let record = lines[desk.cursor].record, record.timeIn != nil else {
            status = .init(Localized(zh: "只能更正已签到的记录", en: "Only a record with a check-in can be corrected"))
            return
        }
        desk.form = DeskForm(kind: .correction(record),
                             labels: [Localized(zh: "签到", en: "In"), Localized(zh: "签退", en: "Out"), Localized(zh: "原因", en: "Reason")],
                             values: [record.timeIn.map { "\($0.time)" } ?? "", record.timeOut.map { "\($0.time)" } ?? "", ""])
        status = .init(Localized(zh: "更正 \(lines[desk.cursor].person.name)：时间为 HH:MM，签退可空，原因必填；Tab 换项，回车保存，Esc 放弃",
                                 en: "Correct \(lines[desk.cursor].person.name): times as HH:MM, out may be empty, a reason is required; Tab moves, Enter saves, Esc cancels"))
    }

    /// F7: registers a walk-in volunteer on the selected line's slot and checks them in.
    mutating func openWalkIn() {
        let lines = deskLines
        guard desk.cursor < lines.count else {
            status = .init(Localized(zh: "先选中临时报到者要上的班次（该班次的任一行）", en: "First select a line of the slot the walk-in joins"))
            return
        }
        desk.form = DeskForm(kind: .walkIn(lines[desk.cursor].slot),
                             labels: [Localized(zh: "姓名", en: "Name"), Localized(zh: "手机", en: "Phone"), Localized(zh: "性别", en: "Sex"),
                                      Localized(zh: "出生年份", en: "Born"), Localized(zh: "身份", en: "Roles")],
                             values: ["", "", "", "", Role.residentVolunteer.name(language)])
        status = .init(Localized(zh: "临时报到：\(lines[desk.cursor].post)；Tab 换项，回车登记并签到，Esc 放弃",
                                 en: "Walk-in on \(lines[desk.cursor].post); Tab moves, Enter registers and checks in, Esc cancels"))
    }

    /// Keys while a form is open: text into the field, Tab and arrows between fields, Enter
    /// submits, Esc cancels.
    mutating func typeForm(_ key: Key) -> [Effect]? {
        guard var form = desk.form else { return nil }
        switch key {
        case let .character(c) where !c.isNewline: form.values[form.field].append(c)
        case .backspace: if !form.values[form.field].isEmpty { form.values[form.field].removeLast() }
        case .tab, .down: form.field = (form.field + 1) % form.values.count
        case .backTab, .up: form.field = (form.field + form.values.count - 1) % form.values.count
        case .escape:
            desk.form = nil
            status = .init(Localized(zh: "已放弃", en: "Cancelled"))
            return []
        case .enter:
            desk.form = form
            return submitForm()
        default:
            return nil
        }
        form.problem = nil
        desk.form = form
        return []
    }

    /// `HH:MM` on the slot's day (the next day for a night shift's small hours).
    func time(_ text: String, on slot: Slot) -> LocalDateTime? {
        guard let t = TimeOfDay(parsing: text.trimmingCharacters(in: .whitespaces)), t.minutes < 1440,
              let start = deskRules.window(slot)?.start else { return nil }
        let sameDay = LocalDateTime(date: slot.date, time: t)
        return sameDay.minuteNumber < start.minuteNumber - 6 * 60 ? LocalDateTime(date: slot.date.adding(days: 1), time: t) : sameDay
    }

    mutating func submitForm() -> [Effect] {
        guard var form = desk.form else { return [] }
        switch form.kind {
        case let .correction(record):
            let timeIn = time(form.values[0], on: record.slot)
            let outText = form.values[1].trimmingCharacters(in: .whitespaces)
            let timeOut = outText.isEmpty ? nil : time(outText, on: record.slot)
            if timeIn == nil || (!outText.isEmpty && timeOut == nil) {
                form.problem = Localized(zh: "时间应为 HH:MM，如 07:55", en: "times look like HH:MM, e.g. 07:55")
            } else if form.values[2].trimmingCharacters(in: .whitespaces).isEmpty {
                form.problem = Localized(zh: "请写明更正原因", en: "say why it is corrected")
                form.field = 2
            } else if let version = deskRules.correction(record, timeIn: timeIn, timeOut: timeOut, reason: form.values[2]) {
                desk.form = nil
                let name = directory.people.first { $0.id == record.person }?.name ?? record.person.rawValue
                status = .init(Localized(zh: "已更正 \(name)（F8 撤销）", en: "Corrected \(name) (F8 undoes)"))
                return appendRecord(version)
            } else {
                form.problem = Localized(zh: "签退早于签到", en: "the check-out is before the check-in")
            }
            desk.form = form
            return []
        case let .walkIn(slot):
            guard let post = directory.posts.first(where: { $0.id == slot.post }) else { return [] }
            let name = form.values[0].trimmingCharacters(in: .whitespaces)
            let phone = form.values[1].trimmingCharacters(in: .whitespaces)
            let (roles, unknown) = TextFormats.parseRoles(form.values[4])
            var problem: Localized?
            if name.isEmpty { problem = Localized(zh: "请填写姓名", en: "a name is needed") }
            else if !PersonRules.isValidPhone(phone) { problem = Localized(zh: "手机应为 11 位数字，以 1 开头", en: "a phone is 11 digits starting with 1") }
            else if let other = directory.people.first(where: { $0.phone == phone }) {
                problem = Localized(zh: "此手机号已登记为 \(other.name)（\(other.id)）：请直接查找签到", en: "this phone is \(other.name) (\(other.id)): find and check them in")
            } else if Sex(lenient: form.values[2]) == nil { problem = Localized(zh: "性别应为 男 或 女", en: "sex is M or F") }
            else if Int(form.values[3].trimmingCharacters(in: .whitespaces)).map({ PersonRules.birthYears.contains($0) }) != true {
                problem = Localized(zh: "出生年份应在 \(PersonRules.birthYears.lowerBound)–\(PersonRules.birthYears.upperBound)",
                                    en: "born \(PersonRules.birthYears.lowerBound)–\(PersonRules.birthYears.upperBound)")
            } else if !unknown.isEmpty || roles.isEmpty {
                problem = Localized(zh: "未知身份：\(unknown.joined(separator: "、"))", en: "unknown roles: \(unknown.joined(separator: ", "))")
            }
            if let problem {
                form.problem = problem
                desk.form = form
                return []
            }
            let person = Person(id: nextPersonID(), name: name, phone: phone, sex: Sex(lenient: form.values[2]) ?? .female,
                                birthYear: Int(form.values[3].trimmingCharacters(in: .whitespaces)) ?? 1980,
                                compound: post.compound, roles: roles, notes: Localized(zh: "临时报到", en: "walk-in")(language))
            let assignment = Assignment(person: person.id, slot: slot, source: .manual)
            let record = deskRules.checkIn(person.id, on: slot, at: now, walkIn: true)
            directory.people.append(person)
            directory.people.sort { $0.id.rawValue < $1.id.rawValue }
            pinyin[person.id] = Pinyin.syllables(of: person.name)
            deskLookup = PersonLookup(directory.people, syllables: pinyin)
            assignments.append(assignment)
            desk.log.append(record)
            desk.undoable.append(.record(record))
            desk.form = nil
            status = .init(Localized(zh: "已登记并签到 \(person.name)（\(person.id)）：\(post.name)",
                                     en: "Registered and checked in \(person.name) (\(person.id)): \(post.name)"))
            return [.walkIn(person, assignment, record)]
        }
    }

    /// The next person number after the highest `P…` one, as wide as the widest.
    func nextPersonID() -> PersonID {
        var highest = 0, width = 4
        for person in directory.people where person.id.rawValue.hasPrefix("P") {
            let digits = person.id.rawValue.dropFirst()
            guard !digits.isEmpty, digits.allSatisfy(\.isNumber), let n = Int(digits) else { continue }
            highest = max(highest, n)
            width = max(width, digits.count)
        }
        let number = String(highest + 1)
        return PersonID(rawValue: "P" + String(repeating: "0", count: max(0, width - number.count)) + number)
    }
}

extension AppState {
    /// Hours served on the loaded days, from the check-in log as the desk holds it.
    public var hoursReport: ServiceHours.Report {
        ServiceHours.report(Array(desk.records.values), directory: directory, from: firstDay,
                            to: firstDay.adding(days: days - 1), by: desk.grouping)
    }
}
