import SearchCore

/// A new roster after an event, changing as little as possible and nothing before the event.
public struct DutyReplanResult: Sendable {
    public let roster: DutyRoster
    public let score: Score
    public let seconds: Double
    public let added: [DutyPair]
    public let removed: [DutyPair]
    /// The absent person's own assignments taken off, and who took each of those slots over.
    public let own: [DutyPair]
    public let takeovers: [DutyPair]
    /// Slots still short after replanning.
    public let stillShort: [Int]
    /// In verify mode, the first mismatch between the incremental score and a full recount.
    public var verifyFailure: String? = nil

    /// Assignments changed besides the absent person's own and their direct replacements.
    public var otherChanges: Int { added.count + removed.count - own.count - takeovers.count }
}
