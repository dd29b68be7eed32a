import Foundation
import Tagged

/// One shift of a template, e.g. checkpoint night 23:00–07:00 (crosses midnight).
public struct ShiftDefinition: Hashable, Sendable, Codable {
    /// Short code unique within the template (`day`, `eve`, `night`, `A` …).
    public var code: String
    public var name: String
    public var start: TimeOfDay
    /// End time; an end at or before the start means the shift ends on the next day.
    public var end: TimeOfDay
    /// Whether the template file says this is a night shift; nil when it does not say, and
    /// ``nightByDefault`` decides. A coordinator's word wins over the clock: a 20:00–24:00
    /// patrol may be a night shift in one compound and an evening one in the next.
    public var night: Bool?

    public init(code: String, name: String, start: TimeOfDay, end: TimeOfDay, night: Bool? = nil) {
        self.code = code
        self.name = name
        self.start = start
        self.end = end
        self.night = night
    }

    /// True when the shift ends after midnight on the next day.
    public var crossesMidnight: Bool { start.minutes + minutes > 1440 }

    /// Length in minutes (a start equal to the end is a 24-hour shift).
    public var minutes: Int {
        let raw = end.minutes - start.minutes
        return raw > 0 ? raw : raw + 1440
    }

    /// Start and end as minutes from the shift's date's midnight (end may pass 1440).
    public var span: (start: Int, end: Int) { (start.minutes, start.minutes + minutes) }

    /// The night window, 22:00–06:00 (as minutes from one midnight, the end on the next day).
    public static let nightWindow = (start: 22 * 60, end: 30 * 60)

    /// Minutes of the shift inside the night window.
    public var nightMinutes: Int {
        let (s, e) = span
        var overlap = 0
        for offset in [-1440, 0, 1440] {
            let ns = ShiftDefinition.nightWindow.start + offset, ne = ShiftDefinition.nightWindow.end + offset
            overlap += max(0, min(e, ne) - max(s, ns))
        }
        return overlap
    }

    /// The rule when the file does not say: a night shift when more than half of it lies in
    /// 22:00–06:00. So a 16:00–24:00 中班 (2 of 8 hours) is not one, and 00:00–08:00 (6 of 8)
    /// and a 20:00–02:00 patrol (4 of 6) are: the shift is mostly lived at night.
    public var nightByDefault: Bool { nightMinutes * 2 > minutes }

    /// Whether the shift counts as a night shift: for who may not work nights (可值夜班=否),
    /// the weekly cap on nights and their fair share. The file's word, else the default rule.
    public var isNight: Bool { night ?? nightByDefault }
}

/// Named shifts that cover 24 hours or part of the day.
public struct ShiftTemplate: Hashable, Sendable, Codable, Identifiable {
    public var id: ShiftTemplateID
    public var name: String
    public var shifts: [ShiftDefinition]

    public init(id: ShiftTemplateID, name: String, shifts: [ShiftDefinition]) {
        self.id = id
        self.name = name
        self.shifts = shifts
    }

    public func shift(_ code: String) -> ShiftDefinition? { shifts.first { $0.code == code } }

    /// Minutes of the day covered by the template's shifts (overlaps counted once).
    public var coveredMinutes: Int {
        var covered = [Bool](repeating: false, count: 1440)
        for shift in shifts {
            let (s, e) = shift.span
            for minute in s..<e { covered[minute % 1440] = true }
        }
        return covered.filter { $0 }.count
    }
}
