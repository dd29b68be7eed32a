import DutyModel
import SearchCore

/// Who may take a slot: the post's age limits, and night duty only for those allowed it.
public struct Eligibility: DutyConstraint {
    public init() {}
    public let id = "eligibility"
    public let level = Level.hard
    public let summary = Localized(zh: "符合岗位条件：年龄限制、是否可值夜班",
                                   en: "Eligible for the post: its age limits, night duty allowed")
    public let penaltyUnit = "an assignment of someone not eligible"

    /// Why `person` may not take `slot`, or nil.
    public static func reason(_ person: DutyPerson, _ slot: DutySlot) -> Localized? {
        if let minAge = slot.minAge, person.age < minAge {
            return Localized(zh: "\(person.age)岁，岗位要求不小于\(minAge)岁", en: "aged \(person.age), the post needs \(minAge) or over")
        }
        if let maxAge = slot.maxAge, person.age > maxAge {
            return Localized(zh: "\(person.age)岁，岗位要求不超过\(maxAge)岁", en: "aged \(person.age), the post takes \(maxAge) at most")
        }
        if slot.isNight && !person.nightAllowed {
            return Localized(zh: "不值夜班", en: "no night duty")
        }
        return nil
    }

    public func violations(_ view: DutyView) -> [Violation] {
        var result: [Violation] = []
        for (p, list) in view.byPerson.enumerated() {
            for s in list where !view.slot(s).isContext {
                guard let why = Eligibility.reason(view.problem.people[p], view.slot(s)) else { continue }
                result.append(violation(view, person: p, slots: [Int(s)], penalty: 1, Localized(
                    zh: "\(view.person(p)) 不能担任 \(view.slotName(s))：\(why.zh)",
                    en: "\(view.person(p)) may not take \(view.slotName(s)): \(why.en)")))
            }
        }
        return result
    }
}
