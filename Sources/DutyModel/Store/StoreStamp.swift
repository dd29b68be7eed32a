import Foundation

extension LocalDateTime {
    /// The local time of a store's timestamp (ISO 8601 as the store writes it, in UTC
    /// `2026-12-03T06:25:21Z` or with an offset); nil when `stamp` is not one.
    public init?(stamp: String, in timeZone: TimeZone = .current) {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let instant = formatter.date(from: stamp) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        guard let date = LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1),
              let time = TimeOfDay(hour: parts.hour ?? 0, minute: parts.minute ?? 0) else { return nil }
        self.init(date: date, time: time)
    }

    /// A store's timestamp as a coordinator reads and types a time: local, `2026-12-03 14:25`.
    /// A text that is no timestamp is shown as it is.
    public static func shown(stamp: String, in timeZone: TimeZone = .current) -> String {
        LocalDateTime(stamp: stamp, in: timeZone).map(\.description) ?? stamp
    }
}
