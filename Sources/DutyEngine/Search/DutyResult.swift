import SearchCore

/// What a duty search ends with: the best roster, its score, the moves and time it took.
public struct DutyResult: Sendable {
    public let roster: DutyRoster
    public let score: Score
    public let steps: Int
    public let seconds: Double
    /// When the construction had a roster without hard violations (nil if it never did).
    public let firstFeasibleSeconds: Double?
    public let constructionScore: Score
    /// A mismatch found in verify mode, if any.
    public let verifyFailure: String?
}
