import Foundation
import SearchCore

/// Anytime local search: simulated annealing in cycles with dives in the linear relaxation
/// between them, several lanes in parallel (`AnnealingLane`, run by `Lanes`) that share the best
/// roster, stopping on steps, time, target score or request.
public final class Solver: @unchecked Sendable {
    let context: Context
    let options: SearchOptions

    public init(_ problem: Problem, options: SearchOptions) {
        context = Context(problem)
        self.options = options
    }

    /// Asks a running search to stop; it returns the best roster so far.
    public func stop() { options.budget.stop.request() }

    public func run(start: Roster? = nil, onImprovement: (Improvement) -> Void = { _ in }) -> SearchResult {
        let initial = start ?? Construction.blocks(context)
        let watch = Stopwatch()
        func elapsed() -> Double { watch.elapsed() }
        let threads = max(1, options.threads)
        let t0 = options.schedule.start
        let lanes = (0..<threads).map { i in
            AnnealingLane(Annealer(context, roster: initial, seed: Seeds.lane(i, of: options.seed),
                                   hardWeight: options.hardWeight, verify: options.verify),
                          index: i, context: context, options: options)
        }
        var best = lanes[0].best
        var improvements = [Improvement(score: lanes[0].bestScore, seconds: 0, steps: 0)]
        onImprovement(improvements[0])
        let epoch = max(1, options.epoch)
        // Ruin and recreate in the cooler part of each cycle, as often as keeps its rebuilds to
        // about half the time there: a move costs about as much as 500 operations of a rebuild.
        let dp = lanes[0].annealer.dp
        let works = (0..<context.problem.workers.count).map { dp.work($0) }.filter { $0 <= WorkerDP.maxWork }
        let averageWork = works.isEmpty ? 0 : works.reduce(0, +) / works.count
        let ruinEvery = options.ruinEvery ?? (works.isEmpty ? 0
            : max(500, options.ruinSize * (1 + options.ruinPasses) * averageWork / 500))
        for lane in lanes { lane.ruinEvery = ruinEvery }
        let cells = context.problem.workers.count * context.problem.days
        let cycleSteps = max(epoch, (options.cycleSteps ?? options.cycleStepsPerCell * cells) / epoch * epoch)
        var cycleStart = 0, cycleStartFraction = 0.0, cycleDecided = false
        var cycleLength: Int? = nil
        var restarted = false
        let trace = ProcessInfo.processInfo.environment["ZHIBAN_TRACE"] != nil
        // Rows of every best roster, for the dives between cycles: only where the dynamic
        // programme can price at least half of the workers' rows (not on instances 18 and the
        // 182- and 364-day ones, whose state spaces are far larger).
        let priceable = (0..<context.problem.workers.count).filter { dp.work($0) <= WorkerDP.maxPricingWork }.count
        let pool: ColumnGeneration? = options.dive && 2 * priceable >= context.problem.workers.count
            ? ColumnGeneration(context) : nil
        if trace { FileHandle.standardError.write(Data("dives: \(pool != nil), \(priceable) of \(context.problem.workers.count) priceable\n".utf8)) }
        pool?.add(best)
        let meeting = Lanes(lanes, budget: options.budget, stopwatch: watch, epochMoves: epoch, best: lanes[0].bestScore)
        func record() {
            let improvement = Improvement(score: meeting.bestScore, seconds: elapsed(), steps: meeting.steps)
            improvements.append(improvement)
            onImprovement(improvement)
        }
        /// Between epochs: annealing cycles of a fixed number of moves while the budget holds two
        /// more, the last one cooling over whatever budget is left; a dive between two cycles.
        func prepare(_ e: Epoch) {
            let steps = e.steps, fraction = e.fraction
            if !cycleDecided && (options.steps != nil || steps >= epoch) {
                cycleDecided = true
                cycleLength = options.budget.remaining(after: steps, fraction: fraction) >= 2 * cycleSteps ? cycleSteps : nil
                // With dives the first cycle is short: a dive needs a roster, not a good one. Where
                // the budget holds no two cycles, a first tenth of it is one, then the dive, then
                // the last cycle over the rest.
                if pool != nil {
                    let first = cycleLength != nil ? cycleSteps / 4 : options.budget.remaining(after: steps, fraction: fraction) / 10
                    cycleLength = max(epoch, first / epoch * epoch)
                }
            }
            if let cl = cycleLength, steps - cycleStart >= cl {
                if let pool, meeting.bestScore.hard == 0 {
                    let t = elapsed()
                    // a timed dive has at most a quarter of the budget (and half of what is left);
                    // one that runs out leaves its rows for the next
                    let budget = options.seconds.map { min(0.25 * $0, max(0, $0 - t) / 2) }
                    let found = pool.dive(rounds: options.generationRounds) {
                        options.budget.stop.isRequested || budget.map { elapsed() - t > $0 } ?? false
                    }
                    let score = found.map { Evaluator.score(context, $0) }
                    if trace {
                        let line = String(format: "dive at %.1fs: %d columns, %.2fs: %@ (best %@)\n", t, pool.columnCount,
                                          elapsed() - t, score?.description ?? "none", meeting.bestScore.description)
                        FileHandle.standardError.write(Data(line.utf8))
                    }
                    if let found, let score, score.hard == 0, meeting.offer(score) {
                        best = found
                        record()
                    }
                }
                // the budget used so far, the dive included
                let now = options.budget.fraction(steps: steps, watch)
                cycleStart = steps
                cycleStartFraction = now
                cycleLength = options.budget.remaining(after: steps, fraction: now) >= 2 * cycleSteps ? cycleSteps : nil
                for (i, lane) in lanes.enumerated() {
                    lane.startOver(from: options.cycleFromBest ? best : initial, temperature: t0 / Double(1 << min(i, 3)))
                    lane.best = lane.annealer.roster
                    lane.bestScore = lane.annealer.score
                }
            }
            let local: Double = cycleLength.map { Double(steps - cycleStart) / Double($0) }
                ?? (fraction - cycleStartFraction) / max(1e-9, 1 - cycleStartFraction)
            for lane in lanes { lane.cycleFraction = local }
        }
        meeting.run(
            prepare: { e in
                prepare(e)
                return true
            },
            settle: { e in
                // A search that has found no roster keeping every hard rule by 30 % of its budget
                // (in the last cycle) starts over from the first roster with fresh seeds and a
                // full cooling over what is left: a second independent try.
                if !restarted && cycleLength == nil && e.fraction > 0.3 && meeting.bestScore.hard > 0
                    && lanes.allSatisfy({ $0.bestScore.hard > 0 }) {
                    restarted = true
                    cycleStart = meeting.steps
                    cycleStartFraction = e.fraction
                    for (i, lane) in lanes.enumerated() {
                        lane.startOver(from: initial, temperature: t0 / Double(1 << min(i, 3)))
                    }
                    if trace { FileHandle.standardError.write(Data(String(format: "restart at %.1fs\n", elapsed()).utf8)) }
                }
                for lane in lanes where lane.bestScore.hard == 0 { pool?.add(lane.best) }
            },
            improved: { leader in
                best = leader.best
                record()
            },
            behind: { lane, leader, _ in
                // In the last cycle a lane that has stalled behind the leader starts over from its roster.
                if cycleLength == nil && lane.sinceImprovement > 10 * epoch {
                    lane.startOver(from: leader.best, temperature: lane.temperature)
                }
            })
        var result = SearchResult(roster: best, score: meeting.bestScore, steps: meeting.steps, seconds: elapsed(),
                                  improvements: improvements)
        result.restarted = restarted
        return result
    }
}
