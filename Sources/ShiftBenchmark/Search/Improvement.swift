import SearchCore

/// A new best roster found during a search.
public struct Improvement: Sendable {
    public let score: Score
    public let seconds: Double
    public let steps: Int
}
