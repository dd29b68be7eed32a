import DutyModel
import Foundation
import SearchCore

/// When to stop and how to search a duty roster.
public struct DutySearchOptions: Sendable {
    public var seed: UInt64 = 1
    /// Stop after this many moves per search thread (deterministic), if set.
    public var steps: Int?
    /// Stop after this many seconds, if set.
    public var seconds: Double?
    /// Independent searches on different seeds run in parallel; the best roster wins.
    public var threads = 2
    /// Recompute the score in full after every accepted move and stop on a mismatch.
    public var verify = false
    /// Annealing temperature at the start and end of the budget (soft-penalty points).
    public var temperatureStart = 40.0
    public var temperatureEnd = 0.5

    public init(seed: UInt64 = 1, steps: Int? = nil, seconds: Double? = nil, threads: Int = 2, verify: Bool = false) {
        self.seed = seed
        self.steps = steps
        self.seconds = seconds
        self.threads = threads
        self.verify = verify
    }
}

public struct DutyProgress: Sendable {
    public let score: Score
    public let seconds: Double
    public let steps: Int
    /// Slots still short of headcount or role mix.
    public let shortSlots: Int
}

public struct DutyResult: Sendable {
    public let roster: DutyRoster
    public let score: Score
    public let steps: Int
    public let seconds: Double
    /// When the construction had a roster without hard violations (nil if it never did).
    public let firstFeasibleSeconds: Double?
    public let constructionScore: Score
    /// A mismatch found in verify mode, if any.
    public let verifyFailure: String?
}

/// Uniform integer in `0..<n` by multiply-high (stable across Swift releases).
@inline(__always)
func uniform(_ n: Int, _ rng: inout SeededRandom) -> Int {
    Int(UInt64(n).multipliedFullWidth(by: rng.next()).high)
}

@inline(__always)
func unitDouble(_ rng: inout SeededRandom) -> Double { Double(rng.next() >> 11) / Double(1 << 53) }

/// One search: greedy construction (scarce slots first, the best candidate for each), then
/// simulated annealing over hard-feasible moves: fill a short slot (directly, or by moving
/// the blocking duty to someone else), replace one person by another, swap two people's
/// slots, drop a person over the minimum.
final class DutyLane: @unchecked Sendable {
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

    init(_ state: DutyState, pools: DutyPools, seed: UInt64, verify: Bool) {
        self.state = state
        self.pools = pools
        rng = SeededRandom(seed: seed)
        self.verify = verify
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

    private func applied(_ removals: [DutyPair], _ additions: [DutyPair], _ delta: Int) {
        state.apply(removing: removals, adding: additions, delta: delta)
        if verify, verifyFailure == nil, let problem = state.check() { verifyFailure = problem }
    }

    /// Drops every movable assignment that breaks a hard rule, so the search starts feasible
    /// except for what is pinned or frozen.
    func sanitize() {
        for p in state.problem.people.indices {
            for s32 in state.byPerson[p] {
                let s = Int(s32)
                guard state.isMovable(slot: s, person: p) else { continue }
                let pair = DutyPair(slot: s, person: p)
                // Is the person's duty fine without itself? Check by leaving and re-taking it.
                let block = state.block(person: p, slot: s, leaving: s, skipFull: true)
                if block != nil || state.members[s].count > state.problem.slots[s].maximum {
                    applied([pair], [], state.delta(removing: [pair], adding: []))
                }
            }
        }
        state.hard = DutyEvaluator.score(state.problem, state.roster).hard
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
        delta <= 0 || (temperature > 0 && unitDouble(&rng) < exp(-Double(delta) / temperature))
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

/// Who may be tried for a slot: the people of each compound and of each area, and the
/// order in which construction fills slots (scarcest first).
struct DutyPools: Sendable {
    let compound: [[Int32]]
    let area: [[Int32]]
    /// Everyone, the last resort (serving in another area costs `otherAreaWeight`).
    let everyone: [Int32]
    let order: [Int]

    init(_ problem: DutyProblem, ordered: Bool = true) {
        var compound = Array(repeating: [Int32](), count: problem.places.count)
        let areas = (problem.places.map(\.area).max() ?? -1) + 1
        var area = Array(repeating: [Int32](), count: areas)
        for (p, person) in problem.people.enumerated() {
            compound[person.home].append(Int32(p))
            area[problem.places[person.home].area].append(Int32(p))
        }
        self.compound = compound
        self.area = area
        everyone = problem.people.indices.map(Int32.init)
        guard ordered else {
            order = Array(problem.slots.indices)
            return
        }
        // Scarcity: candidates (eligible, available) per needed person of the hardest requirement.
        var key = [Double](repeating: 0, count: problem.slots.count)
        for (s, slot) in problem.slots.enumerated() {
            let pool = compound[slot.place]
            var ratio = Double(pool.count(where: { isCandidate(problem, Int($0), slot) })) / Double(max(1, slot.minimum))
            for requirement in slot.requirements {
                let n = pool.count { isCandidate(problem, Int($0), slot) && problem.people[Int($0)].roles.meets(requirement.roles) }
                ratio = min(ratio, Double(n) / Double(max(1, requirement.atLeast)))
            }
            key[s] = ratio
        }
        order = problem.slots.indices.sorted { (key[$0], problem.slots[$0].start, $0) < (key[$1], problem.slots[$1].start, $1) }
    }
}

func isCandidate(_ problem: DutyProblem, _ p: Int, _ slot: DutySlot) -> Bool {
    let person = problem.people[p]
    return Eligibility.reason(person, slot) == nil && person.isAvailable(slot.start, slot.end)
}

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
        let clock = ContinuousClock()
        let began = clock.now
        func elapsed() -> Double {
            let d = began.duration(to: clock.now)
            return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
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
            DutyLane(constructed, pools: pools, seed: options.seed &* 0x9E37_79B9 &+ UInt64(i) &* 7919, verify: options.verify)
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
