import DutyModel
import SearchCore

/// Which hard violations of a stored roster a coordinator overrode, and which nobody did.
///
/// A violation is covered when an assignment it concerns (the person's on its slots, or for a
/// rule about a whole slot, anyone's on it) carries an override given for that rule. `explain`
/// lists each with its reason and the board marks the slot; a violation no override covers is
/// a fault: some path broke a rule unseen.
public enum Overrides {
    /// The override covering `violation`, if any.
    public static func covering(_ violation: Violation, in plan: DutyPlan, _ byKey: [String: Assignment]) -> RuleOverride? {
        for s in violation.slots where s < plan.slots.count {
            let slot = plan.slots[s]
            let candidates: [Assignment]
            if let p = violation.person {
                candidates = byKey[key(slot, plan.personIDs[p])].map { [$0] } ?? []
            } else {
                candidates = byKey.values.filter { $0.slot == slot }
            }
            if let found = candidates.compactMap(\.override).first(where: { $0.rules.contains(violation.constraint) }) {
                return found
            }
        }
        return nil
    }

    /// Assignments by slot and person, for `covering`.
    public static func index(_ assignments: [Assignment]) -> [String: Assignment] {
        Dictionary(assignments.map { (key($0.slot, $0.person), $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The hard violations of the roster `assignments` over `days` days from `start`, each with
    /// the override that covers it (nil: none does).
    public static func hardViolations(_ directory: Directory, _ assignments: [Assignment], from start: LocalDate, days: Int)
        -> (plan: DutyPlan, found: [(violation: Violation, override: RuleOverride?)]) {
        let plan = DutyCompiler.compile(directory, from: start, days: days, around: assignments)
        var roster = plan.current
        for pair in plan.problem.pinned { roster.add(pair) }
        let byKey = index(assignments)
        return (plan, DutyEvaluator.hardViolations(plan.problem, roster).map { ($0, covering($0, in: plan, byKey)) })
    }

    static func key(_ slot: Slot, _ person: PersonID) -> String { "\(slot.id.rawValue)/\(person.rawValue)" }
}
