import DutyModel
import SearchCore

/// Hard: at most MaxWeekends weekends worked (a weekend counts when Saturday or Sunday is
/// worked; day 0 is a Monday). Penalty: weekends over the limit.
public struct MaxWeekends: WorkerConstraint {
    public let id = "max-weekends"
    public let level = Level.hard
    public let summary = Localized(zh: "上班的周末数不超过上限（周六或周日上班即算）", en: "At most MaxWeekends weekends worked (Saturday or Sunday worked counts)")
    public let penaltyUnit = "weekends over"

    func worked(_ w: Int, _ r: Roster) -> [Int] {
        var weeks: [Int] = []
        var week = 0
        while week * 7 + 5 < r.days {
            let sat = week * 7 + 5, sun = sat + 1
            if r.raw(w, sat) >= 0 || (sun < r.days && r.raw(w, sun) >= 0) { weeks.append(week) }
            week += 1
        }
        return weeks
    }

    public func penalty(_ c: Context, worker w: Int, _ r: Roster) -> Int {
        max(0, worked(w, r).count - c.problem.workers[w].maxWeekends)
    }

    public func violations(_ c: Context, worker w: Int, _ r: Roster) -> [Violation] {
        let weeks = worked(w, r), limit = c.problem.workers[w].maxWeekends
        guard weeks.count > limit else { return [] }
        let who = c.workerName(w)
        let list = weeks.map { "\($0 * 7 + 5)–\($0 * 7 + 6)" }.joined(separator: ", ")
        let first = (weeks.first ?? 0) * 7 + 5, last = min(r.days - 1, (weeks.last ?? 0) * 7 + 6)
        return [violation(worker: w, days: first...last, shift: nil, penalty: weeks.count - limit,
                          Localized(zh: "\(who) 有 \(weeks.count) 个周末上班（第 \(list) 天），最多 \(limit) 个",
                                    en: "\(who) works \(weeks.count) weekends (days \(list)), at most \(limit) allowed"))]
    }
}
