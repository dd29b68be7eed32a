import DutyModel

/// Hard: at most one shift per worker per day. The roster holds one shift per cell, so only
/// a roster file can break it (two rows for one employee and day).
public enum OneShiftPerDay {
    public static let id = "one-shift-per-day"
    public static let summary = Localized(zh: "每人每天最多一个班", en: "At most one shift per worker per day")
    public static let penaltyUnit = "one per second shift on a day"

    public static func violations(_ c: Context, extra: [(worker: Int, day: Int, shift: Int)]) -> [Violation] {
        extra.map { e in
            let who = c.workerName(e.worker)
            return Violation(constraint: id, level: .hard, worker: e.worker, days: e.day...e.day, shift: e.shift, penalty: 1,
                             message: Localized(zh: "\(who) 第 \(e.day) 天被排了两个班",
                                                en: "\(who) has two shifts on day \(e.day)"))
        }
    }
}
