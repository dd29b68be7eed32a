import SearchCore

/// A benchmark roster replanned after an absence: the roster, its score and every changed cell.
public struct ReplanResult: Sendable {
    public let roster: Roster
    public let score: Score
    /// Cells that differ from the published roster, the absent worker's own included.
    public let changes: [Change]
    public let seconds: Double
}
