/// Why a slot is short: every person of its compound, then of its area, and the first hard
/// rule that keeps each of them off it — or, if nothing does, what taking it would cost. On a
/// full slot a candidate is weighed as a replacement: whose place they could take.
public struct DutyCandidate: Sendable {
    public let person: Int
    /// Lives in the slot's compound (else elsewhere in the area).
    public let isResident: Bool
    /// The rule that blocks them, or nil when they could take the slot. On a full slot it is
    /// the first rule besides the headcount; `.full` only when the headcount alone stands in
    /// the way (then `replaces` says whose place they could take, if anyone's).
    public let block: DutyBlock?
    /// On a full slot, the member (not pinned) whose place they could take at the least soft
    /// cost; nil otherwise.
    public let replaces: Int?
    /// Change of the soft score if they were added, or if they took `replaces`'s place (nil
    /// when blocked otherwise).
    public let softChange: Int?
    /// `softChange` rule by rule, with what each part means; empty when blocked otherwise.
    public let parts: [DutyCostPart]
    /// Whether they have a role the slot still lacks.
    public let hasMissingRole: Bool
}
