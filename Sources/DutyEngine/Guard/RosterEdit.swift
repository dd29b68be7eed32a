import DutyModel

/// A change to the roster, and to people, as the hard-rule guard checks it: assignments taken
/// off, assignments put on (or updated), people stored anew (an edit, an import, a leave), and
/// posts or shift templates an import changes (a lower headcount, a longer shift).
public struct RosterEdit: Sendable, Hashable {
    public var removing: [Assignment]
    public var adding: [Assignment]
    /// People as they will be after the change (their availability, limits, roles).
    public var people: [Person]
    /// Posts (with their staffing) and shift templates as they will be after the change: every
    /// duty at a post they concern is checked again.
    public var posts: [Post]
    public var templates: [ShiftTemplate]

    public init(removing: [Assignment] = [], adding: [Assignment] = [], people: [Person] = [], posts: [Post] = [],
                templates: [ShiftTemplate] = []) {
        self.removing = removing
        self.adding = adding
        self.people = people
        self.posts = posts
        self.templates = templates
    }

    /// The posts whose duties the change to posts and templates concerns, in `directory` as it
    /// will be.
    public func changedPosts(in directory: Directory) -> Set<PostID> {
        var result = Set(posts.map(\.id))
        if !templates.isEmpty {
            let changed = Set(templates.map(\.id))
            for post in directory.posts where changed.contains(post.template) { result.insert(post.id) }
        }
        return result
    }

    /// `assignments` after the change: removals taken out, additions put in (replacing the
    /// same person on the same slot).
    public func applied(to assignments: [Assignment]) -> [Assignment] {
        let gone = Set(removing.map(Self.key)).union(adding.map(Self.key))
        return assignments.filter { !gone.contains(Self.key($0)) } + adding
    }

    /// `directory` with the edited people, posts and templates in place (new ones appended).
    public func applied(to directory: Directory) -> Directory {
        guard !people.isEmpty || !posts.isEmpty || !templates.isEmpty else { return directory }
        var result = directory
        result.people = Self.replacing(result.people, with: people, by: \.id)
        result.posts = Self.replacing(result.posts, with: posts, by: \.id)
        result.shiftTemplates = Self.replacing(result.shiftTemplates, with: templates, by: \.id)
        return result
    }

    static func replacing<T, K: Hashable>(_ list: [T], with new: [T], by key: KeyPath<T, K>) -> [T] {
        guard !new.isEmpty else { return list }
        let edited = Dictionary(new.map { ($0[keyPath: key], $0) }, uniquingKeysWith: { _, b in b })
        let known = Set(list.map { $0[keyPath: key] })
        return list.map { edited[$0[keyPath: key]] ?? $0 } + new.filter { !known.contains($0[keyPath: key]) }
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
