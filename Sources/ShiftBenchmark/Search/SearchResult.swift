import SearchCore

/// What a benchmark search ends with: the best roster, its score, the moves and time it took
/// and every improvement on the way.
public struct SearchResult: Sendable {
    public let roster: Roster
    public let score: Score
    public let steps: Int
    public let seconds: Double
    public let improvements: [Improvement]
    /// Whether the search started over, having found no roster keeping every hard rule by
    /// 30 % of its budget.
    public var restarted = false
}
