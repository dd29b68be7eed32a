/// A coordinator's decision to keep an assignment although it breaks a hard rule, with why.
///
/// Every path that changes the roster checks the change against the hard rules first (the
/// engine's `HardRuleGuard`); when it would break one, the change is refused unless the
/// coordinator gives a reason. The reason and the rules it was given for travel with the
/// assignment: stored on its row, written to the audit log with it, and listed by `explain`
/// and on the board. A hard rule broken on an assignment without one is a fault to report.
public struct RuleOverride: Hashable, Sendable, Codable {
    /// Why the coordinator kept it (never empty).
    public var reason: String
    /// The rules it was given for, by the constraint IDs of the catalogue.
    public var rules: [String]

    public init(reason: String, rules: [String]) {
        self.reason = reason
        self.rules = rules
    }
}

extension RuleOverride {
    /// This override and `other` on one assignment: both reasons (once each) and every rule,
    /// so that giving a second override never takes away the cover of the first.
    public func merged(with other: RuleOverride) -> RuleOverride {
        let reasons = reason == other.reason || other.reason.isEmpty ? reason : reason.isEmpty ? other.reason : "\(reason)；\(other.reason)"
        var seen = Set<String>()
        return RuleOverride(reason: reasons, rules: (rules + other.rules).filter { seen.insert($0).inserted })
    }
}

extension Assignment {
    /// The assignment with `override` added to any it carries.
    public func overridden(_ override: RuleOverride) -> Assignment {
        var copy = self
        copy.override = self.override.map { $0.merged(with: override) } ?? override
        return copy
    }
}
