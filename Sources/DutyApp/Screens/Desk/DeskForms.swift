import DutyModel
import Foundation
import TerminalKit

/// A small form on the desk: a time correction with its reason, why someone leaves early,
/// or a walk-in's details.
public struct DeskForm: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case correction(CheckIn)
        /// A check-out before the shift's end, at the time Enter was pressed, waiting for its reason.
        case earlyCheckOut(CheckIn, at: LocalDateTime)
        case walkIn(Slot)
    }

    public var kind: Kind
    public var labels: [Localized]
    public var values: [String]
    public var field = 0
    public var problem: Localized?

    /// The most characters field `i` takes (as the import takes the same values).
    public func limit(of i: Int) -> Int {
        let limits: [Int]
        switch kind {
        case .correction: limits = [TextLimits.short, TextLimits.short, TextLimits.reason]
        case .earlyCheckOut: limits = [TextLimits.reason]
        case .walkIn: limits = [TextLimits.personName, TextLimits.phone, TextLimits.short, TextLimits.short, TextLimits.list]
        }
        return i < limits.count ? limits[i] : TextLimits.reason
    }
}

/// The desk's two forms: F6 corrects a record's times (with a reason), F7 registers a walk-in.
enum DeskForms {
    /// "Tab 换项，回车保存，Esc 放弃", with the user's keys and what Enter does here.
    static func keysHint(_ state: AppState, enter: Localized) -> Localized {
        let keys = state.keyMap
        let next = keys.name(of: .nextField), submit = keys.name(of: .checkInOut), cancel = keys.name(of: .back)
        return Localized(zh: "\(next.zh) 换项，\(submit.zh)\(enter.zh)，\(cancel.zh) 放弃",
                         en: "\(next.en) moves, \(submit.en) \(enter.en), \(cancel.en) cancels")
    }

    /// F6: corrects the selected person's times, with a reason.
    static func openCorrection(_ state: inout AppState) {
        let lines = state.deskLines
        let row = state.desk.cursor.row
        guard row < lines.count, let record = lines[row].record, record.timeIn != nil else {
            state.status = .init(Localized(zh: "只能更正已签到的记录", en: "Only a record with a check-in can be corrected"))
            return
        }
        state.desk.form = DeskForm(kind: .correction(record),
                                   labels: [Localized(zh: "签到", en: "In"), Localized(zh: "签退", en: "Out"), Localized(zh: "原因", en: "Reason")],
                                   values: [record.timeIn.map { "\($0.time)" } ?? "", record.timeOut.map { "\($0.time)" } ?? "", ""])
        let hint = keysHint(state, enter: Localized(zh: "保存", en: "saves"))
        state.status = .init(Localized(zh: "更正 \(lines[row].person.name)：时间为 HH:MM，签退可空，原因必填；\(hint.zh)",
                                       en: "Correct \(lines[row].person.name): times as HH:MM, out may be empty, a reason is required; \(hint.en)"))
    }

    /// F7: registers a walk-in volunteer on the selected line's slot and checks them in.
    static func openWalkIn(_ state: inout AppState) {
        let lines = state.deskLines
        let row = state.desk.cursor.row
        guard row < lines.count else {
            state.status = .init(Localized(zh: "先选中临时报到者要上的班次（该班次的任一行）", en: "First select a line of the slot the walk-in joins"))
            return
        }
        state.desk.form = DeskForm(kind: .walkIn(lines[row].slot),
                                   labels: [Localized(zh: "姓名", en: "Name"), Localized(zh: "手机", en: "Phone"), Localized(zh: "性别", en: "Sex"),
                                            Localized(zh: "出生年份", en: "Born"), Localized(zh: "身份", en: "Roles")],
                                   values: ["", "", "", "", Role.residentVolunteer.name(state.language)])
        let hint = keysHint(state, enter: Localized(zh: "登记并签到", en: "registers and checks in"))
        state.status = .init(Localized(zh: "临时报到：\(lines[row].post)；\(hint.zh)", en: "Walk-in on \(lines[row].post); \(hint.en)"))
    }

    /// Keys while a form is open: text into the field; the next-field and previous-field keys
    /// move between fields; the check-in key submits; the back key cancels.
    static func type(_ key: Key, _ state: inout AppState) -> [Effect]? {
        guard var form = state.desk.form else { return nil }
        let keys = state.keyMap
        switch key {
        case let .character(c) where !c.isNewline: return paste(String(c), &state)
        case .backspace: if !form.values[form.field].isEmpty { form.values[form.field].removeLast() }
        case _ where keys.keys(for: .nextField).contains(key): form.field = (form.field + 1) % form.values.count
        case _ where keys.keys(for: .previousField).contains(key): form.field = (form.field + form.values.count - 1) % form.values.count
        case _ where keys.keys(for: .back).contains(key):
            state.desk.form = nil
            state.status = .init(Localized(zh: "已放弃", en: "Cancelled"))
            return []
        case _ where keys.keys(for: .checkInOut).contains(key):
            state.desk.form = form
            return submit(&state)
        default:
            return nil
        }
        form.problem = nil
        state.desk.form = form
        return []
    }

    /// Text into the form's field, as one edit of at most the field's limit.
    static func paste(_ text: String, _ state: inout AppState) -> [Effect]? {
        guard var form = state.desk.form else { return nil }
        let cut = TextEntry.append(text, to: &form.values[form.field], limit: form.limit(of: form.field))
        form.problem = nil
        state.desk.form = form
        if let cut { state.status = .init(cut, isError: true) }
        return []
    }

    /// `HH:MM` on the slot's day (the next day for a night shift's small hours).
    static func time(_ state: AppState, _ text: String, on slot: Slot) -> LocalDateTime? {
        guard let t = TimeOfDay(parsing: text.trimmingCharacters(in: .whitespaces)), t.minutes < 1440,
              let start = DeskScreen.rules(state).window(slot)?.start else { return nil }
        let sameDay = LocalDateTime(date: slot.date, time: t)
        return sameDay.minuteNumber < start.minuteNumber - 6 * 60 ? LocalDateTime(date: slot.date.adding(days: 1), time: t) : sameDay
    }

    static func submit(_ state: inout AppState) -> [Effect] {
        guard var form = state.desk.form else { return [] }
        switch form.kind {
        case let .earlyCheckOut(record, time):
            return DeskTiming.submitEarlyCheckOut(&state, record, at: time)
        case let .correction(record):
            let timeIn = time(state, form.values[0], on: record.slot)
            let outText = form.values[1].trimmingCharacters(in: .whitespaces)
            let timeOut = outText.isEmpty ? nil : time(state, outText, on: record.slot)
            if timeIn == nil || (!outText.isEmpty && timeOut == nil) {
                form.problem = Localized(zh: "时间应为 HH:MM，如 07:55", en: "times look like HH:MM, e.g. 07:55")
            } else if form.values[2].trimmingCharacters(in: .whitespaces).isEmpty {
                form.problem = Localized(zh: "请写明更正原因", en: "say why it is corrected")
                form.field = 2
            } else if let version = DeskScreen.rules(state).correction(record, timeIn: timeIn, timeOut: timeOut, reason: form.values[2]) {
                state.desk.form = nil
                let name = state.directory.people.first { $0.id == record.person }?.name ?? record.person.rawValue
                let hint = DeskScreen.undoHint(state)
                state.status = .init(Localized(zh: "已更正 \(name)\(hint.zh)", en: "Corrected \(name)\(hint.en)"))
                return DeskScreen.append(&state, version)
            } else {
                form.problem = Localized(zh: "签退早于签到", en: "the check-out is before the check-in")
            }
            state.desk.form = form
            return []
        case let .walkIn(slot):
            guard let post = state.directory.posts.first(where: { $0.id == slot.post }) else { return [] }
            if let problem = walkInProblem(state, form) {
                form.problem = problem
                state.desk.form = form
                return []
            }
            let (roles, _) = TextFormats.parseRoles(form.values[4])
            let person = Person(id: state.directory.nextPersonID(), name: form.values[0].trimmingCharacters(in: .whitespaces),
                                phone: PersonRules.phone(form.values[1]), sex: Sex(lenient: form.values[2]) ?? .female,
                                birthYear: Int(form.values[3].trimmingCharacters(in: .whitespaces)) ?? 1980,
                                compound: post.compound, roles: roles, notes: Localized(zh: "临时报到", en: "walk-in")(state.language))
            let assignment = Assignment(person: person.id, slot: slot, source: .manual)
            let record = DeskScreen.rules(state).checkIn(person.id, on: slot, at: state.now, walkIn: true)
            let change = PendingChange(adding: [assignment], person: person, walkIn: record, action: "walk-in")
            let breaches = Override.breaches(state, change)
            if !breaches.isEmpty {
                state.desk.form = nil
                Override.ask(&state, change, breaches: breaches,
                             what: Localized(zh: "临时报到 \(person.name) 到 \(post.name)", en: "Walk-in \(person.name) on \(post.name)"))
                return []
            }
            state.directory.people.append(person)
            state.directory.people.sort { $0.id.rawValue < $1.id.rawValue }
            state.notePinyin(of: person)
            state.desk.lookup = Derived(nil)   // made again at the next key typed
            state.assignments.append(assignment)
            state.desk.log.append(record)
            state.desk.undoable.append(.record(record))
            state.desk.form = nil
            state.status = .init(Localized(zh: "已登记并签到 \(person.name)（\(person.id)）：\(post.name)",
                                           en: "Registered and checked in \(person.name) (\(person.id)): \(post.name)"))
            return [.walkIn(person, assignment, record)]
        }
    }

    /// What is wrong with the walk-in form, the first problem only; nil when it can be registered.
    static func walkInProblem(_ state: AppState, _ form: DeskForm) -> Localized? {
        let name = form.values[0].trimmingCharacters(in: .whitespaces)
        let phone = PersonRules.phone(form.values[1])
        let (roles, unknown) = TextFormats.parseRoles(form.values[4])
        if name.isEmpty { return Localized(zh: "请填写姓名", en: "a name is needed") }
        if !PersonRules.isValidPhone(phone) { return Localized(zh: "手机应为 11 位数字，以 1 开头", en: "a phone is 11 digits starting with 1") }
        if let other = state.directory.people.first(where: { $0.phone == phone }) {
            return Localized(zh: "此手机号已登记为 \(other.name)（\(other.id)）：请直接查找签到", en: "this phone is \(other.name) (\(other.id)): find and check them in")
        }
        if Sex(lenient: form.values[2]) == nil { return Localized(zh: "性别应为 男 或 女", en: "sex is M or F") }
        if Int(form.values[3].trimmingCharacters(in: .whitespaces)).map({ PersonRules.birthYears.contains($0) }) != true {
            return Localized(zh: "出生年份应在 \(PersonRules.birthYears.lowerBound)–\(PersonRules.birthYears.upperBound)",
                             en: "born \(PersonRules.birthYears.lowerBound)–\(PersonRules.birthYears.upperBound)")
        }
        if !unknown.isEmpty || roles.isEmpty {
            return Localized(zh: "未知身份：\(unknown.joined(separator: "、"))", en: "unknown roles: \(unknown.joined(separator: ", "))")
        }
        return nil
    }

    static func draw(_ state: AppState, _ screen: inout ScreenBuffer) {
        guard let form = state.desk.form else { return }
        let l = state.language, zh = l == .zh
        let top = screen.height - 3 - form.values.count - 2
        let title: String
        switch form.kind {
        case .correction:
            let hint = keysHint(state, enter: Localized(zh: "保存", en: "saves"))(l)
            title = zh ? "更正签到记录（原记录保留）：\(hint)" : "Correct the record (the old one stays): \(hint)"
        case .earlyCheckOut:
            let hint = keysHint(state, enter: Localized(zh: "签退", en: "checks out"))(l)
            title = zh ? "提前签退：原因必填；\(hint)" : "Early check-out: a reason is required; \(hint)"
        case .walkIn:
            let hint = keysHint(state, enter: Localized(zh: "登记", en: "registers"))(l)
            title = zh ? "临时报到：登记并签到到所选班次；\(hint)" : "Walk-in: register and check in on the selected slot; \(hint)"
        }
        screen.fill(x: 0, y: top, width: screen.width, height: 1, role: .title)
        screen.put(title, x: 0, y: top, columns: screen.width, role: .title)
        for (i, label) in form.labels.enumerated() {
            let y = top + 1 + i
            let selected = i == form.field
            screen.fill(x: 0, y: y, width: screen.width, height: 1, role: .normal)
            screen.put(label(l), x: 1, y: y, columns: 10, role: selected ? .header : .normal)
            screen.put(form.values[i] + (selected ? "_" : ""), x: 12, y: y, columns: screen.width - 12, role: selected ? .input : .normal)
        }
        screen.fill(x: 0, y: top + 1 + form.values.count, width: screen.width, height: 1, role: .normal)
        if let problem = form.problem {
            screen.put(problem(l), x: 1, y: top + 1 + form.values.count, columns: screen.width - 1, role: .error)
        }
    }
}
