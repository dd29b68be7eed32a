import SearchCore

/// Why a shift on a day is short: every worker, and what putting them on it would break.
public struct Candidate: Sendable {
    public let worker: Int
    /// The shift the worker has that day now, if any.
    public let current: Int?
    /// Hard rules the assignment would newly break (empty: the worker can take it).
    public let blockedBy: [Violation]
    /// Change of the soft penalty of the worker's own row (requests) if assigned.
    public let softChange: Int
}
