/// When a search stops: after a number of moves per lane (deterministic), after a number of
/// seconds, once the best score reaches a target, or on request — whichever comes first.
///
/// Copies of a budget share its stop flag, so a solver's `stop()` reaches the running search.
public struct SearchBudget: Sendable {
    /// Moves per lane.
    public var steps: Int?
    public var seconds: Double?
    /// Stop as soon as the best score is at most this.
    public var target: Score?
    public var stop: StopFlag

    public init(steps: Int? = nil, seconds: Double? = nil, target: Score? = nil, stop: StopFlag = StopFlag()) {
        self.steps = steps
        self.seconds = seconds
        self.target = target
        self.stop = stop
    }

    /// Whether steps or seconds bound the search (else only a target or a request ends it).
    public var isBounded: Bool { steps != nil || seconds != nil }

    /// Whether the search must stop now, after `done` moves per lane with `best` the best score.
    public func isSpent(steps done: Int, best: Score, _ watch: Stopwatch) -> Bool {
        if let steps, done >= steps { return true }
        if let seconds, watch.elapsed() >= seconds { return true }
        if let target, best <= target { return true }
        return stop.isRequested
    }

    /// The part of the budget used (0–1): by moves when they are limited, else by time; 0 with
    /// neither. Annealing cools with it.
    public func fraction(steps done: Int, _ watch: Stopwatch) -> Double {
        steps.map { Double(done) / Double(max(1, $0)) } ?? seconds.map { min(1, watch.elapsed() / max(0.001, $0)) } ?? 0
    }

    /// How much of the run is behind it (0–1), by whichever bound ends it first: the moves
    /// done of the steps, or the time gone of the seconds; 0 with neither. For a progress bar
    /// (annealing cools by `fraction`).
    public func used(steps done: Int, _ watch: Stopwatch) -> Double {
        let bySteps = steps.map { Double(done) / Double(max(1, $0)) } ?? 0
        let byTime = seconds.map { watch.elapsed() / max(0.001, $0) } ?? 0
        return min(1, max(bySteps, byTime))
    }

    /// Moves per lane in the next epoch: `epoch`, or what is left of the steps.
    public func moves(after done: Int, epoch: Int) -> Int {
        steps.map { min(epoch, $0 - done) } ?? epoch
    }

    /// Moves per lane left: exact with a step limit, else estimated from the rate so far
    /// (`done` moves used `fraction` of the time).
    public func remaining(after done: Int, fraction: Double) -> Int {
        if let steps { return steps - done }
        guard fraction > 0 else { return 0 }
        return Int(Double(done) * (1 - fraction) / fraction)
    }
}
