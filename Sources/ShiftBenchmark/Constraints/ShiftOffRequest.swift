import DutyModel
import SearchCore

/// Soft: a worker who asked not to work a shift on a day does not. Penalty: the request's
/// weight when they work exactly that shift that day.
public struct ShiftOffRequest: WorkerConstraint {
    public let id = "shift-off-request"
    public let level = Level.soft
    public let summary = Localized(zh: "满足“希望不上某班”的请求", en: "A worker who asked not to work a shift on a day does not")
    public let penaltyUnit = "the request's weight when not met"

    public func penalty(_ c: Context, worker w: Int, _ r: Roster) -> Int {
        var n = 0
        for q in c.offRequests[w] where r.raw(w, q.day) == q.shift { n += q.weight }
        return n
    }

    public func violations(_ c: Context, worker w: Int, _ r: Roster) -> [Violation] {
        c.offRequests[w].compactMap { q in
            guard r.raw(w, q.day) == q.shift else { return nil }
            let who = c.workerName(w), shift = c.shiftName(q.shift)
            return violation(worker: w, days: q.day...q.day, shift: q.shift, penalty: q.weight,
                             Localized(zh: "\(who) 希望第 \(q.day) 天不上 \(shift) 班，却被排了",
                                       en: "\(who) asked not to work \(shift) on day \(q.day) and does"))
        }
    }
}
