import SearchCore

/// When to stop and how to search a duty roster.
public struct DutySearchOptions: BudgetOptions, Sendable {
    public var seed: UInt64 = 1
    /// Moves per search thread (deterministic), seconds, or a stop request (`DutySolver.stop`);
    /// `steps` and `seconds` set it. Without steps or seconds only the construction runs.
    public var budget = SearchBudget()
    /// Searches on different seeds run in parallel and meet every epoch; the best roster wins.
    public var threads = 2
    /// Recompute the score in full after every accepted move and stop on a mismatch.
    public var verify = false
    /// Annealing temperature from the start to the end of the budget (soft-penalty points).
    public var schedule = AnnealingSchedule(from: 40, to: 0.5)

    public init(seed: UInt64 = 1, steps: Int? = nil, seconds: Double? = nil, threads: Int = 2, verify: Bool = false) {
        self.seed = seed
        budget = SearchBudget(steps: steps, seconds: seconds)
        self.threads = threads
        self.verify = verify
    }
}
