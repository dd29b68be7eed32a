import DutyModel
import SearchCore

/// Soft: stay close to the published roster. Penalty: `changeWeight` for each day whose
/// shift differs from the published one (a shift added, removed or changed).
public struct MinimalChange: WorkerConstraint {
    public let id = "minimal-change"
    public let level = Level.soft
    public let summary = Localized(zh: "尽量少改动已发布的排班", en: "Change as few assignments of the published roster as possible")
    public let penaltyUnit = "changeWeight per day changed"

    public func penalty(_ c: Context, worker w: Int, _ r: Roster) -> Int {
        guard let published = c.problem.published, c.problem.changeWeight > 0 else { return 0 }
        var n = 0
        for d in 0..<r.days where r.raw(w, d) != published.raw(w, d) { n += 1 }
        return n * c.problem.changeWeight
    }

    public func violations(_ c: Context, worker w: Int, _ r: Roster) -> [Violation] {
        guard let published = c.problem.published, c.problem.changeWeight > 0 else { return [] }
        return (0..<r.days).compactMap { d in
            let was = published.raw(w, d), now = r.raw(w, d)
            guard was != now else { return nil }
            let who = c.workerName(w)
            let from = was >= 0 ? c.shiftName(was) : "off", to = now >= 0 ? c.shiftName(now) : "off"
            let fromZH = was >= 0 ? c.shiftName(was) : "休息", toZH = now >= 0 ? c.shiftName(now) : "休息"
            return violation(worker: w, days: d...d, shift: now >= 0 ? now : nil,
                             penalty: c.problem.changeWeight,
                             Localized(zh: "\(who) 第 \(d) 天由 \(fromZH) 改为 \(toZH)",
                                       en: "\(who) on day \(d) changes from \(from) to \(to)"))
        }
    }
}
