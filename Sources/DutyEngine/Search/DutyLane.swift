import DutyModel
import SearchCore

/// One search: greedy construction (scarce slots first, the best candidate for each), then
/// simulated annealing over hard-feasible moves: fill a short slot (directly, or by moving
/// the blocking duty to someone else), replace one person by another, swap two people's
/// slots, drop a person over the minimum. `DutySolver` runs several side by side (`Lanes`).
final class DutyLane: SearchLane, @unchecked Sendable {
    var state: DutyState
    var rng: SeededRandom
    let pools: DutyPools
    let verify: Bool
    var verifyFailure: String?
    var best: DutyRoster
    var bestScore: Score
    var stepCount = 0
    /// When filling each short slot last failed; it is not retried for `retryAfter` steps.
    var failedAt: [Int]
    let retryAfter = 20_000
    /// How many blocked candidates a chain tries (replanning tries them all).
    var chainBreadth = 6
    /// Cooling over the search's budget.
    let schedule: AnnealingSchedule

    init(_ state: DutyState, pools: DutyPools, seed: UInt64, verify: Bool,
         schedule: AnnealingSchedule = DutySearchOptions().schedule) {
        self.state = state
        self.pools = pools
        rng = SeededRandom(seed: seed)
        self.verify = verify
        self.schedule = schedule
        best = state.roster
        bestScore = state.score
        failedAt = Array(repeating: -1_000_000, count: state.problem.slots.count)
    }

    func note() {
        if state.score < bestScore {
            best = state.roster
            bestScore = state.score
        }
    }

    /// One epoch: `epoch.moves` moves at the temperature of the budget used so far (until a
    /// verify-mode mismatch), then the best is noted.
    func run(_ epoch: Epoch) {
        let temperature = schedule.temperature(at: epoch.fraction)
        for _ in 0..<epoch.moves where verifyFailure == nil { step(temperature) }
        note()
    }

    /// Continues from the leader's roster (a lane that fell behind).
    func adopt(_ leader: DutyLane) {
        state = leader.state
        best = leader.best
        bestScore = leader.bestScore
    }

    private func applied(_ removals: [DutyPair], _ additions: [DutyPair], _ delta: Int) {
        state.apply(removing: removals, adding: additions, delta: delta)
        if verify, verifyFailure == nil, let problem = state.check() { verifyFailure = problem }
    }

    /// Drops every movable assignment that breaks a hard rule, so the search starts feasible
    /// except for what is pinned or frozen. The drops lower the hard count, which is counted
    /// again at the end (so verify mode checks once then, not after each drop).
    func sanitize() {
        for p in state.problem.people.indices {
            for s32 in state.byPerson[p] {
                let s = Int(s32)
                guard state.isMovable(slot: s, person: p) else { continue }
                let pair = DutyPair(slot: s, person: p)
                // Is the person's duty fine without itself? Check by leaving and re-taking it.
                let block = state.block(person: p, slot: s, leaving: s, skipFull: true)
                if block != nil || state.members[s].count > state.problem.slots[s].maximum {
                    state.apply(removing: [pair], adding: [], delta: state.delta(removing: [pair], adding: []))
                }
            }
        }
        state.hard = DutyEvaluator.score(state.problem, state.roster).hard
        if verify, verifyFailure == nil, let problem = state.check() { verifyFailure = problem }
        note()
    }

    /// Fills slots in order of scarcity until no candidate improves them.
    func construct() {
        for s in pools.order {
            var tries = 0
            while state.slotCost[s] > 0 && tries < state.problem.slots[s].maximum && fill(s, chain: false) { tries += 1 }
        }
        note()
    }

    /// Best single addition to slot `s` (people of its compound, else of its area); else,
    /// when a required role is missing, the best replacement of a member by someone with it;
    /// else (with `chain`) a chain through a candidate's conflicting duty.
    @discardableResult
    func fill(_ s: Int, chain: Bool) -> Bool {
        let slot = state.problem.slots[s]
        let pools = [pools.compound[slot.place], pools.area[state.problem.places[slot.place].area], pools.everyone]
        var bestDelta = 0, bestPerson = -1
        if state.members[s].count < slot.maximum {
            for pool in pools {
                for p32 in pool {
                    let p = Int(p32)
                    guard state.block(person: p, slot: s) == nil else { continue }
                    let d = state.delta(removing: [], adding: [DutyPair(slot: s, person: p)])
                    if d < bestDelta { bestDelta = d; bestPerson = p }
                }
                if bestPerson >= 0 { break }
            }
        }
        if bestPerson >= 0 {
            applied([], [DutyPair(slot: s, person: bestPerson)], bestDelta)
            return true
        }
        if !slot.requirements.isEmpty && fillRole(s, pools) { return true }
        return chain && fillByChain(s)
    }

    /// Replaces a member of `s` by someone with a role the slot lacks.
    func fillRole(_ s: Int, _ pools: [[Int32]]) -> Bool {
        let slot = state.problem.slots[s]
        let missing = RoleMix.missing(slot, members: state.members[s], state.problem.people)
        let wanted = zip(slot.requirements, missing).filter { $0.1 > 0 }.map(\.0.roles)
        guard !wanted.isEmpty else { return false }
        var bestDelta = 0, best: (DutyPair, DutyPair)?
        for pool in pools {
            for c32 in pool {
                let c = Int(c32)
                let person = state.problem.people[c]
                guard wanted.contains(where: { person.roles.meets($0) }),
                      state.block(person: c, slot: s, skipFull: true) == nil else { continue }
                for a32 in state.members[s] where state.isMovable(slot: s, person: Int(a32)) {
                    let out = DutyPair(slot: s, person: Int(a32)), into = DutyPair(slot: s, person: c)
                    let d = state.delta(removing: [out], adding: [into])
                    if d < bestDelta { bestDelta = d; best = (out, into) }
                }
            }
            if best != nil { break }
        }
        guard let (out, into) = best else { return false }
        applied([out], [into], bestDelta)
        return true
    }

    /// Fills `s` with someone whose conflicting duty `u` moves to a third person.
    func fillByChain(_ s: Int) -> Bool {
        let slot = state.problem.slots[s]
        guard state.members[s].count < slot.maximum else { return false }
        let area = state.problem.places[slot.place].area
        // Staffed but lacking a role: only people with that role help, from the whole area.
        let wanted: [RoleMask] = state.members[s].count >= slot.minimum
            ? zip(slot.requirements, RoleMix.missing(slot, members: state.members[s], state.problem.people))
                .filter { $0.1 > 0 }.map(\.0.roles)
            : []
        var pool = pools.compound[slot.place] + (chainBreadth > 6 ? pools.area[area] : [])
        if !wanted.isEmpty {
            pool = pools.everyone.filter { p in wanted.contains { state.problem.people[Int(p)].roles.meets($0) } }
        }
        guard !pool.isEmpty else { return false }
        let offset = uniform(pool.count, &rng)
        var tried = 0
        let breadth = wanted.isEmpty ? chainBreadth : max(chainBreadth, 12)
        for i in 0..<pool.count where tried < breadth {
            let b = Int(pool[(i + offset) % pool.count])
            guard let block = state.block(person: b, slot: s) else { continue }
            switch block {
            case .overlap, .rest, .dayLimit, .weekLimit, .nightLimit: break
            default: continue
            }
            tried += 1
            for u32 in state.byPerson[b] {
                let u = Int(u32)
                guard state.isMovable(slot: u, person: b),
                      state.block(person: b, slot: s, leaving: u) == nil else { continue }
                let first = (removals: [DutyPair(slot: u, person: b)], additions: [DutyPair(slot: s, person: b)])
                let d1 = state.delta(removing: first.removals, adding: first.additions)
                applied(first.removals, first.additions, d1)
                // Someone to take over `u`: from its compound, else its area.
                let uPlace = state.problem.slots[u].place
                var bestDelta = Int.max, bestPerson = -1
                for takers in [pools.compound[uPlace], pools.area[state.problem.places[uPlace].area]] {
                    for c32 in takers where Int(c32) != b {
                        let c = Int(c32)
                        guard state.block(person: c, slot: u) == nil else { continue }
                        let d = state.delta(removing: [], adding: [DutyPair(slot: u, person: c)])
                        if d < bestDelta { bestDelta = d; bestPerson = c }
                    }
                    if bestPerson >= 0 { break }
                }
                let total = d1 + (bestPerson >= 0 ? bestDelta : 0)
                if total < 0 {
                    if bestPerson >= 0 { applied([], [DutyPair(slot: u, person: bestPerson)], bestDelta) }
                    return true
                }
                applied(first.additions, first.removals, -d1)   // undo
            }
        }
        return false
    }

    func accept(_ delta: Int, _ temperature: Double) -> Bool {
        Metropolis.accepts(delta, at: temperature, using: &rng)
    }

    func randomPool(for place: Int) -> [Int32] {
        uniform(10, &rng) == 0 ? pools.area[state.problem.places[place].area] : pools.compound[place]
    }

    /// One move; returns whether it was applied.
    @discardableResult
    func step(_ temperature: Double) -> Bool {
        stepCount += 1
        let problem = state.problem
        let r = uniform(100, &rng)
        if r < 15, !state.short.isEmpty {
            let s = Int(state.short[uniform(state.short.count, &rng)])
            if stepCount - failedAt[s] < retryAfter { return false }
            if fill(s, chain: true) { return true }
            failedAt[s] = stepCount
            return false
        }
        // A random assignment.
        let s = uniform(problem.slots.count, &rng)
        guard !state.members[s].isEmpty else { return false }
        let a = Int(state.members[s][uniform(state.members[s].count, &rng)])
        guard state.isMovable(slot: s, person: a) else { return false }
        let slot = problem.slots[s]
        if r < 20 {
            // Drop a person over the minimum.
            guard state.members[s].count > slot.minimum else { return false }
            let removal = [DutyPair(slot: s, person: a)]
            let d = state.delta(removing: removal, adding: [])
            guard accept(d, temperature) else { return false }
            applied(removal, [], d)
            return true
        }
        let pool = randomPool(for: slot.place)
        guard !pool.isEmpty else { return false }
        let b = Int(pool[uniform(pool.count, &rng)])
        guard b != a else { return false }
        if r < 60 {
            // Replace a by b on s.
            guard state.block(person: b, slot: s, skipFull: true) == nil else { return false }
            let removals = [DutyPair(slot: s, person: a)], additions = [DutyPair(slot: s, person: b)]
            let d = state.delta(removing: removals, adding: additions)
            guard accept(d, temperature) else { return false }
            applied(removals, additions, d)
            return true
        }
        // Swap: a takes one of b's slots, b takes s.
        let bSlots = state.byPerson[b]
        guard !bSlots.isEmpty else { return false }
        let t = Int(bSlots[uniform(bSlots.count, &rng)])
        guard t != s, state.isMovable(slot: t, person: b),
              state.block(person: a, slot: t, leaving: s, skipFull: true) == nil,
              state.block(person: b, slot: s, leaving: t, skipFull: true) == nil else { return false }
        // a's new list must also not clash with b arriving… they are different people, so only
        // each person's own list matters, and `block` checked each with the slot they leave.
        let removals = [DutyPair(slot: s, person: a), DutyPair(slot: t, person: b)]
        let additions = [DutyPair(slot: t, person: a), DutyPair(slot: s, person: b)]
        let d = state.delta(removing: removals, adding: additions)
        guard accept(d, temperature) else { return false }
        applied(removals, additions, d)
        return true
    }
}
