/// A worker and the limits of their roster.
public struct Worker: Sendable, Hashable {
    public var id: String
    /// Most shifts of each type (indexed like `Problem.shifts`); 0 means never that type.
    public var maxShifts: [Int]
    public var maxTotalMinutes: Int
    public var minTotalMinutes: Int
    public var maxConsecutiveShifts: Int
    public var minConsecutiveShifts: Int
    public var minConsecutiveDaysOff: Int
    public var maxWeekends: Int
    /// Days on which the worker must not work.
    public var daysOff: Set<Int>

    public init(id: String, maxShifts: [Int], maxTotalMinutes: Int, minTotalMinutes: Int,
                maxConsecutiveShifts: Int, minConsecutiveShifts: Int, minConsecutiveDaysOff: Int,
                maxWeekends: Int, daysOff: Set<Int> = []) {
        self.id = id
        self.maxShifts = maxShifts
        self.maxTotalMinutes = maxTotalMinutes
        self.minTotalMinutes = minTotalMinutes
        self.maxConsecutiveShifts = maxConsecutiveShifts
        self.minConsecutiveShifts = minConsecutiveShifts
        self.minConsecutiveDaysOff = minConsecutiveDaysOff
        self.maxWeekends = maxWeekends
        self.daysOff = daysOff
    }
}
