import SearchCore

/// Builds and improves a duty roster; anytime, stops on steps, time or request. Each thread
/// anneals on its own seed (`DutyLane`); the lanes meet every 2,000 moves (`Lanes`), and every
/// tenth meeting a lane behind the best continues from it.
public final class DutySolver: @unchecked Sendable {
    public let problem: DutyProblem
    let options: DutySearchOptions

    public init(_ problem: DutyProblem, options: DutySearchOptions) {
        self.problem = problem
        self.options = options
    }

    /// Asks a running search to stop; it returns the best roster so far.
    public func stop() { options.budget.stop.request() }

    /// Solves from `start` (kept where it is feasible; pinned assignments always kept).
    /// `frozen` slots are never touched (replanning: everything before the event).
    /// `onProgress` hears of each better roster; `onEpoch` of the best so far after every
    /// meeting of the lanes, improved or not (a progress bar that moves).
    public func run(start: DutyRoster? = nil, frozen: [Bool]? = nil,
                    onProgress: (DutyProgress) -> Void = { _ in },
                    onEpoch: (DutyProgress) -> Void = { _ in }) -> DutyResult {
        let watch = Stopwatch()
        var initial = start ?? DutyRoster(slots: problem.slots.count)
        for pair in problem.pinned { initial.add(pair) }
        let pools = DutyPools(problem)
        let threads = max(1, options.threads)
        let base = DutyState(problem, initial, frozen: frozen)
        let first = DutyLane(base, pools: pools, seed: options.seed, verify: options.verify, schedule: options.schedule)
        first.sanitize()
        first.construct()
        let constructed = first.state
        let constructionScore = constructed.score
        let firstFeasible: Double? = constructionScore.isFeasible ? watch.elapsed() : nil
        onProgress(DutyProgress(score: constructionScore, seconds: watch.elapsed(), steps: 0,
                                shortSlots: constructed.short.count, fraction: options.budget.used(steps: 0, watch)))
        let meeting = Lanes([first] + (1..<threads).map { i in
            DutyLane(constructed, pools: pools, seed: Seeds.lane(i, of: options.seed), verify: options.verify,
                     schedule: options.schedule)
        }, budget: options.budget, stopwatch: watch, epochMoves: 2_000, best: constructionScore)
        var failure = first.verifyFailure
        meeting.run(prepare: { _ in failure == nil && options.budget.isBounded },
                  settle: { _ in failure = meeting.lanes.lazy.compactMap(\.verifyFailure).first },
                  improved: { leader in
                      onProgress(DutyProgress(score: leader.bestScore, seconds: watch.elapsed(), steps: meeting.steps,
                                              shortSlots: leader.state.short.count,
                                              fraction: options.budget.used(steps: meeting.steps, watch)))
                  },
                  behind: { lane, leader, epoch in
                      // Every tenth meeting a lane behind the leader continues from the leader's roster.
                      if epoch.number % 10 == 0 { lane.adopt(leader) }
                  },
                  met: { _ in
                      onEpoch(DutyProgress(score: meeting.bestScore, seconds: watch.elapsed(), steps: meeting.steps,
                                           shortSlots: meeting.leader.state.short.count,
                                           fraction: options.budget.used(steps: meeting.steps, watch)))
                  })
        let leader = meeting.leader
        return DutyResult(roster: leader.best, score: leader.bestScore, steps: meeting.steps, seconds: watch.elapsed(),
                          firstFeasibleSeconds: firstFeasible, constructionScore: constructionScore, verifyFailure: failure)
    }
}
