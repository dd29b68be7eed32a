import DutyModel

/// A duty problem compiled from the directory, with the way back to domain slots and people.
public struct DutyPlan: Sendable {
    public let problem: DutyProblem
    public let start: LocalDate
    /// The domain slot of each problem slot, and the post it belongs to.
    public let slots: [Slot]
    public let personIDs: [PersonID]
    public let slotIndex: [SlotID: Int]
    public let personIndex: [PersonID: Int]
    /// Unpinned assignments already in the range, as a roster (the search starts from them).
    public let current: DutyRoster
    /// Existing assignments that name a slot or person the plan does not have.
    public let unmatched: [Assignment]

    /// Domain assignments of a roster; pinned pairs stay pinned.
    public func assignments(_ roster: DutyRoster, source: AssignmentSource) -> [Assignment] {
        roster.pairs.filter { !problem.slots[$0.slot].isContext }.map { pair in
            Assignment(person: personIDs[pair.person], slot: slots[pair.slot],
                       pinned: problem.pinned.contains(pair), source: source)
        }
    }

    public func pair(_ assignment: Assignment) -> DutyPair? {
        guard let s = slotIndex[assignment.slot.id], let p = personIndex[assignment.person] else { return nil }
        return DutyPair(slot: s, person: p)
    }

    /// Minutes from the plan's first day, 00:00.
    public func minute(_ time: LocalDateTime) -> Int { time.minuteNumber - start.dayNumber * 1440 }
}
