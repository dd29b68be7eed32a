import DutyModel
import SearchCore

/// Hard: every run of working days is at least MinConsecutiveShifts long, except a run
/// that starts on the first or ends on the last day. Penalty: days short, summed over runs.
public struct MinConsecutiveShifts: WorkerConstraint {
    public let id = "min-consecutive-shifts"
    public let level = Level.hard
    public let summary = Localized(zh: "连续上班至少若干天（从第一天开始或到最后一天结束的段除外）", en: "Every run of working days is at least MinConsecutiveShifts long, except runs touching the horizon edges")
    public let penaltyUnit = "days short, per run"

    public func penalty(_ c: Context, worker w: Int, _ r: Roster) -> Int {
        r.shortfall(of: w, working: true, limit: c.problem.workers[w].minConsecutiveShifts)
    }

    public func violations(_ c: Context, worker w: Int, _ r: Roster) -> [Violation] {
        let limit = c.problem.workers[w].minConsecutiveShifts, who = c.workerName(w)
        return r.shortRuns(of: w, working: true, limit: limit).map { run, last in
            violation(worker: w, days: run.start...last, shift: nil,
                      penalty: limit - run.length,
                      Localized(zh: "\(who) 第 \(run.start)–\(last) 天只连续上班 \(run.length) 天，至少要 \(limit) 天",
                                en: "\(who) works only \(run.length) days in a row (days \(run.start)–\(last)), at least \(limit) needed"))
        }
    }
}
