import DutyModel
import SearchCore

/// A person serves only when available: inside their weekly hours and not on leave.
/// (Context duties outside the plan's days were settled when they were planned.)
public struct Availability: DutyConstraint {
    public init() {}
    public let id = "availability"
    public let level = Level.hard
    public let summary = Localized(zh: "只在本人可值班时段内排班（每周时段、请假）",
                                   en: "Only when available: weekly hours, no leave")
    public let penaltyUnit = "an assignment outside the person's hours"

    public func violations(_ view: DutyView) -> [Violation] {
        var result: [Violation] = []
        for (p, list) in view.byPerson.enumerated() {
            let person = view.problem.people[p]
            for s in list where !view.slot(s).isContext && !person.isAvailable(view.slot(s).start, view.slot(s).end) {
                result.append(violation(view, person: p, slots: [Int(s)], penalty: 1, Localized(
                    zh: "\(view.person(p)) 在 \(view.slotName(s)) 时段不可值班",
                    en: "\(view.person(p)) is not available for \(view.slotName(s))")))
            }
        }
        return result
    }
}
