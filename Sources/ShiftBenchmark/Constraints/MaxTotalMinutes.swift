import DutyModel
import SearchCore

/// Minutes a worker works over the horizon.
func workedMinutes(_ c: Context, _ w: Int, _ r: Roster) -> Int {
    var total = 0
    for d in 0..<r.days where r.raw(w, d) >= 0 { total += c.problem.shifts[r.raw(w, d)].minutes }
    return total
}

/// Hard: a worker's total time is at most MaxTotalMinutes. Penalty: minutes over.
public struct MaxTotalMinutes: WorkerConstraint {
    public let id = "max-total-minutes"
    public let level = Level.hard
    public let summary = Localized(zh: "总工作时间不超过上限", en: "Total time worked is at most MaxTotalMinutes")
    public let penaltyUnit = "minutes over"
    public let searchUnit = 60

    public func penalty(_ c: Context, worker w: Int, _ r: Roster) -> Int {
        max(0, workedMinutes(c, w, r) - c.problem.workers[w].maxTotalMinutes)
    }

    public func violations(_ c: Context, worker w: Int, _ r: Roster) -> [Violation] {
        let total = workedMinutes(c, w, r), limit = c.problem.workers[w].maxTotalMinutes
        guard total > limit else { return [] }
        let who = c.workerName(w)
        return [violation(worker: w, days: nil, shift: nil, penalty: total - limit,
                          Localized(zh: "\(who) 共排 \(total) 分钟，超过上限 \(limit) 分钟",
                                    en: "\(who) works \(total) minutes, more than the \(limit) allowed"))]
    }
}
