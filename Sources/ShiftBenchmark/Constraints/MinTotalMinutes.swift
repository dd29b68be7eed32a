import DutyModel
import SearchCore

/// Hard: a worker's total time is at least MinTotalMinutes. Penalty: minutes short.
public struct MinTotalMinutes: WorkerConstraint {
    public let id = "min-total-minutes"
    public let level = Level.hard
    public let summary = Localized(zh: "总工作时间不少于下限", en: "Total time worked is at least MinTotalMinutes")
    public let penaltyUnit = "minutes short"
    public let searchUnit = 60

    public func penalty(_ c: Context, worker w: Int, _ r: Roster) -> Int {
        max(0, c.problem.workers[w].minTotalMinutes - workedMinutes(c, w, r))
    }

    public func violations(_ c: Context, worker w: Int, _ r: Roster) -> [Violation] {
        let total = workedMinutes(c, w, r), limit = c.problem.workers[w].minTotalMinutes
        guard total < limit else { return [] }
        let who = c.workerName(w)
        return [violation(worker: w, days: nil, shift: nil, penalty: limit - total,
                          Localized(zh: "\(who) 共排 \(total) 分钟，少于下限 \(limit) 分钟",
                                    en: "\(who) works \(total) minutes, fewer than the \(limit) required"))]
    }
}
