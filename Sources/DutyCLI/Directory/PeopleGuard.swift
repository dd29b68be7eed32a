import DutyEngine
import DutyModel

/// What an import changes about people already stored, as the hard-rule guard checks it:
/// their new records, and their duties from the Monday of this week on (earlier weeks are
/// history, not plans).
struct PeopleGuard {
    /// The people whose record the import changes, as they will be.
    let edit: RosterEdit
    /// The stored duties of the weeks the guard looks at.
    let duties: [Assignment]

    /// How far ahead stored duties are looked for (a roster is rarely made years ahead).
    static let horizonDays = 3 * 366

    init(_ store: any RosterStore, _ existing: Directory, _ imported: Directory, from today: LocalDate) throws {
        let stored = Dictionary(existing.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let changed = imported.people.filter { person in stored[person.id].map { $0 != person } ?? false }
        edit = RosterEdit(people: changed)
        let ids = Set(changed.map(\.id))
        duties = changed.isEmpty ? [] : try store.assignments(from: today.monday, to: today.adding(days: Self.horizonDays))
            .filter { ids.contains($0.person) }
    }
}
