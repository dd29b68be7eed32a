/// Why a roster is as it is: the candidates for a slot and what blocks each, what keeps a swap
/// from happening, and which slots are short.
public enum DutyExplain {
    public static func candidates(_ problem: DutyProblem, _ roster: DutyRoster, slot s: Int) -> [DutyCandidate] {
        let state = DutyState(problem, roster, fullHardCheck: false)
        let slot = problem.slots[s]
        let missing = zip(slot.requirements, RoleMix.missing(slot, members: roster.members[s], problem.people))
            .filter { $0.1 > 0 }.map(\.0.roles)
        let area = problem.places[slot.place].area
        var result: [DutyCandidate] = []
        for (p, person) in problem.people.enumerated() where problem.places[person.home].area == area {
            let block = state.block(person: p, slot: s)
            let change = block == nil ? state.deltaAdding(person: p, slot: s) : nil
            result.append(DutyCandidate(person: p, isResident: person.home == slot.place, block: block, softChange: change,
                                        hasMissingRole: missing.contains { person.roles.meets($0) }))
        }
        return result.sorted {
            ($0.block == nil ? 0 : 1, $0.isResident ? 0 : 1, $0.hasMissingRole ? 0 : 1, $0.softChange ?? 0, $0.person)
                < ($1.block == nil ? 0 : 1, $1.isResident ? 0 : 1, $1.hasMissingRole ? 0 : 1, $1.softChange ?? 0, $1.person)
        }
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
