import Foundation
import Tagged

/// What a person is, in the report's "1+1+N" model. A person may have several roles.
public enum Role: String, CaseIterable, Sendable, Codable, Comparable {
    case partyMemberInService = "party_member"
    case retiredPartyMember = "retired_party_member"
    case residentVolunteer = "volunteer"
    case medicalWorker = "medical"
    case communityPolice = "police"
    case propertyStaff = "property_staff"
    case compoundCadre = "cadre"
    case streetLeader = "street_leader"
    case buildingLeader = "building_leader"

    public static func < (a: Role, b: Role) -> Bool {
        a.order < b.order
    }

    var order: Int { Role.allCases.firstIndex(of: self) ?? 0 }

    public var name: Localized {
        switch self {
        case .partyMemberInService: Localized(zh: "在职党员", en: "party member")
        case .retiredPartyMember: Localized(zh: "退休党员", en: "retired party member")
        case .residentVolunteer: Localized(zh: "居民志愿者", en: "resident volunteer")
        case .medicalWorker: Localized(zh: "医务人员", en: "medical worker")
        case .communityPolice: Localized(zh: "社区民警", en: "community police")
        case .propertyStaff: Localized(zh: "物业人员", en: "property staff")
        case .compoundCadre: Localized(zh: "小区干部", en: "compound cadre")
        case .streetLeader: Localized(zh: "街道领导", en: "street leader")
        case .buildingLeader: Localized(zh: "楼栋长", en: "building leader")
        }
    }

    /// Is this role a party member (in service or retired)?
    public var isPartyMember: Bool { self == .partyMemberInService || self == .retiredPartyMember }

    /// Finds a role by its code, English or Chinese name (case-insensitive for Latin text).
    public init?(lenient text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        for role in Role.allCases where role.rawValue == key || role.name.zh == key || role.name.en == key {
            self = role
            return
        }
        return nil
    }
}

/// A group of roles that a staffing rule can ask for ("at least one party member").
public struct RoleGroup: Hashable, Sendable, Codable {
    public let roles: Set<Role>

    public init(_ roles: Set<Role>) { self.roles = roles }

    /// Either kind of party member.
    public static let partyMember = RoleGroup([.partyMemberInService, .retiredPartyMember])

    public func matches(_ personRoles: Set<Role>) -> Bool { !roles.isDisjoint(with: personRoles) }

    /// Aliases accepted in staffing rules besides single role names.
    public static let aliases: [(Localized, RoleGroup)] = [
        (Localized(zh: "党员", en: "party"), .partyMember),
    ]

    public func name(_ language: Language) -> String {
        for (name, group) in RoleGroup.aliases where group == self { return name(language) }
        return roles.sorted().map { $0.name(language) }.joined(separator: "|")
    }

    /// Parses `党员`, `医务人员`, `police|medical` …
    public init?(lenient text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        for (name, group) in RoleGroup.aliases where name.zh == key || name.en == key {
            self = group
            return
        }
        // Each alternative is a role or an alias (`社区民警|党员`: police or either party member).
        var roles = Set<Role>()
        for part in key.split(separator: "|") {
            let name = part.trimmingCharacters(in: .whitespaces)
            if let (_, group) = RoleGroup.aliases.first(where: { $0.0.zh == name || $0.0.en == name }) {
                roles.formUnion(group.roles)
                continue
            }
            guard let role = Role(lenient: name) else { return nil }
            roles.insert(role)
        }
        guard !roles.isEmpty else { return nil }
        self.roles = roles
    }
}

public enum Sex: String, CaseIterable, Sendable, Codable {
    case male = "M"
    case female = "F"

    public var name: Localized {
        switch self {
        case .male: Localized(zh: "男", en: "M")
        case .female: Localized(zh: "女", en: "F")
        }
    }

    public init?(lenient text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "m", "male", "男": self = .male
        case "f", "female", "女": self = .female
        default: return nil
        }
    }
}
