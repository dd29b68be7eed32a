/// What a coordinator wants to know of a roster: coverage, what is short and whether anyone
/// could have filled it, and how evenly hours fall on comparable people.
public struct DutyReport: Sendable {
    /// How hours fall on the people of one category.
    public struct Spread: Sendable {
        /// The category (e.g. 居民志愿者) whose people are compared.
        public let category: String
        public let people: Int
        public let meanHours: Double
        public let standardDeviation: Double
        public let minHours: Double
        public let maxHours: Double
        /// Mean over compounds of (most − fewest hours) among that category's people there.
        public let meanRangeInCompound: Double
        /// Mean over people of hours ÷ their weekly limit.
        public let meanUtilisation: Double
    }

    public let slots: Int
    public let fullyStaffed: Int
    public let shortSlots: Int
    public let missingPersonHours: Int
    public let roleMixShort: Int
    /// Short slots for which someone (from anywhere) could still be added, or swapped in for
    /// a missing role, without breaking a hard rule.
    public let fillableShort: Int
    public let assignments: Int
    public let spreads: [Spread]

    public init(_ problem: DutyProblem, _ roster: DutyRoster) {
        let state = DutyState(problem, roster, fullHardCheck: false)
        slots = problem.slots.count(where: { !$0.isContext })
        var full = 0, short = 0, missing = 0, roleShort = 0, fillable = 0
        for (s, slot) in problem.slots.enumerated() where !slot.isContext {
            let count = roster.members[s].count
            let lacksRole = RoleMix.missing(slot, members: roster.members[s], problem.people).contains { $0 > 0 }
            if lacksRole { roleShort += 1 }
            if count >= slot.minimum && !lacksRole { full += 1; continue }
            short += 1
            missing += max(0, slot.minimum - count) * slot.minutes / 60
            // Could anyone still be added (or, for a missing role, swapped in)?
            let missingRoles = zip(slot.requirements, RoleMix.missing(slot, members: roster.members[s], problem.people))
                .filter { $0.1 > 0 }.map(\.0.roles)
            let helps: (Int) -> Bool = { p in
                let person = problem.people[p]
                if count < slot.minimum { return state.block(person: p, slot: s) == nil }
                return missingRoles.contains { person.roles.meets($0) } && state.block(person: p, slot: s, skipFull: true) == nil
            }
            if problem.people.indices.contains(where: helps) { fillable += 1 }
        }
        fullyStaffed = full
        shortSlots = short
        missingPersonHours = missing
        roleMixShort = roleShort
        fillableShort = fillable
        assignments = roster.members.indices.reduce(0) { $0 + (problem.slots[$1].isContext ? 0 : roster.members[$1].count) }

        var minutes = [Int](repeating: 0, count: problem.people.count)
        for (s, list) in roster.members.enumerated() where !problem.slots[s].isContext {
            for p in list { minutes[Int(p)] += problem.slots[s].minutes }
        }
        var byCategory: [String: [Int]] = [:]
        for (p, person) in problem.people.enumerated() {
            let category = person.group.split(separator: "·").last.map(String.init) ?? person.group
            byCategory[category, default: []].append(p)
        }
        let weeks = Double(problem.days) / 7
        spreads = byCategory.sorted { $0.key < $1.key }.map { category, members in
            let hours = members.map { Double(minutes[$0]) / 60 }
            let mean = hours.reduce(0, +) / Double(max(1, hours.count))
            let variance = hours.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(1, hours.count))
            var byHome: [Int: [Double]] = [:]
            for (i, p) in members.enumerated() { byHome[problem.people[p].home, default: []].append(hours[i]) }
            let ranges = byHome.values.compactMap { list -> Double? in
                guard list.count > 1, let most = list.max(), let least = list.min() else { return nil }
                return most - least
            }
            let utilisation = members.map { Double(minutes[$0]) / Double(max(1, problem.people[$0].maxMinutesPerWeek)) / max(weeks, 1e-9) }
            return Spread(category: category, people: members.count, meanHours: mean, standardDeviation: variance.squareRoot(),
                          minHours: hours.min() ?? 0, maxHours: hours.max() ?? 0,
                          meanRangeInCompound: ranges.isEmpty ? 0 : ranges.reduce(0, +) / Double(ranges.count),
                          meanUtilisation: utilisation.reduce(0, +) / Double(max(1, utilisation.count)))
        }
    }
}
