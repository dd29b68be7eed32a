import Foundation
import Tagged

/// A unit people come from (one of the report's 211 organisations).
public struct Organisation: Hashable, Sendable, Codable, Identifiable {
    public var id: OrganisationID
    public var name: String
    public var kind: OrganisationKind

    public init(id: OrganisationID, name: String, kind: OrganisationKind) {
        self.id = id
        self.name = name
        self.kind = kind
    }
}

public enum OrganisationKind: String, CaseIterable, Sendable, Codable {
    case government
    case enterprise
    case hospital
    case police
    case property
    case school
    case community
    case other

    public var name: Localized {
        switch self {
        case .government: Localized(zh: "机关单位", en: "government")
        case .enterprise: Localized(zh: "企业", en: "enterprise")
        case .hospital: Localized(zh: "医疗机构", en: "hospital")
        case .police: Localized(zh: "派出所", en: "police")
        case .property: Localized(zh: "物业公司", en: "property")
        case .school: Localized(zh: "学校", en: "school")
        case .community: Localized(zh: "社区", en: "community")
        case .other: Localized(zh: "其他", en: "other")
        }
    }

    public init?(lenient text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        for kind in OrganisationKind.allCases where kind.rawValue == key || kind.name.zh == key {
            self = kind
            return
        }
        return nil
    }
}

/// A street-office area (片区), led by one street-office leader.
public struct Area: Hashable, Sendable, Codable, Identifiable {
    public var id: AreaID
    public var name: String
    public var leader: PersonID?

    public init(id: AreaID, name: String, leader: PersonID? = nil) {
        self.id = id
        self.name = name
        self.leader = leader
    }
}

/// A residential compound (小区) with its party branch cadre.
public struct Compound: Hashable, Sendable, Codable, Identifiable {
    public var id: CompoundID
    public var name: String
    public var area: AreaID
    public var households: Int
    /// The cadre who leads the compound's party branch (the second "1" of "1+1+N").
    public var cadre: PersonID?

    public init(id: CompoundID, name: String, area: AreaID, households: Int, cadre: PersonID? = nil) {
        self.id = id
        self.name = name
        self.area = area
        self.households = households
        self.cadre = cadre
    }
}

/// A gate of a compound; every gate gets a 24-hour checkpoint.
public struct Gate: Hashable, Sendable, Codable, Identifiable {
    public var id: GateID
    public var compound: CompoundID
    public var name: String

    public init(id: GateID, compound: CompoundID, name: String) {
        self.id = id
        self.compound = compound
        self.name = name
    }
}

/// A residential building with its building leader (楼栋长).
public struct Building: Hashable, Sendable, Codable, Identifiable {
    public var id: BuildingID
    public var compound: CompoundID
    public var name: String
    public var households: Int
    public var leader: PersonID?

    public init(id: BuildingID, compound: CompoundID, name: String, households: Int, leader: PersonID? = nil) {
        self.id = id
        self.compound = compound
        self.name = name
        self.households = households
        self.leader = leader
    }
}
