import Foundation

/// The duty desk's rules, without storage or clock: when a slot runs, whether someone is late,
/// and the next version of a check-in record that each action appends. The check-in screen
/// and the `checkin`, `checkout` and `noshow` commands share them.
public struct Desk: Sendable {
    /// Minutes after a shift's start before someone counts as late.
    public var graceMinutes: Int
    /// Shift times of each post.
    let shifts: [PostID: ShiftTemplate]

    public init(_ directory: Directory, graceMinutes: Int = 10) {
        self.graceMinutes = max(0, graceMinutes)
        let templates = Dictionary(directory.shiftTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        shifts = Dictionary(directory.posts.compactMap { post in templates[post.template].map { (post.id, $0) } },
                            uniquingKeysWith: { a, _ in a })
    }

    /// When `slot` starts and ends (the end is on the next day for a shift across midnight).
    public func window(_ slot: Slot) -> (start: LocalDateTime, end: LocalDateTime)? {
        guard let shift = shifts[slot.post]?.shift(slot.shift) else { return nil }
        let start = slot.date.dayNumber * 1440 + shift.start.minutes
        return (LocalDateTime(minuteNumber: start), LocalDateTime(minuteNumber: start + shift.minutes))
    }

    /// Where someone on a slot stands at `now`.
    public enum State: Equatable, Sendable {
        /// Not arrived, and not yet late (the shift has not started, or is within the grace).
        case expected
        /// Not arrived, past the start and the grace.
        case overdue
        case onDuty(late: Bool)
        case done(late: Bool)
        case noShow
        case excused
    }

    public func state(_ record: CheckIn?, slot: Slot, now: LocalDateTime) -> State {
        state(record, start: window(slot)?.start, now: now)
    }

    /// Where someone stands at `now` on a slot that starts at `start` (nil: its shift is unknown).
    public func state(_ record: CheckIn?, start: LocalDateTime?, now: LocalDateTime) -> State {
        if let record, !record.voided {
            switch record.status {
            case .noShow: return .noShow
            case .excused: return .excused
            case .onTime, .late:
                if record.timeIn != nil {
                    return record.timeOut == nil ? .onDuty(late: record.status == .late) : .done(late: record.status == .late)
                }
            }
        }
        guard let start else { return .expected }
        return now.minuteNumber > start.minuteNumber + graceMinutes ? .overdue : .expected
    }

    /// The slots of `person` at the desk at `now`: running, or starting within `ahead` minutes,
    /// the soonest first (limited to `post` when given).
    public func slots(of person: PersonID, in assignments: [Assignment], now: LocalDateTime, ahead: Int = 120,
                      post: PostID? = nil) -> [Slot] {
        assignments.filter { $0.person == person && isAtDesk($0, now: now, ahead: ahead, post: post) }
        .map(\.slot)
        .sorted { (window($0)?.start.minuteNumber ?? 0, $0.id.rawValue) < (window($1)?.start.minuteNumber ?? 0, $1.id.rawValue) }
    }

    /// Whether `assignment` is at the desk at `now`: running, or starting within `ahead` minutes
    /// (on `post` when given).
    func isAtDesk(_ assignment: Assignment, now: LocalDateTime, ahead: Int = 120, post: PostID? = nil) -> Bool {
        guard post == nil || assignment.slot.post == post, let w = window(assignment.slot) else { return false }
        return w.start.minuteNumber - ahead <= now.minuteNumber && now.minuteNumber < w.end.minuteNumber
    }

    /// Who `query` names among the people with a slot at the desk at `now` (see
    /// ``slots(of:in:now:ahead:post:)``), and that person's soonest such slot: nil when the one
    /// person it names has none, as when nobody or several are named.
    public func onShift(_ query: String, people: [Person], assignments: [Assignment], now: LocalDateTime,
                        post: PostID? = nil) -> (choice: PersonChoice, slot: Slot?) {
        let atDesk = Set(assignments.filter { isAtDesk($0, now: now, post: post) }.map(\.person))
        let choice = PersonChoice(query, among: people) { atDesk.contains($0) }
        guard let person = choice.person else { return (choice, nil) }
        return (choice, slots(of: person.id, in: assignments, now: now, post: post).first)
    }

    /// Who `query` names among the people checked in and not yet out (on `post` when given),
    /// and the record to check them out of: their latest open one, nil when they have none.
    public static func checkedIn(_ query: String, people: [Person], records: [CheckIn],
                                 post: PostID? = nil) -> (choice: PersonChoice, record: CheckIn?) {
        let open = records.filter { $0.isOpen && (post == nil || $0.slot.post == post) }
        let choice = PersonChoice(query, among: people) { id in open.contains { $0.person == id } }
        let record = choice.person.flatMap { person in
            open.filter { $0.person == person.id }.max { ($0.timeIn?.minuteNumber ?? 0) < ($1.timeIn?.minuteNumber ?? 0) }
        }
        return (choice, record)
    }

    /// Whether arriving at `time` for `slot` is late.
    public func isLate(_ time: LocalDateTime, for slot: Slot) -> Bool {
        guard let start = window(slot)?.start else { return false }
        return time.minuteNumber > start.minuteNumber + graceMinutes
    }

    /// The version a check-in appends (a walk-in, who was not expected, is never late).
    public func checkIn(_ person: PersonID, on slot: Slot, at time: LocalDateTime, walkIn: Bool = false) -> CheckIn {
        CheckIn(id: CheckIn.id(person: person, slot: slot), person: person, slot: slot, timeIn: time,
                status: !walkIn && isLate(time, for: slot) ? .late : .onTime, action: walkIn ? .walkIn : .checkIn)
    }

    /// Whether leaving `slot` at `time` is early: more than the grace before its planned end
    /// (the same grace as for arriving late, so that a shift change is not held up by
    /// people leaving a few minutes before the hour). An early check-out needs a reason.
    public func isEarly(_ time: LocalDateTime, leaving slot: Slot) -> Bool {
        guard let end = window(slot)?.end else { return false }
        return time.minuteNumber < end.minuteNumber - graceMinutes
    }

    /// The shift's start plus the grace: someone not arrived after it counts as a no-show (the
    /// desk shows them as not here). Before it, a no-show needs confirming: they may be on
    /// their way, and one who said they cannot come is excused, not a no-show.
    public func noShowAfter(_ slot: Slot) -> LocalDateTime? {
        window(slot).map { LocalDateTime(minuteNumber: $0.start.minuteNumber + graceMinutes) }
    }

    /// Whether marking someone a no-show on `slot` at `time` is early: not after ``noShowAfter(_:)``.
    public func isTooEarlyForNoShow(_ time: LocalDateTime, on slot: Slot) -> Bool {
        guard let after = noShowAfter(slot) else { return false }
        return time <= after
    }

    /// The version a check-out appends to a record with a check-in, with why they left early
    /// (empty when they did not).
    public func checkOut(_ record: CheckIn, at time: LocalDateTime, reason: String = "") -> CheckIn {
        var next = record
        next.timeOut = time
        next.action = .checkOut
        next.reason = reason.trimmingCharacters(in: .whitespaces)
        next.voided = false
        return next
    }

    /// The version that closes an open check-in at its shift's planned end, as the coordinator
    /// does for a forgotten check-out; nil when the record is not open, its shift is unknown
    /// or has not ended by `now`, or the check-in is after the planned end.
    public func close(_ record: CheckIn, now: LocalDateTime) -> CheckIn? {
        guard record.isOpen, !record.voided, let end = window(record.slot)?.end, end <= now,
              let timeIn = record.timeIn, timeIn <= end else { return nil }
        var next = record
        next.timeOut = end
        next.action = .closed
        next.reason = ""
        return next
    }

    /// The version marking `person` absent from `slot` (a no-show, or excused: "can't come").
    public func absent(_ person: PersonID, on slot: Slot, excused: Bool = false, reason: String = "") -> CheckIn {
        CheckIn(id: CheckIn.id(person: person, slot: slot), person: person, slot: slot, timeIn: nil,
                status: excused ? .excused : .noShow, reason: reason, action: excused ? .excused : .noShow)
    }

    /// A correction of the times of `record`, with its reason; nil without a reason or with a
    /// check-out before the check-in.
    public func correction(_ record: CheckIn, timeIn: LocalDateTime?, timeOut: LocalDateTime?, reason: String) -> CheckIn? {
        let why = reason.trimmingCharacters(in: .whitespaces)
        guard !why.isEmpty, timeOut == nil || timeIn != nil else { return nil }
        if let timeIn, let timeOut, timeOut < timeIn { return nil }
        var next = record
        next.timeIn = timeIn
        next.timeOut = timeOut
        next.status = timeIn.map { isLate($0, for: record.slot) ? .late : .onTime } ?? record.status
        next.reason = why
        next.action = .correction
        next.voided = false
        return next
    }

    /// The version that takes back `appended`, a version of `log` (oldest first): the record as
    /// it stood just before it, or withdrawn when it was the first. Nil when it is not in the log.
    public static func undo(_ appended: CheckIn, in log: [CheckIn]) -> CheckIn? {
        log.lastIndex(of: appended).map { restoring(log, at: $0) }
    }

    /// The undo version of `log[index]`: the record's version before it, or it withdrawn.
    static func restoring(_ log: [CheckIn], at index: Int) -> CheckIn {
        let undone = log[index]
        var next: CheckIn
        if let before = log[..<index].last(where: { $0.id == undone.id }) {
            next = before
        } else {
            next = undone
            next.voided = true
        }
        next.action = .undo
        next.reason = "\(undone.action.name.zh) \(undone.action.name.en)"
        return next
    }

    /// The version that takes back the newest record of `log` (oldest first) not already taken
    /// back: the record as it stood before, or withdrawn when it had no earlier version. Nil
    /// when there is nothing to take back.
    public static func undo(_ log: [CheckIn]) -> CheckIn? {
        var stack: [Int] = []
        for (i, entry) in log.enumerated() {
            if entry.action == .undo { _ = stack.popLast() } else { stack.append(i) }
        }
        return stack.last.map { restoring(log, at: $0) }
    }
}

extension CheckIn {
    /// The reason as shown in `language`. An undo keeps the undone action's name in both
    /// languages ("请假 excused", as `Desk.undo` writes it and the desk screen reads it); only
    /// the one language is shown.
    public func reason(in language: Language) -> String {
        guard action == .undo, let undone = CheckInAction.allCases.first(where: { reason == "\($0.name.zh) \($0.name.en)" })
        else { return reason }
        return undone.name(language)
    }
}

extension LocalDateTime {
    /// The moment `minuteNumber` minutes after 1970-01-01 00:00.
    public init(minuteNumber: Int) {
        let day = minuteNumber >= 0 ? minuteNumber / 1440 : (minuteNumber - 1439) / 1440
        self.init(date: LocalDate(dayNumber: day), time: TimeOfDay(minutes: minuteNumber - day * 1440) ?? .midnight)
    }
}
