import SearchCore

/// A new best roster during a duty search, for a progress line or the interface.
public struct DutyProgress: Sendable {
    public let score: Score
    public let seconds: Double
    public let steps: Int
    /// Slots still short of headcount or role mix.
    public let shortSlots: Int
    /// How much of the budget is used (0–1), by whichever of steps and time ends the run first
    /// (`SearchBudget.used`).
    public let fraction: Double
}
