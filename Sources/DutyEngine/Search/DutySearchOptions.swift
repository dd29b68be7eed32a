/// When to stop and how to search a duty roster.
public struct DutySearchOptions: Sendable {
    public var seed: UInt64 = 1
    /// Stop after this many moves per search thread (deterministic), if set.
    public var steps: Int?
    /// Stop after this many seconds, if set.
    public var seconds: Double?
    /// Independent searches on different seeds run in parallel; the best roster wins.
    public var threads = 2
    /// Recompute the score in full after every accepted move and stop on a mismatch.
    public var verify = false
    /// Annealing temperature at the start and end of the budget (soft-penalty points).
    public var temperatureStart = 40.0
    public var temperatureEnd = 0.5

    public init(seed: UInt64 = 1, steps: Int? = nil, seconds: Double? = nil, threads: Int = 2, verify: Bool = false) {
        self.seed = seed
        self.steps = steps
        self.seconds = seconds
        self.threads = threads
        self.verify = verify
    }
}
