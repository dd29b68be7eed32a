/// The candidates for any slot of one roster: the engine's bookkeeping of the roster built
/// once, for a screen that explains one slot after another.
public struct DutyExplainer: Sendable {
    let state: DutyState

    public init(_ problem: DutyProblem, _ roster: DutyRoster) {
        state = DutyState(problem, roster, fullHardCheck: false)
    }

    /// As ``DutyExplain/candidates(_:_:slot:)``.
    public func candidates(slot s: Int) -> [DutyCandidate] { DutyExplain.candidates(state, slot: s) }
}

/// Why a roster is as it is: the candidates for a slot and what blocks each, what keeps a swap
/// from happening, and which slots are short.
public enum DutyExplain {
    /// Everyone of the slot's area with what blocks them or what taking the slot means, free
    /// candidates first. On a full slot each is checked as a replacement: the hard rules with
    /// a member taken off. Only the headcount depends on who else is on a slot (the other
    /// rules are about the candidate's own duties), so that is the check without the headcount,
    /// and a pinned member is never the one taken off.
    public static func candidates(_ problem: DutyProblem, _ roster: DutyRoster, slot s: Int) -> [DutyCandidate] {
        candidates(DutyState(problem, roster, fullHardCheck: false), slot: s)
    }

    static func candidates(_ state: DutyState, slot s: Int) -> [DutyCandidate] {
        let problem = state.problem, members = state.members[s]
        let slot = problem.slots[s]
        let missing = zip(slot.requirements, RoleMix.missing(slot, members: members, problem.people))
            .filter { $0.1 > 0 }.map(\.0.roles)
        let area = problem.places[slot.place].area
        let full = members.count >= slot.maximum
        let movable = members.map(Int.init).filter { !problem.pinned.contains(DutyPair(slot: s, person: $0)) }.sorted()
        let averages = state.averageMinutes()
        var result: [DutyCandidate] = []
        for (p, person) in problem.people.enumerated() where problem.places[person.home].area == area {
            var block = state.block(person: p, slot: s, skipFull: full)
            var replaces: Int?, change: Int?, parts: [DutyCostPart] = []
            if block == nil && full {
                block = .full
                let joining = DutyPair(slot: s, person: p)
                let costs = movable.map { m in (m, state.delta(removing: [DutyPair(slot: s, person: m)], adding: [joining])) }
                if let best = costs.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) {
                    replaces = best.0
                    change = best.1
                    parts = state.parts(removing: [DutyPair(slot: s, person: best.0)], adding: [joining], averages: averages)
                }
            } else if block == nil {
                change = state.deltaAdding(person: p, slot: s)
                parts = state.parts(removing: [], adding: [DutyPair(slot: s, person: p)], averages: averages)
            }
            result.append(DutyCandidate(person: p, isResident: person.home == slot.place, block: block, replaces: replaces,
                                        softChange: change, parts: parts,
                                        hasMissingRole: missing.contains { person.roles.meets($0) }))
        }
        // Sorted by keys worked out once a candidate, moving indices rather than candidates.
        let keys = result.map { c in
            (c.block == nil || c.replaces != nil ? 0 : 1, c.isResident ? 0 : 1, c.hasMissingRole ? 0 : 1, c.softChange ?? 0, c.person)
        }
        return result.indices.sorted { keys[$0] < keys[$1] }.map { result[$0] }
    }

    /// What putting `person` on slot `s` (in `replacing`'s place, if given) does to the soft
    /// score, rule by rule, in words; the parts add up to the change. Hard rules are not
    /// checked here (`candidates` does).
    public static func costParts(_ problem: DutyProblem, _ roster: DutyRoster, person p: Int, slot s: Int,
                                 replacing member: Int? = nil) -> [DutyCostPart] {
        let state = DutyState(problem, roster, fullHardCheck: false)
        return state.parts(removing: member.map { [DutyPair(slot: s, person: $0)] } ?? [], adding: [DutyPair(slot: s, person: p)])
    }

    /// What keeps a swap from happening: person `a` on slot `s` and person `b` on slot `t`
    /// trading places. Returns the block for `a` taking `t`, then for `b` taking `s`.
    public static func swapBlocks(_ problem: DutyProblem, _ roster: DutyRoster, a: Int, s: Int, b: Int, t: Int)
        -> (DutyBlock?, DutyBlock?) {
        let state = DutyState(problem, roster, fullHardCheck: false)
        return (state.block(person: a, slot: t, leaving: s, skipFull: true),
                state.block(person: b, slot: s, leaving: t, skipFull: true))
    }

    /// Slots short of headcount or role mix, in time order.
    public static func shortSlots(_ problem: DutyProblem, _ roster: DutyRoster) -> [Int] {
        problem.slots.indices.filter { s in
            let slot = problem.slots[s]
            return roster.members[s].count < slot.minimum
                || RoleMix.missing(slot, members: roster.members[s], problem.people).contains { $0 > 0 }
        }.sorted { (problem.slots[$0].start, $0) < (problem.slots[$1].start, $1) }
    }
}
