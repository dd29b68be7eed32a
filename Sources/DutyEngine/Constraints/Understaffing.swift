import DutyModel
import SearchCore

/// Coverage: every slot gets at least its minimum headcount. Each missing person costs
/// `understaffWeight` per hour of the slot, so a short night checkpoint weighs more than a
/// short two-hour session.
public struct Understaffing: DutyConstraint {
    public init() {}
    public let id = "understaffing"
    public let level = Level.soft
    public let summary = Localized(zh: "每个岗位班次至少达到规定人数", en: "Every slot has at least its minimum headcount")
    public let penaltyUnit = "1/1000 of a missing person-hour"

    public static func cost(_ slot: DutySlot, count: Int, _ settings: DutySettings) -> Int {
        max(0, slot.minimum - count) * slot.hours * settings.understaffWeight
    }

    public func violations(_ view: DutyView) -> [Violation] {
        var result: [Violation] = []
        for (s, list) in view.roster.members.enumerated() {
            let slot = view.problem.slots[s]
            let cost = Understaffing.cost(slot, count: list.count, view.problem.settings)
            guard cost > 0 else { continue }
            result.append(violation(view, person: nil, slots: [s], penalty: cost, Localized(
                zh: "\(slot.label) 缺 \(slot.minimum - list.count) 人（需 \(slot.minimum) 人，现 \(list.count) 人）",
                en: "\(slot.label) is \(slot.minimum - list.count) short (needs \(slot.minimum), has \(list.count))")))
        }
        return result
    }
}
