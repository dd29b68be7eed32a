import DutyModel

/// Full evaluation of a duty roster through every constraint unit: the reference the
/// search's incremental scoring is checked against (verify mode) and what `explain` prints.
public enum DutyEvaluator {
    public static func violations(_ problem: DutyProblem, _ roster: DutyRoster) -> [DutyViolation] {
        let view = DutyView(problem, roster)
        return DutyConstraints.all.flatMap { $0.violations(view) }
    }

    /// Only the hard rules' violations (what a board marks as broken).
    public static func hardViolations(_ problem: DutyProblem, _ roster: DutyRoster) -> [DutyViolation] {
        let view = DutyView(problem, roster)
        return DutyConstraints.all.filter { $0.level == .hard }.flatMap { $0.violations(view) }
    }

    public static func score(_ problem: DutyProblem, _ roster: DutyRoster) -> Score {
        let view = DutyView(problem, roster)
        var score = Score.zero
        for constraint in DutyConstraints.all {
            let penalty = constraint.penalty(view)
            if constraint.level == .hard { score.hard += penalty } else { score.soft += penalty }
        }
        return score
    }

    /// Violations grouped by constraint, in catalogue order.
    public static func grouped(_ violations: [DutyViolation]) -> [(constraint: any DutyConstraint, violations: [DutyViolation])] {
        DutyConstraints.all.compactMap { constraint in
            let list = violations.filter { $0.constraint == constraint.id }
            return list.isEmpty ? nil : (constraint, list)
        }
    }
}

/// The violations of one rule, most costly first, and their total penalty.
public struct ViolationGroup: Sendable {
    public let constraint: any DutyConstraint
    public let violations: [DutyViolation]
    public let total: Int
}

extension DutyEvaluator {
    /// How `summary` orders the rules.
    public enum SummaryOrder: Sendable {
        /// As the catalogue lists them (hard ones first).
        case catalogue
        /// Hard rules first, then the most costly.
        case byCost
    }

    /// Violations grouped by rule, each group's most costly first, with its total: the one
    /// grouping behind `zhiban explain` and the solver panel's "why".
    public static func summary(_ violations: [DutyViolation], order: SummaryOrder) -> [ViolationGroup] {
        let groups = grouped(violations).map { constraint, list in
            ViolationGroup(constraint: constraint, violations: list.sorted { $0.penalty > $1.penalty },
                           total: list.reduce(0) { $0 + $1.penalty })
        }
        switch order {
        case .catalogue: return groups
        case .byCost:
            return groups.sorted { ($0.constraint.level == .hard ? 0 : 1, -$0.total) < ($1.constraint.level == .hard ? 0 : 1, -$1.total) }
        }
    }
}
