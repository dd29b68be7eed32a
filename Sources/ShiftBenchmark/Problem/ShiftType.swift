/// A kind of shift: its ID, its length and the shift types that may not follow it next day.
public struct ShiftType: Sendable, Hashable {
    public var id: String
    public var minutes: Int
    /// Indexes of the shift types that may not be worked on the day after this one.
    public var cannotFollow: Set<Int>

    public init(id: String, minutes: Int, cannotFollow: Set<Int> = []) {
        self.id = id
        self.minutes = minutes
        self.cannotFollow = cannotFollow
    }
}
