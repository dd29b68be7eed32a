import DutyModel
import SearchCore

/// No more people on a slot than its staffing rule's maximum.
public struct MaxHeadcount: DutyConstraint {
    public init() {}
    public let id = "max-headcount"
    public let level = Level.hard
    public let summary = Localized(zh: "岗位人数不超过规定上限", en: "No more people on a slot than its maximum")
    public let penaltyUnit = "a person over the maximum"

    public func violations(_ view: DutyView) -> [Violation] {
        var result: [Violation] = []
        for (s, list) in view.roster.members.enumerated() where list.count > view.problem.slots[s].maximum {
            let slot = view.problem.slots[s]
            result.append(violation(view, person: nil, slots: [s], penalty: list.count - slot.maximum, Localized(
                zh: "\(slot.label) 排了 \(list.count) 人，上限 \(slot.maximum) 人",
                en: "\(slot.label) has \(list.count) people, at most \(slot.maximum)")))
        }
        return result
    }
}
