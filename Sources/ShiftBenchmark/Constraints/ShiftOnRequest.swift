import DutyModel
import SearchCore

/// Soft: a worker who asked to work a shift on a day gets it. Penalty: the request's weight
/// when they work another shift or nothing that day.
public struct ShiftOnRequest: WorkerConstraint {
    public let id = "shift-on-request"
    public let level = Level.soft
    public let summary = Localized(zh: "满足“希望上某班”的请求", en: "A worker who asked to work a shift on a day gets it")
    public let penaltyUnit = "the request's weight when not met"

    public func penalty(_ c: Context, worker w: Int, _ r: Roster) -> Int {
        var n = 0
        for q in c.onRequests[w] where r.raw(w, q.day) != q.shift { n += q.weight }
        return n
    }

    public func violations(_ c: Context, worker w: Int, _ r: Roster) -> [Violation] {
        c.onRequests[w].compactMap { q in
            guard r.raw(w, q.day) != q.shift else { return nil }
            let who = c.workerName(w), shift = c.shiftName(q.shift)
            return violation(worker: w, days: q.day...q.day, shift: q.shift, penalty: q.weight,
                             Localized(zh: "\(who) 希望第 \(q.day) 天上 \(shift) 班，未能满足",
                                       en: "\(who) asked to work \(shift) on day \(q.day) and does not"))
        }
    }
}
