import SearchCore

/// Full evaluation of a duty roster through every constraint unit: the reference the
/// search's incremental scoring is checked against (verify mode) and what `explain` prints.
public enum DutyEvaluator {
    public static func violations(_ problem: DutyProblem, _ roster: DutyRoster) -> [Violation] {
        let view = DutyView(problem, roster)
        return DutyConstraints.all.flatMap { $0.violations(view) }
    }

    /// Only the hard rules' violations (what a board marks as broken).
    public static func hardViolations(_ problem: DutyProblem, _ roster: DutyRoster) -> [Violation] {
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
    public static func grouped(_ violations: [Violation]) -> [(constraint: any DutyConstraint, violations: [Violation])] {
        DutyConstraints.all.compactMap { constraint in
            let list = violations.filter { $0.constraint == constraint.id }
            return list.isEmpty ? nil : (constraint, list)
        }
    }
}
