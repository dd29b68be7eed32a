import Foundation
import Tagged

/// When a person can serve in an ordinary week. No windows at all means "any time".
public struct WeeklyAvailability: Hashable, Sendable, Codable {
    /// Ranges per weekday; a weekday that is absent is a day the person cannot serve.
    public private(set) var days: [Weekday: [TimeRange]]
    /// True when the person gave no restriction.
    public let isUnrestricted: Bool

    public static let always = WeeklyAvailability(unrestricted: ())

    private init(unrestricted: Void) {
        days = Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0, [TimeRange.allDay]) })
        isUnrestricted = true
    }

    public init(days: [Weekday: [TimeRange]]) {
        self.days = days.mapValues { WeeklyAvailability.merge($0) }.filter { !$0.value.isEmpty }
        isUnrestricted = false
    }

    /// Can the person serve on `weekday` throughout `range`?
    public func covers(_ weekday: Weekday, _ range: TimeRange) -> Bool {
        (days[weekday] ?? []).contains { $0.contains(range) }
    }

    private enum CodingKeys: String, CodingKey { case unrestricted, days }

    /// Encoded as `{"unrestricted": true}` or `{"days": {"mon": ["08:00-12:00"], …}}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if try container.decodeIfPresent(Bool.self, forKey: .unrestricted) == true {
            self = .always
            return
        }
        let named = try container.decode([String: [TimeRange]].self, forKey: .days)
        var days: [Weekday: [TimeRange]] = [:]
        for (name, ranges) in named {
            guard let day = Weekday.allCases.first(where: { $0.name.en == name }) else {
                throw DecodingError.dataCorruptedError(forKey: .days, in: container, debugDescription: "not a weekday: \(name)")
            }
            days[day] = ranges
        }
        self.init(days: days)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if isUnrestricted {
            try container.encode(true, forKey: .unrestricted)
        } else {
            try container.encode(Dictionary(uniqueKeysWithValues: days.map { ($0.key.name.en, $0.value) }), forKey: .days)
        }
    }

    static func merge(_ ranges: [TimeRange]) -> [TimeRange] {
        var result: [TimeRange] = []
        for range in ranges.sorted(by: { $0.start < $1.start }) {
            if let last = result.last, range.start <= last.end {
                if range.end > last.end {
                    result[result.count - 1] = TimeRange(uncheckedStart: last.start, end: range.end)
                }
            } else {
                result.append(range)
            }
        }
        return result
    }
}

/// A dated exception: the person cannot serve from `from` to `to` (inclusive),
/// all day or only within `hours` on each of those days.
public struct Unavailability: Hashable, Sendable, Codable {
    public let from: LocalDate
    public let to: LocalDate
    public let hours: TimeRange?

    public init?(from: LocalDate, to: LocalDate, hours: TimeRange? = nil) {
        guard from <= to else { return nil }
        self.from = from
        self.to = to
        self.hours = hours
    }

    private enum CodingKeys: String, CodingKey { case from, to, hours }

    /// Decoding refuses a period that ends before it starts.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let from = try container.decode(LocalDate.self, forKey: .from)
        let to = try container.decode(LocalDate.self, forKey: .to)
        guard from <= to else {
            throw DecodingError.dataCorruptedError(forKey: .to, in: container, debugDescription: "ends before it starts")
        }
        self.from = from
        self.to = to
        self.hours = try container.decodeIfPresent(TimeRange.self, forKey: .hours)
    }
}

extension Unavailability {
    /// The leave entries that cover `from` … `until`: the rest of a partly taken first day, the
    /// whole days between, and the start of a partly taken last day (one entry when both ends
    /// fall on the same day). Empty when the range is empty.
    public static func covering(from: LocalDateTime, until: LocalDateTime) -> [Unavailability] {
        guard from < until else { return [] }
        func part(_ date: LocalDate, _ start: TimeOfDay, _ end: TimeOfDay) -> Unavailability? {
            TimeRange(start: start, end: end).flatMap { Unavailability(from: date, to: date, hours: $0) }
        }
        if from.date == until.date { return [part(from.date, from.time, until.time)].compactMap { $0 } }
        var result: [Unavailability?] = []
        var firstWhole = from.date
        if from.time.minutes > 0 {
            result.append(part(from.date, from.time, .endOfDay))
            firstWhole = from.date.adding(days: 1)
        }
        result.append(Unavailability(from: firstWhole, to: until.date.adding(days: -1)))
        if until.time.minutes > 0 { result.append(part(until.date, .midnight, until.time)) }
        return result.compactMap { $0 }
    }
}
