import SearchCore

/// When to stop and how to search a benchmark roster.
public struct SearchOptions: BudgetOptions, Sendable {
    public var seed: UInt64 = 1
    /// Moves per search thread (deterministic), seconds, a target score or a stop request
    /// (`Solver.stop`); `steps`, `seconds` and `target` set it.
    public var budget = SearchBudget()
    /// Parallel searches; they compare notes after every epoch and the worse adopts the best.
    public var threads = 2
    /// Recompute the score in full after every accepted move and stop on a mismatch.
    public var verify = false
    /// Cost of one unit of hard penalty against one point of soft penalty.
    public var hardWeight = 1000
    /// Moves per thread between two meetings of the threads.
    public var epoch = 20_000
    /// Annealing temperature at the start and at the end of each cycle (soft-penalty points).
    public var schedule = AnnealingSchedule(from: 60, to: 0.5)
    /// Moves between two whole-row rebuilds (dynamic programming) in each thread.
    public var rebuildEvery = 20_000
    /// Moves between two ruin-and-recreate moves (several rows rebuilt at once) in each thread,
    /// 0 for none; by default from the cost of a rebuild.
    public var ruinEvery: Int?
    /// Rows cleared and rebuilt by one ruin-and-recreate move.
    public var ruinSize = 2
    /// Rounds of rebuilding the cleared rows again after the first.
    public var ruinPasses = 2
    /// Part of each cycle (0–1) after which ruin and recreate runs.
    public var ruinFrom = 0.7
    /// Moves per thread in one annealing cycle (each cools from the start temperature to the end
    /// one); by default `cycleStepsPerCell` times the roster's cells. Cycles repeat while the
    /// budget holds two more; the last one cools over what is left.
    public var cycleSteps: Int?
    public var cycleStepsPerCell = 40_000
    /// A new cycle starts from the best roster so far (else each lane goes on from its own).
    public var cycleFromBest = true
    /// Between annealing cycles, dive in the linear relaxation over whole rows (the rows of
    /// the rosters found so far and rows from column generation) for a new roster
    /// (`ColumnGeneration.dive`). The first cycle is then a quarter of the others.
    public var dive = true
    /// Rounds of column generation between two steps of a dive.
    public var generationRounds = 30

    public init(seed: UInt64 = 1, steps: Int? = nil, seconds: Double? = nil, target: Score? = nil, threads: Int = 2,
                verify: Bool = false) {
        self.seed = seed
        budget = SearchBudget(steps: steps, seconds: seconds, target: target)
        self.threads = threads
        self.verify = verify
    }
}
