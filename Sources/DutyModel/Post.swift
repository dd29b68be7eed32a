import Foundation
import Tagged

/// "At least `atLeast` people with one of these roles on the shift."
public struct RoleRequirement: Hashable, Sendable, Codable {
    public var group: RoleGroup
    public var atLeast: Int

    public init(group: RoleGroup, atLeast: Int) {
        self.group = group
        self.atLeast = atLeast
    }
}

/// How many people a shift of a post needs, and which mix of roles.
public struct StaffingRule: Hashable, Sendable, Codable {
    public var shift: String
    public var minimum: Int
    public var maximum: Int
    public var requirements: [RoleRequirement]

    public init(shift: String, minimum: Int, maximum: Int, requirements: [RoleRequirement] = []) {
        self.shift = shift
        self.minimum = minimum
        self.maximum = maximum
        self.requirements = requirements
    }
}

/// A kind of service at a compound (and, for checkpoints, at a gate), staffed by a shift template.
public struct Post: Hashable, Sendable, Codable, Identifiable {
    public var id: PostID
    public var name: String
    public var kind: PostKind
    public var compound: CompoundID
    public var gate: GateID?
    public var template: ShiftTemplateID
    public var staffing: [StaffingRule]
    public var minAge: Int?
    public var maxAge: Int?

    public init(id: PostID, name: String, kind: PostKind, compound: CompoundID, gate: GateID? = nil,
                template: ShiftTemplateID, staffing: [StaffingRule], minAge: Int? = nil, maxAge: Int? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.compound = compound
        self.gate = gate
        self.template = template
        self.staffing = staffing
        self.minAge = minAge
        self.maxAge = maxAge
    }

    public func rule(for shift: String) -> StaffingRule? { staffing.first { $0.shift == shift } }
}
