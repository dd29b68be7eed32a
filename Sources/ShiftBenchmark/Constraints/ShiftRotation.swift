import DutyModel
import SearchCore

/// Hard: a shift that may not follow another is not worked on the next day (e.g. no early
/// shift the morning after a late one). Penalty: one per offending pair of days.
public struct ShiftRotation: WorkerConstraint {
    public let id = "shift-rotation"
    public let level = Level.hard
    public let summary = Localized(zh: "一个班次之后的第二天不能接某些班次（如晚班后不能上早班）", en: "A shift that may not follow another is not worked on the next day (e.g. no early shift after a late one)")
    public let penaltyUnit = "one per forbidden pair of consecutive days"

    public func penalty(_ c: Context, worker w: Int, _ r: Roster) -> Int {
        guard r.days > 1 else { return 0 }
        var n = 0
        var previous = r.raw(w, 0)
        for d in 1..<max(1, r.days) {
            let s = r.raw(w, d)
            if previous >= 0, s >= 0, c.problem.shifts[previous].cannotFollow.contains(s) { n += 1 }
            previous = s
        }
        return n
    }

    public func violations(_ c: Context, worker w: Int, _ r: Roster) -> [Violation] {
        (1..<max(1, r.days)).compactMap { d in
            let a = r.raw(w, d - 1), b = r.raw(w, d)
            guard a >= 0, b >= 0, c.problem.shifts[a].cannotFollow.contains(b) else { return nil }
            let who = c.workerName(w), sa = c.shiftName(a), sb = c.shiftName(b)
            return violation(worker: w, days: (d - 1)...d, shift: b, penalty: 1,
                             Localized(zh: "\(who) 第 \(d - 1) 天上 \(sa) 班，第 \(d) 天不能接着上 \(sb) 班",
                                       en: "\(who) works \(sb) on day \(d) right after \(sa) on day \(d - 1), which is not allowed"))
        }
    }
}
