import DutyModel
import SearchCore

/// Hard: every run of days off is at least MinConsecutiveDaysOff long, except a run that
/// starts on the first or ends on the last day. Penalty: days short, summed over runs.
public struct MinConsecutiveDaysOff: WorkerConstraint {
    public let id = "min-consecutive-days-off"
    public let level = Level.hard
    public let summary = Localized(zh: "连续休息至少若干天（边界上的段除外）", en: "Every run of days off is at least MinConsecutiveDaysOff long, except runs touching the horizon edges")
    public let penaltyUnit = "days short, per run"

    public func penalty(_ c: Context, worker w: Int, _ r: Roster) -> Int {
        r.shortfall(of: w, working: false, limit: c.problem.workers[w].minConsecutiveDaysOff)
    }

    public func violations(_ c: Context, worker w: Int, _ r: Roster) -> [Violation] {
        let limit = c.problem.workers[w].minConsecutiveDaysOff, who = c.workerName(w)
        return r.shortRuns(of: w, working: false, limit: limit).map { run, last in
            violation(worker: w, days: run.start...last, shift: nil,
                      penalty: limit - run.length,
                      Localized(zh: "\(who) 第 \(run.start)–\(last) 天只连休 \(run.length) 天，至少要 \(limit) 天",
                                en: "\(who) has only \(run.length) days off in a row (days \(run.start)–\(last)), at least \(limit) needed"))
        }
    }
}
