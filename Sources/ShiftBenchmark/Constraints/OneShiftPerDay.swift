import DutyModel
import SearchCore

/// Hard: at most one shift per worker per day. The roster holds one shift per cell, so only
/// a roster file can break it (two rows for one employee and day).
public struct OneShiftPerDay: ConstraintInfo {
    public init() {}
    public let id = "one-shift-per-day"
    public let level = Level.hard
    public let summary = Localized(zh: "每人每天最多一个班", en: "At most one shift per worker per day")
    public let penaltyUnit = "one per second shift on a day"

    public func violations(_ c: Context, extra: [(worker: Int, day: Int, shift: Int)]) -> [Violation] {
        extra.map { e in
            let who = c.workerName(e.worker)
            return violation(worker: e.worker, days: e.day...e.day, shift: e.shift, penalty: 1,
                             Localized(zh: "\(who) 第 \(e.day) 天被排了两个班",
                                       en: "\(who) has two shifts on day \(e.day)"))
        }
    }
}
