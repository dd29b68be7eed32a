import Foundation
import Tagged

/// A time of day in whole minutes, 00:00 … 24:00 (24:00 only as the end of a range).
public struct TimeOfDay: Hashable, Comparable, Sendable, TextCodable {
    public let minutes: Int

    public init?(minutes: Int) {
        guard (0...1440).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    public init?(hour: Int, minute: Int = 0) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour * 60 + minute <= 1440 else { return nil }
        self.minutes = hour * 60 + minute
    }

    /// Parses `H:MM` or `HH:MM` (also the full-width colon `：`).
    public init?(parsing text: String) {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == ":" || $0 == "：" }
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts[0].allSatisfy(\.isASCII), parts[1].allSatisfy(\.isASCII),
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(hour: h, minute: m)
    }

    public static let midnight = TimeOfDay(unchecked: 0)
    public static let endOfDay = TimeOfDay(unchecked: 1440)

    init(unchecked minutes: Int) { self.minutes = minutes }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutes < b.minutes }

    public var description: String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
    }
}
