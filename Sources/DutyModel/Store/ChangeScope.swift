/// What a change touches, for a store's conflict check: slots (by ID), every slot on some
/// dates (a roster written for a range), and people. A change is refused when something it
/// touches was changed after the version it was based on.
public struct ChangeScope: Sendable, Equatable {
    public var slots: Set<SlotID>
    public var dates: ClosedRange<LocalDate>?
    public var people: Set<PersonID>

    public init(slots: Set<SlotID> = [], dates: ClosedRange<LocalDate>? = nil, people: Set<PersonID> = []) {
        self.slots = slots
        self.dates = dates
        self.people = people
    }

    /// Touches nothing that can conflict (a check-in, an undo).
    public static let none = ChangeScope()

    public var isEmpty: Bool { slots.isEmpty && dates == nil && people.isEmpty }

    /// Whether the slot with this ID (`POST@YYYY-MM-DD@SHIFT`, see `Slot.id`) is touched.
    public func covers(slot id: SlotID) -> Bool {
        if slots.contains(id) { return true }
        guard let dates, let date = id.rawValue.split(separator: "@").dropLast().last.flatMap({ LocalDate(parsing: String($0)) })
        else { return false }
        return dates.contains(date)
    }
}
