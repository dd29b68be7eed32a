import Dispatch

/// Lanes that meet: several searches run an epoch at a time in parallel
/// (`DispatchQueue.concurrentPerform`), then compare. The leader's score, when better than the
/// best so far, is reported; each lane behind the leader is offered the leader's roster. Stops
/// when the budget is spent.
///
/// The problem decides, through the hooks, what happens between epochs (cycles, dives,
/// restarts), whether a lane behind adopts the leader, and what an improvement means for it.
public final class Lanes<Lane: SearchLane> {
    public let lanes: [Lane]
    public let budget: SearchBudget
    public let stopwatch: Stopwatch
    /// Moves per lane between two meetings.
    public let epochMoves: Int
    /// Moves per lane run so far.
    public private(set) var steps = 0
    public private(set) var epochs = 0
    /// The best score reported so far (by a leader, or offered from outside the lanes).
    public private(set) var bestScore: Score

    /// `best` is the score to beat, usually the starting roster's.
    public init(_ lanes: [Lane], budget: SearchBudget, stopwatch: Stopwatch, epochMoves: Int, best: Score) {
        precondition(!lanes.isEmpty, "a search needs a lane")
        self.lanes = lanes
        self.budget = budget
        self.stopwatch = stopwatch
        self.epochMoves = max(1, epochMoves)
        bestScore = best
    }

    /// The lane with the best score (the first of equals).
    public var leader: Lane { lanes[leaderIndex] }

    var leaderIndex: Int { lanes.indices.min { lanes[$0].bestScore < lanes[$1].bestScore } ?? 0 }

    /// Takes a score found outside the lanes (a dive): whether it beats the best so far.
    public func offer(_ score: Score) -> Bool {
        guard score < bestScore else { return false }
        bestScore = score
        return true
    }

    /// Runs epochs until the budget is spent or `prepare` returns false.
    /// - `prepare`: before an epoch (the lanes are idle); false ends the search.
    /// - `settle`: after the lanes ran, before they meet.
    /// - `improved`: the leader beats the best so far (already recorded in `bestScore`).
    /// - `behind`: for each lane whose best is worse than the leader's, after the report.
    /// - `met`: last, once the meeting is over (a progress report, improved or not).
    public func run(prepare: (Epoch) -> Bool = { _ in true }, settle: (Epoch) -> Void = { _ in },
                    improved: (Lane) -> Void, behind: (_ lane: Lane, _ leader: Lane, Epoch) -> Void,
                    met: (Epoch) -> Void = { _ in }) {
        while !budget.isSpent(steps: steps, best: bestScore, stopwatch) {
            let epoch = Epoch(index: epochs, steps: steps, moves: budget.moves(after: steps, epoch: epochMoves),
                              fraction: budget.fraction(steps: steps, stopwatch))
            guard prepare(epoch) else { break }
            let lanes = self.lanes
            DispatchQueue.concurrentPerform(iterations: lanes.count) { i in lanes[i].run(epoch) }
            steps += epoch.moves
            epochs += 1
            settle(epoch)
            let leader = lanes[leaderIndex]
            if leader.bestScore < bestScore {
                bestScore = leader.bestScore
                improved(leader)
            }
            for lane in lanes where lane !== leader && leader.bestScore < lane.bestScore {
                behind(lane, leader, epoch)
            }
            met(epoch)
        }
    }
}
