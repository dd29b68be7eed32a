import SearchCore

/// A new best roster during a duty search, for a progress line or the interface.
public struct DutyProgress: Sendable {
    public let score: Score
    public let seconds: Double
    public let steps: Int
    /// Slots still short of headcount or role mix.
    public let shortSlots: Int
}
