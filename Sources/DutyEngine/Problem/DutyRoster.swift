/// Who holds each slot: `members[slot]`, person indexes in no particular order.
public struct DutyRoster: Sendable, Hashable {
    public var members: [[Int32]]

    public init(slots: Int) { members = Array(repeating: [], count: slots) }

    public init(members: [[Int32]]) { self.members = members }

    public func contains(_ pair: DutyPair) -> Bool { members[pair.slot].contains(Int32(pair.person)) }

    public var pairs: [DutyPair] {
        var result: [DutyPair] = []
        for (s, list) in members.enumerated() { for p in list { result.append(DutyPair(slot: s, person: Int(p))) } }
        return result.sorted()
    }

    public var assignmentCount: Int { members.reduce(0) { $0 + $1.count } }

    public mutating func add(_ pair: DutyPair) {
        if !contains(pair) { members[pair.slot].append(Int32(pair.person)) }
    }

    public mutating func remove(_ pair: DutyPair) {
        members[pair.slot].removeAll { $0 == Int32(pair.person) }
    }

    /// Each person's slots, sorted by start time.
    public func slotsByPerson(_ problem: DutyProblem) -> [[Int32]] {
        var result = Array(repeating: [Int32](), count: problem.people.count)
        for (s, list) in members.enumerated() { for p in list { result[Int(p)].append(Int32(s)) } }
        for p in result.indices where result[p].count > 1 {
            result[p].sort { (problem.slots[Int($0)].start, $0) < (problem.slots[Int($1)].start, $1) }
        }
        return result
    }

    /// Assignments that differ from `other`: added here, removed from there.
    public func changes(from other: DutyRoster) -> (added: [DutyPair], removed: [DutyPair]) {
        var added: [DutyPair] = [], removed: [DutyPair] = []
        for s in members.indices {
            let mine = Set(members[s]), theirs = Set(s < other.members.count ? other.members[s] : [])
            for p in mine.subtracting(theirs).sorted() { added.append(DutyPair(slot: s, person: Int(p))) }
            for p in theirs.subtracting(mine).sorted() { removed.append(DutyPair(slot: s, person: Int(p))) }
        }
        return (added, removed)
    }
}
