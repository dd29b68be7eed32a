import Foundation
import SearchCore

/// Anytime local search: simulated annealing with reheating, several searches in
/// parallel that share the best roster, stopping on steps, time, target score or request.
public final class Solver: @unchecked Sendable {
    let context: Context
    let options: SearchOptions
    private let lock = NSLock()
    private var stopRequested = false

    public init(_ problem: Problem, options: SearchOptions) {
        context = Context(problem)
        self.options = options
    }

    /// Asks a running search to stop; it returns the best roster so far.
    public func stop() {
        lock.lock()
        stopRequested = true
        lock.unlock()
    }

    var isStopRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopRequested
    }

    /// One thread's annealer, boxed so the threads can run it in parallel.
    final class Lane: @unchecked Sendable {
        var annealer: Annealer
        var best: Roster
        var bestScore: Score
        var temperature: Double
        var sinceImprovement = 0

        init(_ annealer: Annealer, temperature: Double) {
            self.annealer = annealer
            best = annealer.roster
            bestScore = annealer.score
            self.temperature = temperature
        }
    }

    public func run(start: Roster? = nil, onImprovement: (Improvement) -> Void = { _ in }) -> SearchResult {
        let initial = start ?? Construction.blocks(context)
        let watch = Stopwatch()
        func elapsed() -> Double { watch.elapsed() }
        let threads = max(1, options.threads)
        let t0 = options.temperatureStart, tMin = options.temperatureEnd
        let lanes = (0..<threads).map { i in
            Lane(Annealer(context, roster: initial, seed: Seeds.lane(i, of: options.seed),
                          hardWeight: options.hardWeight, verify: options.verify), temperature: t0)
        }
        var best = lanes[0].best, bestScore = lanes[0].bestScore
        var improvements = [Improvement(score: bestScore, seconds: 0, steps: 0)]
        onImprovement(improvements[0])
        var steps = 0
        let epoch = max(1, options.epoch)
        // Ruin and recreate in the cooler part of each cycle, as often as keeps its rebuilds to
        // about half the time there: a move costs about as much as 500 operations of a rebuild.
        let dp = lanes[0].annealer.dp
        let works = (0..<context.problem.workers.count).map { dp.work($0) }.filter { $0 <= WorkerDP.maxWork }
        let averageWork = works.isEmpty ? 0 : works.reduce(0, +) / works.count
        let ruinEvery = options.ruinEvery ?? (works.isEmpty ? 0
            : max(500, options.ruinSize * (1 + options.ruinPasses) * averageWork / 500))
        let cells = context.problem.workers.count * context.problem.days
        let cycleSteps = max(epoch, (options.cycleSteps ?? options.cycleStepsPerCell * cells) / epoch * epoch)
        var cycleStart = 0, cycleStartFraction = 0.0, cycleDecided = false
        var cycleLength: Int? = nil
        var restarted = false
        /// A lane's annealer anew from `roster` with the next seed of its own generator.
        func startOver(_ lane: Lane, from roster: Roster, temperature: Double) {
            lane.annealer = Annealer(context, roster: roster, seed: lane.annealer.rng.next(),
                                     hardWeight: options.hardWeight, verify: options.verify)
            lane.sinceImprovement = 0
            lane.temperature = temperature
        }
        let trace = ProcessInfo.processInfo.environment["ZHIBAN_TRACE"] != nil
        // Rows of every best roster, for the dives between cycles: only where the dynamic
        // programme can price at least half of the workers' rows (not on instances 18 and the
        // 182- and 364-day ones, whose state spaces are far larger).
        let priceable = (0..<context.problem.workers.count).filter { dp.work($0) <= WorkerDP.maxPricingWork }.count
        let pool: ColumnGeneration? = options.dive && 2 * priceable >= context.problem.workers.count
            ? ColumnGeneration(context) : nil
        if trace { FileHandle.standardError.write(Data("dives: \(pool != nil), \(priceable) of \(context.problem.workers.count) priceable\n".utf8)) }
        pool?.add(best)
        /// Moves per thread left in the budget (estimated from the rate so far when it is time).
        func remaining(_ steps: Int, _ fraction: Double) -> Int {
            if let limit = options.steps { return limit - steps }
            guard fraction > 0 else { return 0 }
            return Int(Double(steps) * (1 - fraction) / fraction)
        }
        while true {
            if let limit = options.steps, steps >= limit { break }
            if let limit = options.seconds, elapsed() >= limit { break }
            if let target = options.target, bestScore <= target { break }
            if isStopRequested { break }
            let length = options.steps.map { min(epoch, $0 - steps) } ?? epoch
            // Cooling follows the budget used so far (steps, else time).
            let fraction: Double = options.steps.map { Double(steps) / Double(max(1, $0)) }
                ?? options.seconds.map { min(1, elapsed() / max(0.001, $0)) } ?? 0
            // Annealing cycles of a fixed number of moves while the budget holds two more;
            // the last cycle cools over whatever budget is left.
            if !cycleDecided && (options.steps != nil || steps >= epoch) {
                cycleDecided = true
                cycleLength = remaining(steps, fraction) >= 2 * cycleSteps ? cycleSteps : nil
                // With dives the first cycle is short: a dive needs a roster, not a good one. Where
                // the budget holds no two cycles, a first tenth of it is one, then the dive, then
                // the last cycle over the rest.
                if pool != nil {
                    let first = cycleLength != nil ? cycleSteps / 4 : remaining(steps, fraction) / 10
                    cycleLength = max(epoch, first / epoch * epoch)
                }
            }
            if let cl = cycleLength, steps - cycleStart >= cl {
                if let pool, bestScore.hard == 0 {
                    let t = elapsed()
                    // a timed dive has at most a quarter of the budget (and half of what is left);
                    // one that runs out leaves its rows for the next
                    let budget = options.seconds.map { min(0.25 * $0, max(0, $0 - t) / 2) }
                    let found = pool.dive(rounds: options.generationRounds) {
                        isStopRequested || budget.map { elapsed() - t > $0 } ?? false
                    }
                    let score = found.map { Evaluator.score(context, $0) }
                    if trace {
                        let line = String(format: "dive at %.1fs: %d columns, %.2fs: %@ (best %@)\n", t, pool.columnCount,
                                          elapsed() - t, score?.description ?? "none", bestScore.description)
                        FileHandle.standardError.write(Data(line.utf8))
                    }
                    if let found, let score, score.hard == 0, score < bestScore {
                        best = found
                        bestScore = score
                        let improvement = Improvement(score: bestScore, seconds: elapsed(), steps: steps)
                        improvements.append(improvement)
                        onImprovement(improvement)
                    }
                }
                // the budget used so far, the dive included
                let now: Double = options.steps.map { Double(steps) / Double(max(1, $0)) }
                    ?? options.seconds.map { min(1, elapsed() / max(0.001, $0)) } ?? 0
                cycleStart = steps
                cycleStartFraction = now
                cycleLength = remaining(steps, now) >= 2 * cycleSteps ? cycleSteps : nil
                for (i, lane) in lanes.enumerated() {
                    startOver(lane, from: options.cycleFromBest ? best : initial, temperature: t0 / Double(1 << min(i, 3)))
                    lane.best = lane.annealer.roster
                    lane.bestScore = lane.annealer.score
                }
            }
            let local: Double = cycleLength.map { Double(steps - cycleStart) / Double($0) }
                ?? (fraction - cycleStartFraction) / max(1e-9, 1 - cycleStartFraction)
            DispatchQueue.concurrentPerform(iterations: threads) { i in
                let lane = lanes[i]
                let rebuildEvery = max(1, options.rebuildEvery)
                for k in 0..<length {
                    // Now and then a whole-row rebuild instead of a small move.
                    if k % rebuildEvery == 0 && lane.annealer.tryRebuild() && lane.annealer.score < lane.bestScore {
                        lane.best = lane.annealer.roster
                        lane.bestScore = lane.annealer.score
                    }
                    if ruinEvery > 0 && k % ruinEvery == 0 && local > options.ruinFrom
                        && lane.annealer.tryRuinRecreate(options.ruinSize, 0, passes: options.ruinPasses)
                        && lane.annealer.hard <= lane.bestScore.hard && lane.annealer.score < lane.bestScore {
                        lane.best = lane.annealer.roster
                        lane.bestScore = lane.annealer.score
                        lane.sinceImprovement = 0
                    }
                    // Only an accepted move can make a new best; the best is by score, hard first.
                    if lane.annealer.step(lane.temperature) && lane.annealer.hard <= lane.bestScore.hard
                        && lane.annealer.score < lane.bestScore {
                        lane.best = lane.annealer.roster
                        lane.bestScore = lane.annealer.score
                        lane.sinceImprovement = 0
                    } else {
                        lane.sinceImprovement += 1
                    }
                }
                // Strategic oscillation: hard penalties weigh more while the roster breaks
                // hard rules and less while it keeps them, so the search can cross infeasible ground.
                // In the last quarter of the budget, while no feasible roster is known, hard rules weigh fully.
                let rescue = fraction > 0.75 && lane.bestScore.hard > 0
                lane.annealer.focus = rescue ? 90 : 50
                if lane.annealer.hardUnits > 0 || rescue {
                    lane.annealer.hardWeight = min(options.hardWeight * (rescue ? 100 : 20), lane.annealer.hardWeight * 5 / 4 + 1)
                } else {
                    lane.annealer.hardWeight = max(options.hardWeight / 20, lane.annealer.hardWeight * 9 / 10)
                }
                // Geometric cooling over the budget, with a reheat after a long stall.
                // Lanes anneal at different heights (the second at half the first), so the
                // pair covers both a bolder and a more careful search.
                let scale = 1.0 / Double(1 << min(i, 3))
                let base = scale * t0 * pow(tMin / t0, local)
                lane.temperature = lane.sinceImprovement > 40 * epoch ? base * 3 : base
                if lane.sinceImprovement > 40 * epoch { lane.sinceImprovement = 0 }
            }
            steps += length
            // A search that has found no roster keeping every hard rule by 30 % of its budget
            // (in the last cycle) starts over from the first roster with fresh seeds and a
            // full cooling over what is left: a second independent try.
            if !restarted && cycleLength == nil && fraction > 0.3 && bestScore.hard > 0
                && lanes.allSatisfy({ $0.bestScore.hard > 0 }) {
                restarted = true
                cycleStart = steps
                cycleStartFraction = fraction
                for (i, lane) in lanes.enumerated() {
                    startOver(lane, from: initial, temperature: t0 / Double(1 << min(i, 3)))
                }
                if trace { FileHandle.standardError.write(Data(String(format: "restart at %.1fs\n", elapsed()).utf8)) }
            }
            // Meet: the best lane's roster is the one to beat; a lane far behind starts over from it.
            let leader = lanes.indices.min { lanes[$0].bestScore < lanes[$1].bestScore } ?? 0
            for lane in lanes where lane.bestScore.hard == 0 { pool?.add(lane.best) }
            if lanes[leader].bestScore < bestScore {
                best = lanes[leader].best
                bestScore = lanes[leader].bestScore
                let improvement = Improvement(score: bestScore, seconds: elapsed(), steps: steps)
                improvements.append(improvement)
                onImprovement(improvement)
            }
            for (i, lane) in lanes.enumerated() where cycleLength == nil && i != leader && lanes[leader].bestScore < lane.bestScore {
                if lane.sinceImprovement > 10 * epoch {
                    startOver(lane, from: lanes[leader].best, temperature: lane.temperature)
                }
            }
        }
        var result = SearchResult(roster: best, score: bestScore, steps: steps, seconds: elapsed(), improvements: improvements)
        result.restarted = restarted
        return result
    }
}
