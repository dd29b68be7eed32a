import Foundation
import SearchCore

/// Builds and improves a duty roster; anytime, stops on steps, time or request. Each thread
/// anneals on its own seed; every 20,000 moves a thread behind the best continues from it.
public final class DutySolver: @unchecked Sendable {
    public let problem: DutyProblem
    let options: DutySearchOptions
    private let lock = NSLock()
    private var stopRequested = false

    public init(_ problem: DutyProblem, options: DutySearchOptions) {
        self.problem = problem
        self.options = options
    }

    public func stop() {
        lock.withLock { stopRequested = true }
    }

    var isStopRequested: Bool { lock.withLock { stopRequested } }

    /// Solves from `start` (kept where it is feasible; pinned assignments always kept).
    /// `frozen` slots are never touched (replanning: everything before the event).
    public func run(start: DutyRoster? = nil, frozen: [Bool]? = nil,
                    onProgress: (DutyProgress) -> Void = { _ in }) -> DutyResult {
        let watch = Stopwatch()
        func elapsed() -> Double { watch.elapsed() }
        var initial = start ?? DutyRoster(slots: problem.slots.count)
        for pair in problem.pinned { initial.add(pair) }
        let pools = DutyPools(problem)
        let threads = max(1, options.threads)
        let base = DutyState(problem, initial, frozen: frozen)
        let first = DutyLane(base, pools: pools, seed: options.seed, verify: options.verify)
        first.sanitize()
        first.construct()
        let constructed = first.state
        let constructionScore = constructed.score
        let firstFeasible: Double? = constructionScore.isFeasible ? elapsed() : nil
        onProgress(DutyProgress(score: constructionScore, seconds: elapsed(), steps: 0, shortSlots: constructed.short.count))
        let lanes = [first] + (1..<threads).map { i in
            DutyLane(constructed, pools: pools, seed: Seeds.lane(i, of: options.seed), verify: options.verify)
        }
        var failure = first.verifyFailure
        var steps = 0, epochs = 0
        let epoch = 2_000
        let t0 = options.temperatureStart, t1 = options.temperatureEnd
        var reported = constructionScore
        while failure == nil {
            if let limit = options.steps, steps >= limit { break }
            if let limit = options.seconds, elapsed() >= limit { break }
            if options.steps == nil && options.seconds == nil { break }
            if isStopRequested { break }
            let length = options.steps.map { min(epoch, $0 - steps) } ?? epoch
            let fraction: Double = options.steps.map { Double(steps) / Double(max(1, $0)) }
                ?? options.seconds.map { min(1, elapsed() / max(0.001, $0)) } ?? 1
            let temperature = t0 * pow(t1 / t0, fraction)
            DispatchQueue.concurrentPerform(iterations: lanes.count) { i in
                let lane = lanes[i]
                for _ in 0..<length where lane.verifyFailure == nil { lane.step(temperature) }
                lane.note()
            }
            steps += length
            epochs += 1
            failure = lanes.lazy.compactMap(\.verifyFailure).first
            let leader = lanes.min { $0.bestScore < $1.bestScore } ?? first
            // Every tenth meeting a lane behind the leader continues from the leader's roster.
            if epochs % 10 == 0 {
                for lane in lanes where lane !== leader && leader.bestScore < lane.bestScore {
                    lane.state = leader.state
                    lane.best = leader.best
                    lane.bestScore = leader.bestScore
                }
            }
            if leader.bestScore < reported {
                reported = leader.bestScore
                onProgress(DutyProgress(score: reported, seconds: elapsed(), steps: steps, shortSlots: leader.state.short.count))
            }
        }
        let leader = lanes.min { $0.bestScore < $1.bestScore } ?? first
        return DutyResult(roster: leader.best, score: leader.bestScore, steps: steps, seconds: elapsed(),
                          firstFeasibleSeconds: firstFeasible, constructionScore: constructionScore, verifyFailure: failure)
    }
}
