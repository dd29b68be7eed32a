import DutyModel

/// A bit set of roles (`Role.allCases` order).
public struct RoleMask: Hashable, Sendable {
    public var bits: UInt16

    public init(bits: UInt16) { self.bits = bits }

    public init(_ roles: some Sequence<Role>) {
        var bits: UInt16 = 0
        for role in roles { bits |= 1 << UInt16(Role.allCases.firstIndex(of: role) ?? 0) }
        self.bits = bits
    }

    public func meets(_ other: RoleMask) -> Bool { bits & other.bits != 0 }
}
