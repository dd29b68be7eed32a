/// A person as the duty problem sees them: roles, age, night duty, home compound, weekly limit
/// and when they can serve.
public struct DutyPerson: Sendable, Hashable {
    public var id: String
    public var name: String
    public var roles: RoleMask
    public var age: Int
    public var nightAllowed: Bool
    /// Index into `DutyProblem.places` of the compound the person lives in.
    public var home: Int
    /// Most minutes per 7-day block.
    public var maxMinutesPerWeek: Int
    /// When the person can serve: sorted, disjoint minute intervals over the horizon.
    public var available: [Range<Int>]
    /// People of the same group are compared for fairness reports (e.g. "C001 · 居民志愿者").
    public var group: String
    /// Minutes and nights on duty outside the plan's days that count towards its 7-day blocks
    /// (index k for block k): a day compiled alone carries the rest of its calendar week, so
    /// the weekly rules see the whole week at the cost of one day.
    public var carriedMinutes: [Int] = []
    public var carriedNights: [Int] = []

    public init(id: String, name: String, roles: RoleMask, age: Int, nightAllowed: Bool = true, home: Int,
                maxMinutesPerWeek: Int, available: [Range<Int>], group: String = "") {
        self.id = id
        self.name = name
        self.roles = roles
        self.age = age
        self.nightAllowed = nightAllowed
        self.home = home
        self.maxMinutesPerWeek = maxMinutesPerWeek
        self.available = available
        self.group = group
    }

    /// What block `k` starts with before the plan's own duties.
    @inline(__always) public func carried(minutes k: Int) -> Int { k < carriedMinutes.count ? carriedMinutes[k] : 0 }
    @inline(__always) public func carried(nights k: Int) -> Int { k < carriedNights.count ? carriedNights[k] : 0 }

    /// Whether one of the availability intervals holds all of `start..<end`.
    public func isAvailable(_ start: Int, _ end: Int) -> Bool {
        var lo = 0, hi = available.count
        while lo < hi {   // first interval whose end is after `start`
            let mid = (lo + hi) / 2
            if available[mid].upperBound <= start { lo = mid + 1 } else { hi = mid }
        }
        return lo < available.count && available[lo].lowerBound <= start && end <= available[lo].upperBound
    }
}
