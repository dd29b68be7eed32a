import DutyModel
import SearchCore

/// Hard: no run of consecutive working days is longer than MaxConsecutiveShifts (days
/// outside the horizon count as off). Penalty: days over, summed over runs.
public struct MaxConsecutiveShifts: WorkerConstraint {
    public let id = "max-consecutive-shifts"
    public let level = Level.hard
    public let summary = Localized(zh: "连续上班天数不超过上限（边界上的连续段也算）", en: "No run of working days is longer than MaxConsecutiveShifts (runs at the horizon edges count)")
    public let penaltyUnit = "days over, per run"

    public func penalty(_ c: Context, worker w: Int, _ r: Roster) -> Int {
        let limit = c.problem.workers[w].maxConsecutiveShifts
        var n = 0
        r.forEachRun(of: w, working: true) { run in n += max(0, run.length - limit) }
        return n
    }

    public func violations(_ c: Context, worker w: Int, _ r: Roster) -> [Violation] {
        let limit = c.problem.workers[w].maxConsecutiveShifts
        var result: [Violation] = []
        r.forEachRun(of: w, working: true) { run in
            guard run.length > limit else { return }
            let who = c.workerName(w), last = run.start + run.length - 1
            result.append(violation(worker: w, days: run.start...last, shift: nil,
                                    penalty: run.length - limit,
                                    Localized(zh: "\(who) 从第 \(run.start) 天到第 \(last) 天连续上班 \(run.length) 天，最多 \(limit) 天",
                                              en: "\(who) works \(run.length) days in a row (days \(run.start)–\(last)), at most \(limit) allowed")))
        }
        return result
    }
}
