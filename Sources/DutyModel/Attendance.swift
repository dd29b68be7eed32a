/// Plan and actual for one person on one slot: the roster is the plan, the check-in log is
/// what happened. The board, the slot, a person's week, the desk, the printed sheets and
/// `hours` all read it from here, so they cannot tell different stories.
public struct Attendance: Equatable, Sendable {
    public var person: PersonID
    public var slot: Slot
    /// Still on the roster (false: taken off after a no-show, someone else called up).
    public var onRoster: Bool
    public var state: Desk.State
    public var record: CheckIn?
    /// Registered on the spot at the desk, not planned.
    public var walkIn: Bool
    /// Absent, and these were called up in their place.
    public var replacedBy: [PersonID]
    /// Called up in place of this person.
    public var replaces: PersonID?

    /// Whether there is anything to say beyond the plan: someone simply expected, not a walk-in
    /// nor a stand-in, has nothing.
    public var isNews: Bool { state != .expected || walkIn || replaces != nil }

    /// What happened, in a few words (`缺岗，由 黄丽 替补`); names come from `name`.
    public func words(_ name: (PersonID) -> String) -> Localized {
        var text = state.name
        if walkIn { text = Localized(zh: "临时报到，" + text.zh, en: "walk-in, " + text.en) }
        if let replaces { text = Localized(zh: text.zh + "，替补 \(name(replaces))", en: text.en + ", standing in for \(name(replaces))") }
        if !replacedBy.isEmpty {
            let who = replacedBy.map(name)
            text = Localized(zh: text.zh + "，由 \(who.joined(separator: "、")) 替补", en: text.en + ", replaced by \(who.joined(separator: ", "))")
        }
        return text
    }

    /// One mark for a board cell (nothing while someone is simply expected).
    public var mark: Localized? {
        switch state {
        case .expected: walkIn ? Localized(zh: "临", en: "w") : nil
        case .overdue: Localized(zh: "未", en: "?")
        case let .onDuty(late), let .done(late):
            walkIn ? Localized(zh: "临", en: "w") : late ? Localized(zh: "迟", en: "L") : Localized(zh: "到", en: "✓")
        case .noShow: Localized(zh: "缺", en: "X")
        case .excused: Localized(zh: "假", en: "E")
        }
    }
}

extension Desk.State {
    /// Where someone stands, as the desk, the board and the sheets say it.
    public var name: Localized {
        switch self {
        case .expected: Localized(zh: "待到", en: "expected")
        case .overdue: Localized(zh: "未到", en: "not here")
        case let .onDuty(late): late ? Localized(zh: "在岗（迟到）", en: "on duty (late)") : Localized(zh: "在岗", en: "on duty")
        case let .done(late): late ? Localized(zh: "已签退（迟到）", en: "done (late)") : Localized(zh: "已签退", en: "done")
        case .noShow: Localized(zh: "缺岗", en: "no-show")
        case .excused: Localized(zh: "请假", en: "excused")
        }
    }
}

/// The check-in log read once, to tell each slot's plan and actual.
public struct AttendanceBook: Sendable {
    /// The records in force, by slot.
    let bySlot: [SlotID: [CheckIn]]
    /// Records whose first version was a walk-in.
    let walkIns: Set<CheckInID>

    public init(log: [CheckIn]) {
        var bySlot: [SlotID: [CheckIn]] = [:]
        for record in CheckIn.inForce(log).values where !record.voided { bySlot[record.slot.id, default: []].append(record) }
        self.bySlot = bySlot
        walkIns = Set(log.filter { $0.action == .walkIn }.map(\.id))
    }

    /// Everyone on `slot` by plan and by record: the members (`assignments` on the slot) in
    /// order, then those absent and no longer on the roster (replaced).
    public func entries(_ slot: Slot, members: [Assignment], desk: Desk, now: LocalDateTime) -> [Attendance] {
        let records = Dictionary((bySlot[slot.id] ?? []).map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        // A shift that ended with nothing recorded at all was not run from a desk: nobody on it
        // is called missing (planning data, or a desk that kept paper).
        let unrecorded = records.isEmpty && (desk.window(slot).map { now >= $0.end } ?? true)
        var result = members.map { a in
            let record = records[a.person]
            let state = unrecorded ? .expected : desk.state(record, slot: slot, now: now)
            return Attendance(person: a.person, slot: slot, onRoster: true, state: state,
                              record: record, walkIn: walkIns.contains(CheckIn.id(person: a.person, slot: slot)),
                              replacedBy: [], replaces: a.replaces)
        }
        let onRoster = Set(members.map(\.person))
        for record in (bySlot[slot.id] ?? []).sorted(by: { $0.person.rawValue < $1.person.rawValue })
        where !onRoster.contains(record.person) && (record.status == .noShow || record.status == .excused) {
            result.append(Attendance(person: record.person, slot: slot, onRoster: false, state: desk.state(record, slot: slot, now: now),
                                     record: record, walkIn: false,
                                     replacedBy: members.filter { $0.replaces == record.person }.map(\.person), replaces: nil))
        }
        return result
    }

    /// The records in force on `slot`.
    public func records(_ slot: Slot) -> [CheckIn] { bySlot[slot.id] ?? [] }
}
