/// Why a slot is short: every person of its compound, then of its area, and the first hard
/// rule that keeps each of them off it — or, if nothing does, what taking it would cost.
public struct DutyCandidate: Sendable {
    public let person: Int
    /// Lives in the slot's compound (else elsewhere in the area).
    public let isResident: Bool
    /// The rule that blocks them, or nil when they could take the slot.
    public let block: DutyBlock?
    /// Change of the soft score if they were added (only when not blocked).
    public let softChange: Int?
    /// Whether they have a role the slot still lacks.
    public let hasMissingRole: Bool
}
