import Foundation
import Tagged

/// One thing wrong with the data, said so that a coordinator can fix it.
///
/// `entity` and `index` locate the record in its ``Directory`` array; `part` is the
/// index of a shift within a template or of a staffing rule within a post; `field`
/// names the field (the same keys as the CSV columns), so an importer can point at
/// the file, line and column the problem came from.
public struct DataProblem: Hashable, Sendable, CustomStringConvertible {
    public enum Entity: String, Sendable, CaseIterable {
        case organisation, area, compound, gate, building, person, shiftTemplate, post
    }

    public let entity: Entity
    public let index: Int
    public let part: Int?
    public let id: String
    public let field: String
    public let message: Localized
    /// Another record of the same entity the problem is about (the first holder of a duplicate ID).
    public let related: Int?

    public init(_ entity: Entity, index: Int, part: Int? = nil, id: String, field: String, _ message: Localized,
                related: Int? = nil) {
        self.entity = entity
        self.index = index
        self.part = part
        self.id = id
        self.field = field
        self.message = message
        self.related = related
    }

    public var description: String { "\(entity.rawValue) \(id) \(field): \(message.en)" }
}
