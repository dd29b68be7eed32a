/// What a change touches, for a store's conflict check: slots (by ID), every slot on some
/// dates (a roster written for a range), people, and check-in records. A change is refused
/// when something it touches was changed after the version it was based on.
public struct ChangeScope: Sendable, Equatable {
    public var slots: Set<SlotID>
    public var dates: ClosedRange<LocalDate>?
    public var people: Set<PersonID>
    /// Check-in records (one per person and slot): a new version of one contradicts a version
    /// someone else entered after the caller last read the log.
    public var checkIns: Set<CheckInID>
    /// Every record of the directory (people, posts, staffing, places): a roster worked out from
    /// all of them (a solve, a replan) is stale when any of them changed.
    public var directory: Bool

    public init(slots: Set<SlotID> = [], dates: ClosedRange<LocalDate>? = nil, people: Set<PersonID> = [],
                checkIns: Set<CheckInID> = [], directory: Bool = false) {
        self.slots = slots
        self.dates = dates
        self.people = people
        self.checkIns = checkIns
        self.directory = directory
    }

    /// Touches nothing that can conflict (an undo).
    public static let none = ChangeScope()

    public var isEmpty: Bool { slots.isEmpty && dates == nil && people.isEmpty && checkIns.isEmpty && !directory }

    /// Whether the slot with this ID (`POST@YYYY-MM-DD@SHIFT`, see `Slot.id`) is touched.
    public func covers(slot id: SlotID) -> Bool {
        if slots.contains(id) { return true }
        guard let dates, let date = id.rawValue.split(separator: "@").dropLast().last.flatMap({ LocalDate(parsing: String($0)) })
        else { return false }
        return dates.contains(date)
    }
}
