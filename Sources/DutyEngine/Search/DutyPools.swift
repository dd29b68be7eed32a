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
