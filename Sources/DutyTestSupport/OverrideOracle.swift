import DutyEngine
import DutyModel
import Foundation

/// The test of issue 13's promise, "every hard violation in the database is one recorded as an
/// override with a reason": the store's roster evaluated by the engine's full evaluator over
/// whole weeks of the whole directory, not by the guard the code under test calls.
public enum OverrideOracle {
    /// What `unexplained` reports: the rule, what breaks it, and the override found (if any).
    public struct Finding: Sendable, CustomStringConvertible {
        public var rule: String
        public var message: String
        public var override: RuleOverride?
        public var description: String { "\(rule): \(message)" + (override.map { " [override “\($0.reason)”]" } ?? "") }
    }

    /// The hard violations stored on the weeks (Monday to Sunday) from `from` to `to` that no
    /// override with a non-empty reason covers.
    public static func unexplained(_ store: any RosterStore, from: LocalDate, to: LocalDate) throws -> [Finding] {
        let start = from.monday, end = to.sunday
        let assignments = try store.assignments(from: start.adding(days: -1), to: end.adding(days: 1))
        return unexplained(try store.loadDirectory(), assignments, from: start, days: end.dayNumber - start.dayNumber + 1)
    }

    /// As above, over `assignments` and `directory` given directly.
    public static func unexplained(_ directory: Directory, _ assignments: [Assignment], from start: LocalDate, days: Int) -> [Finding] {
        Overrides.hardViolations(directory, assignments, from: start, days: days).found.compactMap { found in
            let reason = found.override?.reason.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return reason.isEmpty ? Finding(rule: found.violation.constraint, message: found.violation.message.zh, override: found.override)
                                  : nil
        }
    }
}
