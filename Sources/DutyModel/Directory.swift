import Foundation
import Tagged

/// Everything a compound or street office keeps about its people and posts:
/// the unit that is imported, exported, validated and stored together.
public struct Directory: Hashable, Sendable {
    public var organisations: [Organisation]
    public var areas: [Area]
    public var compounds: [Compound]
    public var gates: [Gate]
    public var buildings: [Building]
    public var people: [Person]
    public var shiftTemplates: [ShiftTemplate]
    public var posts: [Post]

    public init(organisations: [Organisation] = [], areas: [Area] = [], compounds: [Compound] = [],
                gates: [Gate] = [], buildings: [Building] = [], people: [Person] = [],
                shiftTemplates: [ShiftTemplate] = [], posts: [Post] = []) {
        self.organisations = organisations
        self.areas = areas
        self.compounds = compounds
        self.gates = gates
        self.buildings = buildings
        self.people = people
        self.shiftTemplates = shiftTemplates
        self.posts = posts
    }

    public var isEmpty: Bool {
        organisations.isEmpty && areas.isEmpty && compounds.isEmpty && gates.isEmpty && buildings.isEmpty
            && people.isEmpty && shiftTemplates.isEmpty && posts.isEmpty
    }

    /// Adds the records of `other`; IDs already present are replaced by the newer record.
    public mutating func merge(_ other: Directory) {
        organisations = Directory.merged(organisations, other.organisations)
        areas = Directory.merged(areas, other.areas)
        compounds = Directory.merged(compounds, other.compounds)
        gates = Directory.merged(gates, other.gates)
        buildings = Directory.merged(buildings, other.buildings)
        people = Directory.merged(people, other.people)
        shiftTemplates = Directory.merged(shiftTemplates, other.shiftTemplates)
        posts = Directory.merged(posts, other.posts)
    }

    static func merged<T: Identifiable>(_ old: [T], _ new: [T]) -> [T] {
        let newIDs = Set(new.map(\.id))
        return old.filter { !newIDs.contains($0.id) } + new
    }

    /// Every record in the order the store and the CSV files keep: by ID.
    public func sorted() -> Directory {
        Directory(organisations: organisations.sorted { $0.id.rawValue < $1.id.rawValue },
                  areas: areas.sorted { $0.id.rawValue < $1.id.rawValue },
                  compounds: compounds.sorted { $0.id.rawValue < $1.id.rawValue },
                  gates: gates.sorted { $0.id.rawValue < $1.id.rawValue },
                  buildings: buildings.sorted { $0.id.rawValue < $1.id.rawValue },
                  people: people.sorted { $0.id.rawValue < $1.id.rawValue },
                  shiftTemplates: shiftTemplates.sorted { $0.id.rawValue < $1.id.rawValue },
                  posts: posts.sorted { $0.id.rawValue < $1.id.rawValue })
    }
}

extension Directory {
    /// The number a new person gets (a walk-in at the desk): the next after the highest `P…`
    /// number, as wide as the widest (`P0412` → `P0413`), at least four digits.
    public func nextPersonID() -> PersonID {
        var highest = 0, width = 4
        for person in people where person.id.rawValue.hasPrefix("P") {
            let digits = person.id.rawValue.dropFirst()
            guard !digits.isEmpty, digits.allSatisfy(\.isNumber), let n = Int(digits) else { continue }
            highest = max(highest, n)
            width = max(width, digits.count)
        }
        let number = String(highest + 1)
        return PersonID(rawValue: "P" + String(repeating: "0", count: max(0, width - number.count)) + number)
    }
}
