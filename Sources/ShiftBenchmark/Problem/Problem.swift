/// The shift-scheduling benchmark's problem: workers, a horizon of days, shift types with
/// lengths, and for each day and shift type a wanted headcount.
///
/// Each worker works at most one shift type per day (or has the day off). The standard
/// shift-scheduling benchmark is read straight into this form. (The domain compiles into
/// DutyEngine's slot-based `DutyProblem` instead: posts with several shifts a day do not fit here.)
public struct Problem: Sendable, Hashable {
    public var name: String
    public var days: Int
    public var shifts: [ShiftType]
    public var workers: [Worker]
    /// Wanted headcount per day and shift type: `cover[day][shift]`.
    public var cover: [[Cover]]
    public var onRequests: [Request]
    public var offRequests: [Request]
    /// A roster already published: each cell that differs from it costs `changeWeight`.
    public var published: Roster?
    public var changeWeight: Int
    /// Cells the search must never change (`pinned[worker * days + day]`); empty means none.
    public var pinned: [Bool]

    public init(name: String, days: Int, shifts: [ShiftType], workers: [Worker], cover: [[Cover]],
                onRequests: [Request] = [], offRequests: [Request] = [], published: Roster? = nil,
                changeWeight: Int = 0, pinned: [Bool] = []) {
        self.name = name
        self.days = days
        self.shifts = shifts
        self.workers = workers
        self.cover = cover
        self.onRequests = onRequests
        self.offRequests = offRequests
        self.published = published
        self.changeWeight = changeWeight
        self.pinned = pinned
    }

    /// Day 0 is a Monday: days 7w+5 and 7w+6 are weekend w.
    public static func isWeekend(_ day: Int) -> Bool { day % 7 >= 5 }
}
