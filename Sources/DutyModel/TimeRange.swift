import Foundation
import Tagged

/// A range of time within one day, `start` < `end` (end may be 24:00).
public struct TimeRange: Hashable, Sendable, TextCodable {
    public let start: TimeOfDay
    public let end: TimeOfDay

    public init?(start: TimeOfDay, end: TimeOfDay) {
        guard start < end else { return nil }
        self.start = start
        self.end = end
    }

    public static let allDay = TimeRange(uncheckedStart: .midnight, end: .endOfDay)

    init(uncheckedStart start: TimeOfDay, end: TimeOfDay) {
        self.start = start
        self.end = end
    }

    /// Parses `08:00-18:00` (also `–`, `~` or `至` between the times).
    public init?(parsing text: String) {
        let parts = text.split(omittingEmptySubsequences: false) { "-–~至".contains($0) }
        guard parts.count == 2,
              let start = TimeOfDay(parsing: parts[0].trimmingCharacters(in: .whitespaces)),
              let end = TimeOfDay(parsing: parts[1].trimmingCharacters(in: .whitespaces)) else { return nil }
        self.init(start: start, end: end)
    }

    public func contains(_ other: TimeRange) -> Bool { start <= other.start && other.end <= end }

    public var minutes: Int { end.minutes - start.minutes }

    public var description: String { "\(start)-\(end)" }
}
