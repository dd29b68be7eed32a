import DutyModel

/// How the interface names people. A name alone, unless someone else in the directory has the
/// same name: then with number and compound, 张彬(P0109·阳光雅居), so that namesakes are told
/// apart wherever names are listed (board, slot, people, desk, standbys, hours) and in messages.
/// The number comes first, so that a name cut to its column keeps what tells it apart.
///
/// Worked out when the directory changes (`AppState.names`), like the board's index.
struct PersonNames: Sendable {
    private var namesakes: Set<String> = []
    private var compounds: [CompoundID: String] = [:]

    init() {}

    init(_ directory: Directory) {
        var seen = Set<String>()
        for person in directory.people where !seen.insert(person.name).inserted { namesakes.insert(person.name) }
        compounds = Dictionary(directory.compounds.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    /// The name as lists and messages show it.
    func name(_ person: Person) -> String {
        namesakes.contains(person.name) ? "\(person.name)(\(whereabouts(person)))" : person.name
    }

    /// The name with number and compound, always: for the line that shows the selected person in full.
    func full(_ person: Person) -> String { "\(person.name)（\(whereabouts(person))）" }

    func hasNamesake(_ person: Person) -> Bool { namesakes.contains(person.name) }

    private func whereabouts(_ person: Person) -> String {
        compounds[person.compound].map { "\(person.id)·\($0)" } ?? person.id.rawValue
    }
}

extension AppState {
    /// A person as the interface names them: with number and compound when they have a namesake.
    public func displayName(_ person: Person) -> String { names.value.name(person) }

    /// A person by ID as the interface names them (the ID itself for someone not in the directory).
    public func displayName(_ id: PersonID) -> String {
        index.value.person[id].map { names.value.name(directory.people[$0]) } ?? id.rawValue
    }

    /// The person with this ID, if in the directory.
    func person(_ id: PersonID) -> Person? { index.value.person[id].map { directory.people[$0] } }
}
