import SearchCore

/// The violations of one rule, most costly first, and their total penalty.
public struct BrokenRule: Sendable {
    public let constraint: any DutyConstraint
    public let violations: [Violation]
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
    public static func summary(_ violations: [Violation], order: SummaryOrder) -> [BrokenRule] {
        let groups = grouped(violations).map { constraint, list in
            BrokenRule(constraint: constraint, violations: list.sorted { $0.penalty > $1.penalty },
                           total: list.reduce(0) { $0 + $1.penalty })
        }
        switch order {
        case .catalogue: return groups
        case .byCost:
            func key(_ group: BrokenRule) -> (Int, Int) { (group.constraint.level == .hard ? 0 : 1, -group.total) }
            return groups.sorted { key($0) < key($1) }
        }
    }
}
