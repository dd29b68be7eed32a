import Foundation
import Tagged

/// A date and a time of day in local time, to the minute.
public struct LocalDateTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let date: LocalDate
    public let time: TimeOfDay

    public init(date: LocalDate, time: TimeOfDay) {
        if time.minutes == 1440 {
            self.date = date.adding(days: 1)
            self.time = .midnight
        } else {
            self.date = date
            self.time = time
        }
    }

    /// Parses `YYYY-MM-DD HH:MM` (or with a `T` between).
    public init?(parsing text: String) {
        let parts = text.split { $0 == " " || $0 == "T" }
        guard parts.count == 2, let date = LocalDate(parsing: String(parts[0])),
              let time = TimeOfDay(parsing: String(parts[1])), time.minutes < 1440 else { return nil }
        self.init(date: date, time: time)
    }

    /// Minutes since 1970-01-01 00:00.
    public var minuteNumber: Int { date.dayNumber * 1440 + time.minutes }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool { a.minuteNumber < b.minuteNumber }

    public var description: String { "\(date) \(time)" }

    /// The local wall-clock time, to the minute (the desk's clock when none is fixed).
    public static func now() -> LocalDateTime {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day, .hour, .minute], from: Date())
        guard let date = LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1),
              let time = TimeOfDay(hour: parts.hour ?? 0, minute: parts.minute ?? 0) else {
            return LocalDateTime(minuteNumber: 0)
        }
        return LocalDateTime(date: date, time: time)
    }
}

/// One shift of one post on one date: the unit people are assigned to.
public struct Slot: Hashable, Sendable, Codable, Identifiable {
    public var post: PostID
    public var date: LocalDate
    public var shift: String

    public init(post: PostID, date: LocalDate, shift: String) {
        self.post = post
        self.date = date
        self.shift = shift
    }

    /// `POST@YYYY-MM-DD@SHIFT`: derived, so the same slot always has the same ID.
    public var id: SlotID { SlotID(rawValue: "\(post.rawValue)@\(date)@\(shift)") }
}

/// How an assignment came about.
public enum AssignmentSource: String, CaseIterable, Sendable, Codable {
    case manual
    case solver
    case replan
    case imported = "import"
}

/// A person put on a slot. A pinned assignment is never moved by the solver.
public struct Assignment: Hashable, Sendable, Codable {
    public var person: PersonID
    public var slot: Slot
    public var pinned: Bool
    public var source: AssignmentSource
    /// Kept although it breaks a hard rule, with the coordinator's reason (nil: no override).
    public var override: RuleOverride?
    /// Called up at the desk in place of this person, who did not come (plan and actual).
    public var replaces: PersonID?

    public init(person: PersonID, slot: Slot, pinned: Bool = false, source: AssignmentSource, override: RuleOverride? = nil,
                replaces: PersonID? = nil) {
        self.person = person
        self.slot = slot
        self.pinned = pinned
        self.source = source
        self.override = override
        self.replaces = replaces
    }
}

public enum CheckInStatus: String, CaseIterable, Sendable, Codable {
    case onTime = "on_time"
    case late
    case noShow = "no_show"
    case excused

    public var name: Localized {
        switch self {
        case .onTime: Localized(zh: "准时", en: "on time")
        case .late: Localized(zh: "迟到", en: "late")
        case .noShow: Localized(zh: "缺岗", en: "no-show")
        case .excused: Localized(zh: "请假", en: "excused")
        }
    }
}

/// A record of someone arriving at (and leaving) a slot. Corrections are new records.
/// What a record of the check-in log does.
public enum CheckInAction: String, CaseIterable, Sendable, Codable {
    case checkIn = "in"
    case checkOut = "out"
    case noShow = "no_show"
    case excused
    /// A time or status corrected, with its reason.
    case correction
    /// A walk-in volunteer registered and checked in on the spot.
    case walkIn = "walk_in"
    /// Takes back the newest record not yet taken back (the desk's undo).
    case undo
    /// A check-in left open, checked out at the shift's planned end by the coordinator (who
    /// closes a shift's forgotten check-outs): counted, and told apart in the hours.
    case closed

    public var name: Localized {
        switch self {
        case .checkIn: Localized(zh: "签到", en: "check-in")
        case .checkOut: Localized(zh: "签退", en: "check-out")
        case .noShow: Localized(zh: "缺岗", en: "no-show")
        case .excused: Localized(zh: "请假", en: "excused")
        case .correction: Localized(zh: "更正", en: "correction")
        case .walkIn: Localized(zh: "临时报到", en: "walk-in")
        case .undo: Localized(zh: "撤销", en: "undo")
        case .closed: Localized(zh: "协调员结束", en: "closed by coordinator")
        }
    }
}

/// One version of one person's attendance on one slot. The log is append-only: a check-out,
/// a correction or an undo is a new version with the same `id`, and the newest version is
/// what holds.
public struct CheckIn: Hashable, Sendable, Codable, Identifiable {
    public var id: CheckInID
    public var person: PersonID
    public var slot: Slot
    public var timeIn: LocalDateTime?
    public var timeOut: LocalDateTime?
    public var status: CheckInStatus
    public var reason: String
    public var action: CheckInAction
    /// This version withdraws the record (an undone first check-in): the person is expected again.
    public var voided: Bool

    public init(id: CheckInID, person: PersonID, slot: Slot, timeIn: LocalDateTime?, timeOut: LocalDateTime? = nil,
                status: CheckInStatus, reason: String = "", action: CheckInAction = .checkIn, voided: Bool = false) {
        self.id = id
        self.person = person
        self.slot = slot
        self.timeIn = timeIn
        self.timeOut = timeOut
        self.status = status
        self.reason = reason
        self.action = action
        self.voided = voided
    }

    /// The record ID of `person` on `slot`: one attendance record per person and slot.
    public static func id(person: PersonID, slot: Slot) -> CheckInID {
        CheckInID(rawValue: "\(slot.id.rawValue)#\(person.rawValue)")
    }

    /// What the record says, in a few words: `签到 08:50，签退 —，准时` (withdrawn when voided).
    public var summary: Localized {
        if voided { return Localized(zh: "已作废", en: "withdrawn") }
        let inTime = timeIn.map { "\($0.time)" } ?? "—", outTime = timeOut.map { "\($0.time)" } ?? "—"
        return Localized(zh: "签到 \(inTime)，签退 \(outTime)，\(status.name.zh)",
                         en: "in \(inTime), out \(outTime), \(status.name.en)")
    }

    /// Checked in and not yet out: the person is on duty, and the hours are not counted yet.
    public var isOpen: Bool {
        timeIn != nil && timeOut == nil && (status == .onTime || status == .late)
    }
}

/// A version of the check-in log as stored: who entered it and when.
public struct CheckInEntry: Hashable, Sendable {
    public var seq: Int64
    public var record: CheckIn
    public var enteredBy: String
    public var enteredAt: String

    public init(seq: Int64, record: CheckIn, enteredBy: String, enteredAt: String) {
        self.seq = seq
        self.record = record
        self.enteredBy = enteredBy
        self.enteredAt = enteredAt
    }
}
