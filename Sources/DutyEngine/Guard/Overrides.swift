import DutyModel
import SearchCore

/// Which hard violations of a stored roster a coordinator overrode, and which nobody did.
///
/// A violation is covered when an assignment it concerns (the person's on its slots, or for a
/// rule about a whole slot, anyone's on it) carries an override given for that rule. `explain`
/// lists each with its reason and the board marks the slot; a violation no override covers is
/// a fault: some path broke a rule unseen.
public enum Overrides {
    /// The override covering `violation`, if any, from the assignments on its slots.
    public static func covering(_ violation: Violation, in plan: DutyPlan, _ bySlot: [Slot: [Assignment]]) -> RuleOverride? {
        for s in violation.slots where s < plan.slots.count {
            let onSlot = bySlot[plan.slots[s]] ?? []
            let concerned = violation.person.map { p in onSlot.filter { $0.person == plan.personIDs[p] } } ?? onSlot
            if let found = concerned.compactMap(\.override).first(where: { $0.rules.contains(violation.constraint) }) {
                return found
            }
        }
        return nil
    }

    /// The assignments on the slots `violations` name, in one pass (violations are few, the
    /// roster of a city is large).
    public static func bySlot(_ violations: [Violation], in plan: DutyPlan, _ assignments: [Assignment]) -> [Slot: [Assignment]] {
        let wanted = Set(violations.flatMap(\.slots).filter { $0 < plan.slots.count }.map { plan.slots[$0] })
        guard !wanted.isEmpty else { return [:] }
        var result: [Slot: [Assignment]] = [:]
        for a in assignments where wanted.contains(a.slot) { result[a.slot, default: []].append(a) }
        return result
    }

    /// The hard violations of the roster `assignments` over `days` days from `start`, each with
    /// the override that covers it (nil: none does).
    public static func hardViolations(_ directory: Directory, _ assignments: [Assignment], from start: LocalDate, days: Int)
        -> (plan: DutyPlan, found: [(violation: Violation, override: RuleOverride?)]) {
        let plan = DutyCompiler.compile(directory, from: start, days: days, around: assignments)
        var roster = plan.current
        for pair in plan.problem.pinned { roster.add(pair) }
        let violations = DutyEvaluator.hardViolations(plan.problem, roster)
        let bySlot = bySlot(violations, in: plan, assignments)
        return (plan, violations.map { ($0, covering($0, in: plan, bySlot)) })
    }
}
