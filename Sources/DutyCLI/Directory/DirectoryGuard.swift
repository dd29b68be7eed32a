import DutyEngine
import DutyModel

/// What an import changes about people, posts (their staffing) and shift templates already
/// stored, as the hard-rule guard checks it: their new records, and the duties they concern
/// from the Monday of this week on (earlier weeks are history, not plans) — a changed person's
/// own duties, and every duty at a changed post or at a post of a changed template.
struct DirectoryGuard {
    /// The records the import changes, as they will be.
    let edit: RosterEdit
    /// The stored duties of the weeks the guard looks at.
    let duties: [Assignment]

    /// How far ahead stored duties are looked for (a roster is rarely made years ahead).
    static let horizonDays = 3 * 366

    init(_ store: any RosterStore, _ existing: Directory, _ imported: Directory, from today: LocalDate) throws {
        edit = RosterEdit(people: Self.changed(imported.people, existing.people, by: \.id),
                          posts: Self.changed(imported.posts, existing.posts, by: \.id),
                          templates: Self.changed(imported.shiftTemplates, existing.shiftTemplates, by: \.id))
        let people = Set(edit.people.map(\.id)), posts = edit.changedPosts(in: edit.applied(to: existing))
        duties = people.isEmpty && posts.isEmpty ? []
            : try store.assignments(from: today.monday, to: today.adding(days: Self.horizonDays))
                .filter { people.contains($0.person) || posts.contains($0.slot.post) }
    }

    /// Records of `imported` that differ from the stored one with the same key (new ones
    /// concern no stored duty).
    static func changed<T: Equatable, K: Hashable>(_ imported: [T], _ stored: [T], by key: KeyPath<T, K>) -> [T] {
        let old = Dictionary(stored.map { ($0[keyPath: key], $0) }, uniquingKeysWith: { a, _ in a })
        return imported.filter { record in old[record[keyPath: key]].map { $0 != record } ?? false }
    }
}
