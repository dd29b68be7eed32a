/// Limits and weights of the duty constraints; defaults are documented in docs/constraints.md.
public struct DutySettings: Sendable, Hashable {
    /// A shift at least this long needs `restAfterLongMinutes` of rest before the next one.
    public var longShiftMinutes = 360
    public var restAfterLongMinutes = 480
    /// Most minutes of duty starting on one day ("at most one long shift a day").
    public var maxMinutesPerDay = 600
    /// Most night shifts per 7-day block.
    public var maxNightsPerWeek = 3
    /// Soft weights.
    public var understaffWeight = 1000
    public var roleMixWeight = 500
    public var awayWeight = 20
    public var otherAreaWeight = 100
    public var hoursFairnessWeight = 1
    public var nightFairnessWeight = 20
    public var changeWeight = 200

    public init() {}
}
