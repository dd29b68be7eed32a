import SearchCore

/// Replanning after an event (an absence, a slot needing one more), changing as little of the
/// published roster as possible and nothing before the event.
public enum DutyReplan {
    /// Person `person` cannot serve from minute `from` (until `until`, or to the end): their
    /// slots from then on are handed to others, by direct replacement where someone is free,
    /// else by moving a blocking duty of a candidate to a third person.
    public static func absence(_ problem: DutyProblem, roster: DutyRoster, person: Int, from: Int, until: Int? = nil,
                               verify: Bool = false) -> DutyReplanResult {
        let watch = Stopwatch()
        let end = until ?? Int.max
        var changed = problem
        changed.published = roster
        changed.people[person].available = DutyCompiler.subtract(problem.people[person].available, from..<end)
        var start = roster
        var own: [DutyPair] = []
        for (s, list) in roster.members.enumerated() where list.contains(Int32(person)) {
            let slot = problem.slots[s]
            guard slot.end > from, slot.start < end else { continue }   // in progress at `from` too
            own.append(DutyPair(slot: s, person: person))
            start.remove(DutyPair(slot: s, person: person))
            changed.pinned.remove(DutyPair(slot: s, person: person))
        }
        let result = repair(changed, start: start, from: from, holes: own.map(\.slot), verify: verify)
        let takeovers = result.added.filter { pair in own.contains { $0.slot == pair.slot } }
        let elapsed = watch.elapsed()
        // Scored in full (after the clock stops): the search assumed the published roster was feasible.
        return DutyReplanResult(roster: result.roster, score: DutyEvaluator.score(changed, result.roster), seconds: elapsed,
                                added: result.added, removed: result.removed, own: own,
                                takeovers: uniqueBySlot(takeovers), stillShort: result.short, verifyFailure: result.failure)
    }

    /// Slot `slot` needs one more person than its minimum (from minute `from` on nothing
    /// earlier changes).
    public static func onceMore(_ problem: DutyProblem, roster: DutyRoster, slot: Int, from: Int,
                                verify: Bool = false) -> DutyReplanResult {
        let watch = Stopwatch()
        var changed = problem
        changed.published = roster
        changed.slots[slot].minimum += 1
        changed.slots[slot].maximum = max(changed.slots[slot].maximum, changed.slots[slot].minimum)
        let result = repair(changed, start: roster, from: from, holes: [slot], verify: verify)
        let elapsed = watch.elapsed()
        return DutyReplanResult(roster: result.roster, score: DutyEvaluator.score(changed, result.roster), seconds: elapsed,
                                added: result.added, removed: result.removed, own: [], takeovers: [], stillShort: result.short,
                                verifyFailure: result.failure)
    }

    /// In verify mode the state's hard count is taken in full first (not assumed zero), and
    /// every move is checked against a full recount.
    static func repair(_ problem: DutyProblem, start: DutyRoster, from: Int, holes: [Int], verify: Bool)
        -> (roster: DutyRoster, score: Score, added: [DutyPair], removed: [DutyPair], short: [Int], failure: String?) {
        let holeSet = Set(holes)
        let frozen = problem.slots.indices.map { problem.slots[$0].start < from && !holeSet.contains($0) }
        let state = DutyState(problem, start, frozen: frozen, fullHardCheck: verify)
        let lane = DutyLane(state, pools: DutyPools(problem, ordered: false), seed: 1, verify: verify)
        lane.chainBreadth = .max
        for s in Set(holes).sorted(by: { (problem.slots[$0].start, $0) < (problem.slots[$1].start, $1) }) {
            var tries = 0
            while lane.state.slotCost[s] > 0 && tries < problem.slots[s].minimum && lane.fill(s, chain: true) { tries += 1 }
        }
        let roster = lane.state.roster
        let (added, removed) = roster.changes(from: problem.published ?? start)
        let short = Set(holes).filter { lane.state.slotCost[$0] > 0 }.sorted()
        return (roster, lane.state.score, added, removed, short, lane.verifyFailure)
    }

    static func uniqueBySlot(_ pairs: [DutyPair]) -> [DutyPair] {
        var seen = Set<Int>()
        return pairs.filter { seen.insert($0.slot).inserted }
    }
}
