import DutyModel

/// A change to the roster, and to people, as the hard-rule guard checks it: assignments taken
/// off, assignments put on (or updated), and people stored anew (an edit, an import, a leave).
public struct RosterEdit: Sendable, Hashable {
    public var removing: [Assignment]
    public var adding: [Assignment]
    /// People as they will be after the change (their availability, limits, roles).
    public var people: [Person]

    public init(removing: [Assignment] = [], adding: [Assignment] = [], people: [Person] = []) {
        self.removing = removing
        self.adding = adding
        self.people = people
    }

    /// `assignments` after the change: removals taken out, additions put in (replacing the
    /// same person on the same slot).
    public func applied(to assignments: [Assignment]) -> [Assignment] {
        let gone = Set(removing.map(Self.key)).union(adding.map(Self.key))
        return assignments.filter { !gone.contains(Self.key($0)) } + adding
    }

    /// `directory` with the edited people in place (new ones appended).
    public func applied(to directory: Directory) -> Directory {
        guard !people.isEmpty else { return directory }
        var result = directory
        let edited = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { _, b in b })
        result.people = result.people.map { edited[$0.id] ?? $0 }
        let known = Set(result.people.map(\.id))
        result.people += people.filter { !known.contains($0.id) }
        return result
    }

    static func key(_ a: Assignment) -> String { "\(a.slot.id.rawValue)/\(a.person.rawValue)" }
}

/// A hard rule a change would newly break: which rule, what exactly, and who and where.
public struct RuleBreach: Sendable, Hashable {
    /// The constraint's ID in the catalogue (`max-weekly-hours`).
    public var rule: String
    /// The rule as a coordinator reads it (`不超过本人每周最多值班小时数`).
    public var name: Localized
    /// What breaks it (`黄丽（P14） 本期值班 35.5 小时，超过本人上限 30 小时`).
    public var message: Localized
    public var people: [PersonID]
    public var slots: [Slot]

    public init(rule: String, name: Localized, message: Localized, people: [PersonID], slots: [Slot]) {
        self.rule = rule
        self.name = name
        self.message = message
        self.people = people
        self.slots = slots
    }

    /// Every breach on one line each, for a refusal or an override prompt.
    public static func lines(_ breaches: [RuleBreach]) -> Localized {
        Localized(zh: breaches.map(\.message.zh).joined(separator: "；"), en: breaches.map(\.message.en).joined(separator: "; "))
    }
}
