import DutyModel
import SearchCore

/// Hard: no shift on a worker's listed days off. Penalty: one per such day worked.
public struct DaysOff: WorkerConstraint {
    public let id = "days-off"
    public let level = Level.hard
    public let summary = Localized(zh: "不在本人的休息日排班", en: "No shift on a worker's listed days off")
    public let penaltyUnit = "one per day off worked"

    public func penalty(_ c: Context, worker w: Int, _ r: Roster) -> Int {
        var n = 0
        for d in c.problem.workers[w].daysOff where r.raw(w, d) >= 0 { n += 1 }
        return n
    }

    public func violations(_ c: Context, worker w: Int, _ r: Roster) -> [Violation] {
        c.problem.workers[w].daysOff.sorted().compactMap { d in
            guard r.raw(w, d) >= 0 else { return nil }
            let who = c.workerName(w)
            return violation(worker: w, days: d...d, shift: r.raw(w, d), penalty: 1,
                             Localized(zh: "\(who) 第 \(d) 天不能上班，却被排了班",
                                       en: "\(who) is on duty on day \(d), a day they cannot work"))
        }
    }
}
