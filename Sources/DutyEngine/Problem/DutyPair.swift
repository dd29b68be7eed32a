/// An assignment: a person on a slot.
public struct DutyPair: Hashable, Sendable, Comparable {
    public let slot: Int
    public let person: Int

    public init(slot: Int, person: Int) {
        self.slot = slot
        self.person = person
    }

    public static func < (a: DutyPair, b: DutyPair) -> Bool { (a.slot, a.person) < (b.slot, b.person) }
}
