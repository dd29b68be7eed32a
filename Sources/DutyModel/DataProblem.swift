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

        /// What a record of this kind is called.
        public var name: Localized {
            switch self {
            case .organisation: Localized(zh: "单位", en: "organisation")
            case .area: Localized(zh: "片区", en: "area")
            case .compound: Localized(zh: "小区", en: "compound")
            case .gate: Localized(zh: "出入口", en: "gate")
            case .building: Localized(zh: "楼栋", en: "building")
            case .person: Localized(zh: "人员", en: "person")
            case .shiftTemplate: Localized(zh: "班次模板", en: "shift template")
            case .post: Localized(zh: "岗位", en: "post")
            }
        }
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
