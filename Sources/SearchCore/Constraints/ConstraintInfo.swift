import DutyModel

/// What every constraint of either problem form says about itself: its ID, whether it is
/// hard, what it asks and what one penalty point is.
///
/// The problem-specific protocols (`DutyConstraint`, the benchmark's `WorkerConstraint`) refine
/// it with how the rule is evaluated; the catalogue in docs/constraints.md is generated from it.
public protocol ConstraintInfo: Sendable {
    var id: String { get }
    var level: Level { get }
    /// What the rule asks, for docs/constraints.md and the help screen.
    var summary: Localized { get }
    /// What one penalty point stands for.
    var penaltyUnit: String { get }
}
