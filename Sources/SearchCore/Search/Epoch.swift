/// One round of `Lanes`: every lane runs `moves` moves, then the lanes meet.
public struct Epoch: Sendable, Hashable {
    /// Epochs run before this one.
    public let index: Int
    /// Moves per lane run before this one.
    public let steps: Int
    /// Moves per lane in this one.
    public let moves: Int
    /// The part of the budget used when it began (0–1; `SearchBudget.fraction`).
    public let fraction: Double

    /// 1 for the first epoch, 2 for the second …
    public var number: Int { index + 1 }
}
