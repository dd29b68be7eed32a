import DutyModel
import SearchCore

/// Hard: at most MaxShifts shifts of each type per worker. Penalty: shifts over the limit.
public struct MaxShiftsPerType: WorkerConstraint {
    public let id = "max-shifts-per-type"
    public let level = Level.hard
    public let summary = Localized(zh: "每种班次的上班次数不超过上限", en: "At most MaxShifts shifts of each type per worker")
    public let penaltyUnit = "shifts over the limit"

    func counts(_ c: Context, _ w: Int, _ r: Roster) -> [Int] {
        var counts = [Int](repeating: 0, count: c.problem.shifts.count)
        for d in 0..<r.days where r.raw(w, d) >= 0 { counts[r.raw(w, d)] += 1 }
        return counts
    }

    public func penalty(_ c: Context, worker w: Int, _ r: Roster) -> Int {
        let limits = c.problem.workers[w].maxShifts
        return counts(c, w, r).enumerated().reduce(0) { $0 + max(0, $1.element - limits[$1.offset]) }
    }

    public func violations(_ c: Context, worker w: Int, _ r: Roster) -> [Violation] {
        let limits = c.problem.workers[w].maxShifts
        return counts(c, w, r).enumerated().compactMap { s, n in
            guard n > limits[s] else { return nil }
            let who = c.workerName(w), shift = c.shiftName(s)
            return violation(worker: w, days: nil, shift: s, penalty: n - limits[s],
                             Localized(zh: "\(who) 上了 \(n) 个 \(shift) 班，最多 \(limits[s]) 个",
                                       en: "\(who) works \(n) \(shift) shifts, at most \(limits[s]) allowed"))
        }
    }
}
