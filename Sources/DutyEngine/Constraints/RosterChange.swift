import DutyModel
import SearchCore

/// Minimal change: against a published roster, every assignment added or removed costs
/// `changeWeight`. Without a published roster it costs nothing.
public struct RosterChange: DutyConstraint {
    public init() {}
    public let id = "roster-change"
    public let level = Level.soft
    public let summary = Localized(zh: "相对已发布排班改动最少", en: "As few changes to the published roster as possible")
    public let penaltyUnit = "1/200 of an assignment added or removed"

    public func violations(_ view: DutyView) -> [Violation] {
        guard let published = view.problem.published else { return [] }
        let weight = view.problem.settings.changeWeight
        let (added, removed) = view.roster.changes(from: published)
        return added.map { pair in
            violation(view, person: pair.person, slots: [pair.slot], penalty: weight, Localized(
                zh: "新增：\(view.person(pair.person)) 在 \(view.problem.label(slot: pair.slot))",
                en: "Added: \(view.person(pair.person)) on \(view.problem.label(slot: pair.slot))"))
        } + removed.map { pair in
            violation(view, person: pair.person, slots: [pair.slot], penalty: weight, Localized(
                zh: "撤下：\(view.person(pair.person)) 在 \(view.problem.label(slot: pair.slot))",
                en: "Removed: \(view.person(pair.person)) from \(view.problem.label(slot: pair.slot))"))
        }
    }
}
