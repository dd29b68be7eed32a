import DutyEngine
import DutyModel
import TerminalKit

/// The replacements for someone who did not come.
public struct StandbyOffer: Equatable, Sendable {
    public struct Candidate: Equatable, Sendable {
        public var person: PersonID
        public var name: String
        /// The full phone number: the point of the list is to ring them.
        public var phone: String = ""
        /// Home compound and building.
        public var home: String = ""
        /// Minutes on duty in the slot's calendar week without this call-up, and their own weekly limit.
        public var weekMinutes: Int = 0
        public var limitMinutes: Int = 0
        /// Why they rank where they do, in words.
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
    /// Excused (F4) rather than a no-show (F5): said so in the panel.
    public var excused = false
    public var candidates: [Candidate]
    public var cursor = ListCursor()
    /// In verify mode, a mismatch in the replanning search's bookkeeping (an engine bug).
    public var verifyFailure: String?
}

/// A no-show (F5) or an excused absence (F4) at the desk, and who could stand in.
enum Standby {
    /// Marks the selected person absent and offers replacements at once.
    static func markAbsent(_ state: inout AppState, excused: Bool) -> [Effect] {
        let lines = state.deskLines
        guard state.desk.standby == nil, state.desk.cursor.row < lines.count else { return [] }
        let line = lines[state.desk.cursor.row]
        switch line.state {
        case .onDuty, .done:
            state.status = .init(Localized(zh: "\(line.person.name) 已签到，不能记为缺岗", en: "\(line.person.name) checked in; not a no-show"),
                                 isError: true)
            return []
        case .noShow, .excused:
            state.status = .init(Localized(zh: "\(line.person.name) 已记为缺岗", en: "\(line.person.name) is marked absent already"))
            return []
        case .expected, .overdue:
            break
        }
        let effects = DeskScreen.append(&state, DeskScreen.rules(state).absent(line.person.id, on: line.slot, excused: excused))
        state.desk.standby = offer(state, for: line)
        state.desk.standby?.excused = excused
        let offered = state.desk.standby?.candidates.count ?? 0
        let what = excused ? Localized(zh: "请假", en: "excused") : Localized(zh: "缺岗", en: "no-show")
        let call = state.keyMap.name(of: .checkInOut), none = state.keyMap.name(of: .back)
        state.status = .init(Localized(
            zh: "已记 \(line.person.name) \(what.zh)。" + (offered > 0 ? "可替补 \(offered) 人：\(call.zh)调用所选，\(none.zh) 不调" : "没有可替补的人"),
            en: "Marked \(line.person.name) \(what.en). "
                + (offered > 0 ? "\(offered) standbys: \(call.en) calls the chosen one, \(none.en) none" : "Nobody can stand in")))
        return effects
    }

    /// Who could take `line`'s place: people who can come. First the engine's replanning of
    /// the absence over the slot (the change it makes with the fewest other changes, which may
    /// move someone from another duty); then the engine's other candidates for the slot that no
    /// hard rule blocks, cheapest first. Nobody marked absent or excused at the desk that day is
    /// offered, and every offer passes the one hard-rule guard (weekly limits over the whole
    /// calendar week included), so calling someone up never breaks a rule unseen.
    static func offer(_ state: AppState, for line: DeskLine) -> StandbyOffer? {
        var without = state
        without.assignments.removeAll { $0.person == line.person.id && $0.slot == line.slot }
        guard let view = SlotScreen.view(without, line.slot) else { return nil }
        let away = absent(state, on: line.slot.date).union([line.person.id])
        let absentAssignment = state.assignments.filter { $0.person == line.person.id && $0.slot == line.slot }
        func allowed(_ removing: [Assignment], _ adding: [Assignment]) -> Bool {
            !adding.contains { away.contains($0.person) }
                && HardRuleGuard.check(RosterEdit(removing: removing, adding: adding), directory: state.directory,
                                       assignments: state.assignments).isEmpty
        }
        var offered: [StandbyOffer.Candidate] = []
        let (replanned, failure) = replan(state, for: line)
        if let replanned, allowed(replanned.removing, replanned.adding) {
            offered.append(describe(state, replanned, slot: line.slot))
        }
        let first = Set(offered.map(\.person))
        let free = view.lines.filter { !$0.isMember && $0.blocked == nil && !away.contains($0.person) && !first.contains($0.person) }
            .sorted { ($0.cost ?? 0, $0.person.rawValue) < ($1.cost ?? 0, $1.person.rawValue) }
        for c in free where offered.count < 8 {
            // The slot view's blocks are the engine's hard rules over the same calendar week
            // the guard compiles, so a free candidate needs no second check; the call-up itself
            // still goes through the guard.
            let adding = [Assignment(person: c.person, slot: line.slot, source: .manual)]
            // Why they rank here, in the engine's words ("补上缺口", "外小区", "比平均少 6 小时" …).
            let home = c.resident ? Localized(zh: "住本小区", en: "lives here") : Localized(zh: "住同片区的其他小区", en: "lives elsewhere in the area")
            let role = c.hasMissingRole ? [Localized(zh: "有此班所缺的身份", en: "has a role the slot lacks")] : []
            let meaning = c.meaning.isEmpty ? [Localized(zh: "不增加代价", en: "no extra cost")] : c.meaning
            let words = [home, Localized(zh: c.roles, en: c.roles)] + role + meaning
            let reason = Localized(zh: words.map(\.zh).joined(separator: "，"), en: words.map(\.en).joined(separator: ", "))
            let candidate = StandbyOffer.Candidate(person: c.person, name: c.name, reason: reason, cost: c.cost ?? 0,
                                                   removing: absentAssignment, adding: adding)
            offered.append(describe(state, candidate, slot: line.slot))
        }
        return StandbyOffer(slot: line.slot, absent: line.person.id, absentName: state.displayName(line.person), candidates: offered,
                            verifyFailure: failure)
    }

    /// People marked absent (no-show) or excused at the desk on `date`: not offered that day.
    static func absent(_ state: AppState, on date: LocalDate) -> Set<PersonID> {
        Set(state.desk.records.values.filter { ($0.status == .noShow || $0.status == .excused) && $0.slot.date == date }.map(\.person))
    }

    /// Fills in what the desk shows of a candidate: phone, home, hours this week against their limit.
    static func describe(_ state: AppState, _ candidate: StandbyOffer.Candidate, slot: Slot)
        -> StandbyOffer.Candidate {
        var c = candidate
        guard let i = state.index.value.person[c.person] else { return c }
        let person = state.directory.people[i]
        c.phone = person.phone
        let compound = state.directory.compounds.first { $0.id == person.compound }?.name ?? person.compound.rawValue
        let building = person.building.flatMap { b in state.directory.buildings.first { $0.id == b }?.name }
        c.home = building.map { "\(compound) \($0)" } ?? compound
        c.limitMinutes = (person.maxHoursPerWeek ?? DutyCompiler.defaultMaxHoursPerWeek) * 60
        c.weekMinutes = WeekLoad.minutes(state, person: person.id, week: slot.date)
        return c
    }

    /// The engine's replanning of `line`'s person being absent for that slot: who takes it
    /// over, and every assignment the replan changes (the day compiled with its neighbours, the rest of its week carried in).
    static func replan(_ state: AppState, for line: DeskLine) -> (StandbyOffer.Candidate?, failure: String?) {
        let monday = line.slot.date.monday.dayNumber
        let near = state.assignments.filter { $0.slot.date.dayNumber >= monday - 1 && $0.slot.date.dayNumber <= monday + 7 }
        let plan = DutyCompiler.compile(state.directory, day: line.slot.date, weekAround: near)
        guard let p = plan.personIndex[line.person.id], let s = plan.slotIndex[line.slot.id] else { return (nil, nil) }
        var roster = plan.current
        for pair in plan.problem.pinned { roster.add(pair) }
        let result = DutyReplan.absence(plan.problem, roster: roster, person: p, from: plan.minute(line.start),
                                        until: plan.minute(line.end), verify: state.verifiesEngine)
        guard result.score.hard == 0, let takeover = result.takeovers.first(where: { $0.slot == s }) else { return (nil, result.verifyFailure) }
        let id = plan.personIDs[takeover.person]
        guard let person = state.index.value.person[id].map({ state.directory.people[$0] }) else { return (nil, result.verifyFailure) }
        func assignment(_ pair: DutyPair) -> Assignment {
            Assignment(person: plan.personIDs[pair.person], slot: plan.slots[pair.slot], source: .replan)
        }
        let others = result.otherChanges
        let reason = others == 0
            ? Localized(zh: "排班引擎重排的首选，\(TextFormats.format(roles: person.roles, .zh))",
                        en: "the engine's replan, \(TextFormats.format(roles: person.roles, .en))")
            : Localized(zh: "排班引擎重排的首选，另调整 \(others) 处排班", en: "the engine's replan, \(others) other changes")
        return (StandbyOffer.Candidate(person: id, name: state.displayName(person), reason: reason, cost: 0,
                                       removing: result.removed.map(assignment), adding: result.added.map(assignment)),
                result.verifyFailure)
    }

    /// Enter in the offer: calls the chosen one up, as one change.
    static func callUp(_ state: inout AppState) -> [Effect] {
        guard let offer = state.desk.standby, offer.cursor.row < offer.candidates.count else {
            state.desk.standby = nil
            return []
        }
        let chosen = offer.candidates[offer.cursor.row]
        state.desk.standby = nil
        let removing = chosen.removing
        // The one who takes the absent person's place on this slot says so (plan and actual).
        let adding = chosen.adding.map { a -> Assignment in
            var a = a
            if a.slot == offer.slot && a.replaces == nil { a.replaces = offer.absent }
            return a
        }
        let change = PendingChange(removing: removing, adding: adding, action: "standby")
        let breaches = Override.breaches(state, change)
        if !breaches.isEmpty {
            Override.ask(&state, change, breaches: breaches,
                         what: Localized(zh: "调 \(chosen.name) 替补 \(offer.absentName)", en: "Calling up \(chosen.name) for \(offer.absentName)"))
            return []
        }
        state.assignments.removeAll { a in removing.contains { $0.person == a.person && $0.slot == a.slot } }
        state.assignments.append(contentsOf: adding)
        state.desk.undoable.append(.roster)
        state.desk.query = ""
        state.desk.cursor.reset()
        let hint = DeskScreen.undoHint(state)
        state.status = .init(Localized(zh: "已调 \(chosen.name) 替补 \(offer.absentName)\(hint.zh)",
                                       en: "\(chosen.name) called up for \(offer.absentName)\(hint.en)"))
        return [.change(removing: removing, adding: adding, action: "standby")]
    }

    static func draw(_ state: AppState, _ screen: inout ScreenBuffer) {
        guard let offer = state.desk.standby else { return }
        let l = state.language, zh = l == .zh
        let shown = Array(offer.candidates.prefix(8))
        let top = screen.height - 3 - max(1, shown.count) - 1
        let keys = state.keyMap
        let moves = keys.moves(l), call = keys.name(of: .checkInOut)(l), none = keys.name(of: .back)(l)
        screen.fill(x: 0, y: top, width: screen.width, height: 1, role: .title)
        let why = offer.excused ? (zh ? "请假" : "excused") : (zh ? "缺岗" : "no-show")
        screen.put(zh ? "替补 \(offer.absentName)（\(why)）：\(moves)选择，\(call)调用，\(none) 不调"
                      : "Stand in for \(offer.absentName) (\(why)): \(moves) choose, \(call) calls up, \(none) none",
                   x: 0, y: top, columns: screen.width, role: .title)
        if shown.isEmpty {
            screen.put(zh ? "没有可替补的人：都有排班、不在岗或规则不允许" : "Nobody can stand in: all busy, away or not allowed by a rule",
                       x: 2, y: top + 1, columns: screen.width - 2, role: .dim)
        }
        for (i, candidate) in shown.enumerated() {
            let role: StyleRole = i == offer.cursor.row ? .selected : .normal
            screen.fill(x: 0, y: top + 1 + i, width: screen.width, height: 1, role: role)
            let hours = "\(HoursText.tenths(candidate.weekMinutes))/\(HoursText.tenths(candidate.limitMinutes))"
            let facts = zh ? "\(candidate.phone)  \(candidate.home)  本周 \(hours) 小时" : "\(candidate.phone)  \(candidate.home)  week \(hours) h"
            screen.put("\(i + 1). \(DisplayWidth.pad(candidate.name, to: 12)) \(candidate.person.rawValue)  \(facts)  \(candidate.reason(l))",
                       x: 1, y: top + 1 + i, columns: screen.width - 1, role: role)
        }
    }
}
