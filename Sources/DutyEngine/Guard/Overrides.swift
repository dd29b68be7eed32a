import DutyModel
import SearchCore

/// Which hard violations of a stored roster a coordinator overrode, and which nobody did.
///
/// A violation is covered when an assignment it concerns (the person's on its slots, or for a
/// rule about a whole slot, anyone's on it) carries an override given for that rule. `explain`
/// lists each with its reason and the board marks the slot; a violation no override covers is
/// a fault: some path broke a rule unseen.
public enum Overrides {
    /// A roster's hard violations as compiled in `plan`, each with the override covering it.
    public typealias Checked = (plan: DutyPlan, found: [(violation: Violation, override: RuleOverride?)])

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
        -> Checked {
        let plan = DutyCompiler.compile(directory, from: start, days: days, around: assignments)
        var roster = plan.current
        for pair in plan.problem.pinned { roster.add(pair) }
        let violations = DutyEvaluator.hardViolations(plan.problem, roster)
        let bySlot = bySlot(violations, in: plan, assignments)
        return (plan, violations.map { ($0, covering($0, in: plan, bySlot)) })
    }

    /// `hardViolations` of the people in `scope` only: their records, their duties on those
    /// days and the days around, and the posts those are at (what a change can reach, at a
    /// fraction of the whole roster's cost).
    public static func hardViolations(_ directory: Directory, _ assignments: [Assignment], of scope: Set<PersonID>,
                                      from start: LocalDate, days: Int)
        -> Checked {
        let before = start.adding(days: -1), after = start.adding(days: days)
        let theirs = assignments.filter { scope.contains($0.person) && $0.slot.date >= before && $0.slot.date <= after }
        var scoped = directory
        scoped.people = directory.people.filter { scope.contains($0.id) }
        let posts = Set(theirs.map(\.slot.post))
        scoped.posts = directory.posts.filter { posts.contains($0.id) }
        return hardViolations(scoped, theirs, from: start, days: days)
    }
}
