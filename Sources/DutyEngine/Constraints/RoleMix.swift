import DutyModel
import SearchCore

/// The role mix of a slot: e.g. at least one party member on each checkpoint shift, a
/// medical worker at health consultation, police, medical or a cadre on a main gate at night.
/// Each missing person of a required role costs `roleMixWeight` per hour of the slot.
public struct RoleMix: DutyConstraint {
    public init() {}
    public let id = "role-mix"
    public let level = Level.soft
    public let summary = Localized(zh: "岗位人员构成符合要求（如每班至少一名党员）",
                                   en: "The slot's role mix (e.g. a party member on every checkpoint shift)")
    public let penaltyUnit = "1/500 of a missing person-hour of a required role"

    /// How many of each requirement are missing.
    public static func missing(_ slot: DutySlot, members: some Collection<Int32>, _ people: [DutyPerson]) -> [Int] {
        slot.requirements.map { requirement in
            var have = 0
            for p in members where people[Int(p)].roles.meets(requirement.roles) { have += 1 }
            return max(0, requirement.atLeast - have)
        }
    }

    public static func cost(_ slot: DutySlot, members: some Collection<Int32>, _ people: [DutyPerson],
                            _ settings: DutySettings) -> Int {
        guard !slot.requirements.isEmpty else { return 0 }
        return missing(slot, members: members, people).reduce(0, +) * slot.hours * settings.roleMixWeight
    }

    public func violations(_ view: DutyView) -> [Violation] {
        var result: [Violation] = []
        for (s, list) in view.roster.members.enumerated() where !view.problem.slots[s].requirements.isEmpty {
            let slot = view.problem.slots[s]
            for (requirement, missing) in zip(slot.requirements, RoleMix.missing(slot, members: list, view.problem.people))
            where missing > 0 {
                result.append(violation(view, person: nil, slots: [s],
                                        penalty: missing * slot.hours * view.problem.settings.roleMixWeight, Localized(
                    zh: "\(slot.label) 缺少\(requirement.name.zh) \(missing) 人（至少 \(requirement.atLeast) 人）",
                    en: "\(slot.label) lacks \(missing) \(requirement.name.en) (at least \(requirement.atLeast))")))
            }
        }
        return result
    }
}
