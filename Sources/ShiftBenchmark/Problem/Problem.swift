/// The generic rostering problem the engine solves: workers, a horizon of days, shift
/// types with lengths, and for each day and shift type a wanted headcount.
///
/// Each worker works at most one shift type per day (or has the day off). The standard
/// shift-scheduling benchmark is read straight into this form; the domain (compounds,
/// posts, people) compiles into it.
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

/// A worker's wish to work (on-request) or not work (off-request) a shift on a day.
public struct Request: Sendable, Hashable {
    public var worker: Int
    public var day: Int
    public var shift: Int
    public var weight: Int

    public init(worker: Int, day: Int, shift: Int, weight: Int) {
        self.worker = worker
        self.day = day
        self.shift = shift
        self.weight = weight
    }
}

/// The wanted headcount of one shift type on one day and the cost per person short or over.
public struct Cover: Sendable, Hashable {
    public var requirement: Int
    public var underWeight: Int
    public var overWeight: Int

    public init(requirement: Int, underWeight: Int, overWeight: Int) {
        self.requirement = requirement
        self.underWeight = underWeight
        self.overWeight = overWeight
    }
}

/// Who works what: `shift(worker, day)` is a shift index or nil for a day off.
public struct Roster: Sendable, Hashable {
    public let workers: Int
    public let days: Int
    /// Row-major worker × day; -1 is a day off.
    public private(set) var cells: [Int8]

    public init(workers: Int, days: Int) {
        self.workers = workers
        self.days = days
        cells = [Int8](repeating: -1, count: workers * days)
    }

    public subscript(worker: Int, day: Int) -> Int? {
        get {
            let v = cells[worker * days + day]
            return v < 0 ? nil : Int(v)
        }
        set { cells[worker * days + day] = Int8(newValue ?? -1) }
    }

    /// The raw cell (-1 = off), for the hot loops of the search.
    @inline(__always) public func raw(_ worker: Int, _ day: Int) -> Int { Int(cells[worker * days + day]) }

    @inline(__always) public mutating func setRaw(_ worker: Int, _ day: Int, _ value: Int) {
        cells[worker * days + day] = Int8(value)
    }

}
