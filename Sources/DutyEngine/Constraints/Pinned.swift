import DutyModel
import SearchCore

/// A pinned assignment (fixed by a coordinator) stays in every roster the engine makes.
public struct Pinned: DutyConstraint {
    public init() {}
    public let id = "pinned"
    public let level = Level.hard
    public let summary = Localized(zh: "锁定的排班不得改动", en: "Pinned assignments never move")
    public let penaltyUnit = "a pinned assignment missing"

    public func violations(_ view: DutyView) -> [Violation] {
        view.problem.pinned.sorted().filter { !view.roster.contains($0) }.map { pair in
            violation(view, person: pair.person, slots: [pair.slot], penalty: 1, Localized(
                zh: "锁定的排班被移除：\(view.person(pair.person)) 在 \(view.problem.label(slot: pair.slot))",
                en: "Pinned assignment removed: \(view.person(pair.person)) on \(view.problem.label(slot: pair.slot))"))
        }
    }
}
