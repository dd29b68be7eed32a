import DutyModel

/// Hard: every run of working days is at least MinConsecutiveShifts long, except a run
/// that starts on the first or ends on the last day. Penalty: days short, summed over runs.
public struct MinConsecutiveShifts: WorkerConstraint {
    public let id = "min-consecutive-shifts"
    public let level = Level.hard

    public func penalty(_ c: Context, worker w: Int, _ r: Roster) -> Int {
        let limit = c.problem.workers[w].minConsecutiveShifts
        var n = 0
        r.forEachRun(of: w, working: true) { run in if !run.touchesBorder { n += max(0, limit - run.length) } }
        return n
    }

    public func violations(_ c: Context, worker w: Int, _ r: Roster) -> [Violation] {
        let limit = c.problem.workers[w].minConsecutiveShifts
        var result: [Violation] = []
        r.forEachRun(of: w, working: true) { run in
            guard !run.touchesBorder, run.length < limit else { return }
            let who = c.workerName(w), last = run.start + run.length - 1
            result.append(Violation(constraint: id, level: level, worker: w, days: run.start...last, shift: nil,
                                    penalty: limit - run.length,
                                    message: Localized(zh: "\(who) 第 \(run.start)–\(last) 天只连续上班 \(run.length) 天，至少要 \(limit) 天",
                                                       en: "\(who) works only \(run.length) days in a row (days \(run.start)–\(last)), at least \(limit) needed")))
        }
        return result
    }
}
