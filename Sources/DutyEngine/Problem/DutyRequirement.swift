import DutyModel

/// Part of a slot's role mix: at least `atLeast` people with one of `roles`.
public struct DutyRequirement: Sendable, Hashable {
    public var roles: RoleMask
    public var atLeast: Int
    public var name: Localized

    public init(roles: RoleMask, atLeast: Int, name: Localized) {
        self.roles = roles
        self.atLeast = atLeast
        self.name = name
    }
}
