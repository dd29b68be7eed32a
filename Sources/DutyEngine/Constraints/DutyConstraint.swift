import DutyModel
import SearchCore

/// A rule over a duty roster (slots with times), one type per file in Constraints/ (registered in `DutyConstraints.all`).
/// `violations` names the people, posts and times; the penalty is their sum.
public protocol DutyConstraint: ConstraintInfo {
    func violations(_ view: DutyView) -> [Violation]
}

extension DutyConstraint {
    public func penalty(_ view: DutyView) -> Int { view.sum(violations(view)) }

    func violation(_ view: DutyView, person: Int?, slots: [Int], penalty: Int, _ message: Localized) -> Violation {
        Violation(constraint: id, level: level, entities: (person.map { [.person($0)] } ?? []) + slots.map { .slot($0) },
                  penalty: penalty, message: message)
    }
}
