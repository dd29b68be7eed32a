import DutyModel

/// The duty problem: people, and slots with a start and end in minutes, a headcount and a
/// role mix. Unlike `Problem` (one shift type per worker per day, the benchmark's form) a
/// person may hold several slots on a day — a morning checkpoint and an evening patrol —
/// as long as they do not overlap and leave the rest the rules ask for.
///
/// Times are minutes from 00:00 on day 0 of the horizon; a slot that crosses midnight ends
/// after `1440 × (day + 1)`. The domain compiles into this form (`DutyCompiler`); tests build
/// it by hand.
public struct DutyProblem: Sendable {
    public var days: Int
    public var people: [DutyPerson]
    public var slots: [DutySlot]
    /// Compounds (places) by index, for messages: name and area index.
    public var places: [DutyPlace]
    public var settings: DutySettings
    /// A roster already published: every assignment added or removed against it costs
    /// `settings.changeWeight` (replanning).
    public var published: DutyRoster?
    /// Assignments that must stay: `(slot, person)`.
    public var pinned: Set<DutyPair>
    /// How days are named in messages (`12-01`); empty: "day 1", "day 2" ….
    public var dayNames: [String] = []

    public init(days: Int, people: [DutyPerson], slots: [DutySlot], places: [DutyPlace],
                settings: DutySettings = DutySettings(), published: DutyRoster? = nil, pinned: Set<DutyPair> = []) {
        self.days = days
        self.people = people
        self.slots = slots
        self.places = places
        self.settings = settings
        self.published = published
        self.pinned = pinned
    }

    /// Weeks of the horizon (limits per week count in 7-day blocks from day 0).
    public var weeks: Int { max(1, (days + 6) / 7) }

    public func dayName(_ d: Int) -> Localized {
        d < dayNames.count ? Localized(zh: dayNames[d], en: dayNames[d]) : Localized(zh: "第\(d + 1)天", en: "day \(d + 1)")
    }

    public func label(person p: Int) -> String { "\(people[p].name)（\(people[p].id)）" }
    public func label(slot s: Int) -> String { slots[s].label }
}

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

public struct DutyPlace: Sendable, Hashable {
    public var name: String
    public var area: Int

    public init(name: String, area: Int) {
        self.name = name
        self.area = area
    }
}

/// A bit set of roles (`Role.allCases` order).
public struct RoleMask: Hashable, Sendable {
    public var bits: UInt16

    public init(bits: UInt16) { self.bits = bits }

    public init(_ roles: some Sequence<Role>) {
        var bits: UInt16 = 0
        for role in roles { bits |= 1 << UInt16(Role.allCases.firstIndex(of: role) ?? 0) }
        self.bits = bits
    }

    public func meets(_ other: RoleMask) -> Bool { bits & other.bits != 0 }
}

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

public struct DutyRequirement: Sendable, Hashable {
    public var roles: RoleMask
    public var atLeast: Int
    public var name: Localized

    public init(roles: RoleMask, atLeast: Int, name: Localized) {
        self.roles = roles
        self.atLeast = atLeast
        self.name = name
    }
}

public struct DutySlot: Sendable, Hashable {
    /// The domain slot ID (`post@date@shift`).
    public var id: String
    /// What a coordinator reads: `幸福家园东门卡点 12-01 07:00–15:00`.
    public var label: String
    /// Index into `DutyProblem.places`.
    public var place: Int
    /// Index of the post (slots of one post share it), for grouping.
    public var post: Int
    public var day: Int
    public var start: Int
    public var end: Int
    public var isNight: Bool
    public var minimum: Int
    public var maximum: Int
    public var requirements: [DutyRequirement]
    public var minAge: Int?
    public var maxAge: Int?
    /// A duty just outside the plan's days (the night before, the morning after), there so
    /// that rest and overlap rules see it; never changed, never counted as short.
    public var isContext = false

    public init(id: String, label: String, place: Int, post: Int, day: Int, start: Int, end: Int, isNight: Bool,
                minimum: Int, maximum: Int, requirements: [DutyRequirement] = [], minAge: Int? = nil, maxAge: Int? = nil) {
        self.id = id
        self.label = label
        self.place = place
        self.post = post
        self.day = day
        self.start = start
        self.end = end
        self.isNight = isNight
        self.minimum = minimum
        self.maximum = maximum
        self.requirements = requirements
        self.minAge = minAge
        self.maxAge = maxAge
    }

    public var minutes: Int { end - start }
    /// Whole hours, rounded up: the unit of coverage penalties.
    public var hours: Int { (minutes + 59) / 60 }
}

/// Limits and weights of the duty constraints; defaults are documented in docs/constraints.md.
public struct DutySettings: Sendable, Hashable {
    /// A shift at least this long needs `restAfterLongMinutes` of rest before the next one.
    public var longShiftMinutes = 360
    public var restAfterLongMinutes = 480
    /// Most minutes of duty starting on one day ("at most one long shift a day").
    public var maxMinutesPerDay = 600
    /// Most night shifts per 7-day block.
    public var maxNightsPerWeek = 3
    /// Soft weights.
    public var understaffWeight = 1000
    public var roleMixWeight = 500
    public var awayWeight = 20
    public var otherAreaWeight = 100
    public var hoursFairnessWeight = 1
    public var nightFairnessWeight = 20
    public var changeWeight = 200

    public init() {}
}

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
