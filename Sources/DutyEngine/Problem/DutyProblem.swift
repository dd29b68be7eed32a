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

    /// The name of day `d`; a context day around the horizon (the day before is -1) has one too,
    /// as a rule broken there by an overridden duty is still said.
    public func dayName(_ d: Int) -> Localized {
        if dayNames.indices.contains(d) { return Localized(zh: dayNames[d], en: dayNames[d]) }
        if d < 0 { return Localized(zh: "前\(-d)天", en: "\(-d) day\(d == -1 ? "" : "s") before") }
        return Localized(zh: "第\(d + 1)天", en: "day \(d + 1)")
    }

    public func label(person p: Int) -> String { "\(people[p].name)（\(people[p].id)）" }
    public func label(slot s: Int) -> String { slots[s].label }
}
