import DutyModel
import SearchCore

/// One place at a time: a person is never on two slots whose times overlap, including a
/// night shift running past midnight into the next day's morning slot.
public struct NoOverlap: DutyConstraint {
    public init() {}
    public let id = "no-overlap"
    public let level = Level.hard
    public let summary = Localized(zh: "同一时间只能在一个岗位（含跨零点班次）",
                                   en: "One place at a time: no overlapping slots, across midnight too")
    public let penaltyUnit = "a pair of overlapping slots"

    public func violations(_ view: DutyView) -> [Violation] {
        var result: [Violation] = []
        for (p, list) in view.byPerson.enumerated() where list.count > 1 {
            for i in 0..<list.count {
                let a = view.slot(list[i])
                for j in (i + 1)..<list.count {
                    let b = view.slot(list[j])
                    guard b.start < a.end else { break }   // sorted by start
                    result.append(violation(view, person: p, slots: [Int(list[i]), Int(list[j])], penalty: 1, Localized(
                        zh: "\(view.person(p)) 同时排在 \(view.slotName(list[i])) 和 \(view.slotName(list[j]))",
                        en: "\(view.person(p)) is on \(view.slotName(list[i])) and \(view.slotName(list[j])) at the same time")))
                }
            }
        }
        return result
    }
}
