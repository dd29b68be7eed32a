import SearchCore

/// One thread's annealer and its best roster; `Solver` runs several side by side (`Lanes`).
/// An epoch is a run of moves with now and then a whole-row rebuild and, in the cooler part of a
/// cycle, ruin and recreate; after it the hard weight oscillates and the temperature is set for
/// the next.
final class AnnealingLane: SearchLane, @unchecked Sendable {
    var annealer: Annealer
    var best: Roster
    var bestScore: Score
    var temperature: Double
    var sinceImprovement = 0
    /// The lane's place among the lanes: lane i anneals at 1/2^i of the schedule (up to 1/8).
    let index: Int
    let context: Context
    let options: SearchOptions
    /// Moves between two ruin-and-recreate moves, 0 for none (set by the solver from the cost of a rebuild).
    var ruinEvery = 0
    /// The part of the current annealing cycle used (0–1), set before each epoch.
    var cycleFraction = 0.0

    init(_ annealer: Annealer, index: Int, context: Context, options: SearchOptions) {
        self.annealer = annealer
        best = annealer.roster
        bestScore = annealer.score
        temperature = options.schedule.start
        self.index = index
        self.context = context
        self.options = options
    }

    /// The annealer anew from `roster` with the next seed of its own generator.
    func startOver(from roster: Roster, temperature: Double) {
        annealer = Annealer(context, roster: roster, seed: annealer.rng.next(), hardWeight: options.hardWeight,
                            verify: options.verify)
        sinceImprovement = 0
        self.temperature = temperature
    }

    func run(_ epoch: Epoch) {
        let rebuildEvery = max(1, options.rebuildEvery), ruinEvery = ruinEvery, local = cycleFraction
        let ruinFrom = options.ruinFrom, ruinSize = options.ruinSize, ruinPasses = options.ruinPasses
        let temperature = temperature
        for k in 0..<epoch.moves {
            // Now and then a whole-row rebuild instead of a small move.
            if k % rebuildEvery == 0 && annealer.tryRebuild() && annealer.score < bestScore {
                best = annealer.roster
                bestScore = annealer.score
            }
            if ruinEvery > 0 && k % ruinEvery == 0 && local > ruinFrom
                && annealer.tryRuinRecreate(ruinSize, 0, passes: ruinPasses)
                && annealer.hard <= bestScore.hard && annealer.score < bestScore {
                best = annealer.roster
                bestScore = annealer.score
                sinceImprovement = 0
            }
            // Only an accepted move can make a new best; the best is by score, hard first.
            if annealer.step(temperature) && annealer.hard <= bestScore.hard && annealer.score < bestScore {
                best = annealer.roster
                bestScore = annealer.score
                sinceImprovement = 0
            } else {
                sinceImprovement += 1
            }
        }
        // Strategic oscillation: hard penalties weigh more while the roster breaks hard rules
        // and less while it keeps them, so the search can cross infeasible ground. In the last
        // quarter of the budget, while no feasible roster is known, hard rules weigh fully.
        let rescue = epoch.fraction > 0.75 && bestScore.hard > 0
        annealer.focus = rescue ? 90 : 50
        if annealer.hardUnits > 0 || rescue {
            annealer.hardWeight = min(options.hardWeight * (rescue ? 100 : 20), annealer.hardWeight * 5 / 4 + 1)
        } else {
            annealer.hardWeight = max(options.hardWeight / 20, annealer.hardWeight * 9 / 10)
        }
        // Geometric cooling over the cycle, with a reheat after a long stall. Lanes anneal at
        // different heights (the second at half the first), so the pair covers both a bolder
        // and a more careful search.
        let scale = 1.0 / Double(1 << min(index, 3))
        let base = scale * options.schedule.temperature(at: local)
        let stall = 40 * max(1, options.epoch)
        self.temperature = sinceImprovement > stall ? base * 3 : base
        if sinceImprovement > stall { sinceImprovement = 0 }
    }
}
