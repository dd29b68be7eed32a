import DutyModel
import SearchCore

/// Soft: each shift on each day has its wanted headcount. Penalty: people short × the
/// under weight, people over × the over weight.
public struct CoverConstraint: ConstraintInfo {
    public init() {}
    public let id = "cover"
    public let level = Level.soft
    public let summary = Localized(zh: "每个班次每天的人数符合需要", en: "Each shift on each day has its wanted headcount")
    public let penaltyUnit = "people short × under-weight, people over × over-weight"

    @inline(__always)
    public static func penalty(_ cover: Cover, count: Int) -> Int {
        count < cover.requirement ? (cover.requirement - count) * cover.underWeight
            : (count - cover.requirement) * cover.overWeight
    }

    public func violations(_ c: Context, counts: [[Int]]) -> [Violation] {
        var result: [Violation] = []
        for d in 0..<c.problem.days {
            for s in 0..<c.problem.shifts.count {
                let cover = c.problem.cover[d][s], n = counts[d][s]
                let p = Self.penalty(cover, count: n)
                guard p > 0 else { continue }
                let shift = c.shiftName(s)
                let message = n < cover.requirement
                    ? Localized(zh: "第 \(d) 天 \(shift) 班需要 \(cover.requirement) 人，只排了 \(n) 人",
                                en: "day \(d) shift \(shift) needs \(cover.requirement), has \(n)")
                    : Localized(zh: "第 \(d) 天 \(shift) 班需要 \(cover.requirement) 人，排了 \(n) 人",
                                en: "day \(d) shift \(shift) needs \(cover.requirement), has \(n) (too many)")
                result.append(violation(worker: nil, days: d...d, shift: s, penalty: p, message))
            }
        }
        return result
    }
}
