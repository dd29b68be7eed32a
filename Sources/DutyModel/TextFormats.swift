import Foundation

/// The text forms of lists and schedules, shared by CSV files, the CLI and the editor.
///
/// Each `format` is the canonical form; each `parse` accepts the canonical form in
/// either language plus common variants (full-width punctuation, `至`, `~`).
public enum TextFormats {
    /// Separators between list items: `;`, `；`, `、`, `,`, `，`.
    static let listSeparators: Set<Character> = [";", "；", "、", ",", "，"]

    public static func splitList(_ text: String) -> [String] {
        text.split { listSeparators.contains($0) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    // MARK: roles

    public static func format(roles: Set<Role>, _ language: Language) -> String {
        roles.sorted().map { $0.name(language) }.joined(separator: language == .zh ? "、" : ";")
    }

    /// Parses a role list; returns the items that are not roles in `unknown`.
    public static func parseRoles(_ text: String) -> (roles: Set<Role>, unknown: [String]) {
        var roles = Set<Role>(), unknown: [String] = []
        for item in splitList(text) {
            if let role = Role(lenient: item) { roles.insert(role) } else { unknown.append(item) }
        }
        return (roles, unknown)
    }

    public static func format(skills: [String], _ language: Language) -> String {
        skills.joined(separator: language == .zh ? "、" : ";")
    }

    // MARK: weekly availability

    static let everyDay = Localized(zh: "每天", en: "daily")
    static let allDay = Localized(zh: "全天", en: "all day")

    /// `周一-周五 08:00-18:00；周六 全天` / `mon-fri 08:00-18:00; sat all day`; empty means any time.
    public static func format(availability: WeeklyAvailability, _ language: Language) -> String {
        if availability.isUnrestricted { return "" }
        // Group weekdays that share the same ranges, keeping weekday order of first appearance.
        var groups: [(days: [Weekday], ranges: [TimeRange])] = []
        for day in Weekday.allCases {
            guard let ranges = availability.days[day] else { continue }
            if let i = groups.firstIndex(where: { $0.ranges == ranges }) {
                groups[i].days.append(day)
            } else {
                groups.append(([day], ranges))
            }
        }
        if groups.isEmpty { return language == .zh ? "无" : "never" }
        return groups.map { group in
            let days = formatDays(group.days, language)
            let ranges = group.ranges == [TimeRange.allDay]
                ? allDay(language) : group.ranges.map(\.description).joined(separator: ",")
            return "\(days) \(ranges)"
        }.joined(separator: language == .zh ? "；" : "; ")
    }

    static func formatDays(_ days: [Weekday], _ language: Language) -> String {
        if days.count == 7 { return everyDay(language) }
        var runs: [[Weekday]] = []
        for day in days {
            if let last = runs.last?.last, last.rawValue + 1 == day.rawValue {
                runs[runs.count - 1].append(day)
            } else {
                runs.append([day])
            }
        }
        return runs.map { run in
            run.count >= 3 ? "\(run[0].name(language))-\(run[run.count - 1].name(language))"
                : run.map { $0.name(language) }.joined(separator: language == .zh ? "、" : "/")
        }.joined(separator: language == .zh ? "、" : "/")
    }

    static func parseWeekday(_ text: String) -> Weekday? {
        let key = text.lowercased()
        let aliases: [String: Weekday] = [
            "一": .monday, "二": .tuesday, "三": .wednesday, "四": .thursday, "五": .friday, "六": .saturday,
            "日": .sunday, "天": .sunday, "星期一": .monday, "星期二": .tuesday, "星期三": .wednesday,
            "星期四": .thursday, "星期五": .friday, "星期六": .saturday, "星期日": .sunday, "星期天": .sunday,
            "周天": .sunday, "monday": .monday, "tuesday": .tuesday, "wednesday": .wednesday,
            "thursday": .thursday, "friday": .friday, "saturday": .saturday, "sunday": .sunday,
        ]
        if let day = aliases[key] { return day }
        return Weekday.allCases.first { $0.name.zh == key || $0.name.en == key || "\($0.rawValue)" == key }
    }

    static func parseDays(_ text: String) -> [Weekday]? {
        if text == everyDay.zh || text.lowercased() == everyDay.en { return Weekday.allCases }
        var days: [Weekday] = []
        for item in text.split(whereSeparator: { "、/,，".contains($0) }) {
            let bounds = item.split(whereSeparator: { "-–~至".contains($0) }).map(String.init)
            if bounds.count == 1, let day = parseWeekday(bounds[0]) {
                days.append(day)
            } else if bounds.count == 2, let a = parseWeekday(bounds[0]), let b = parseWeekday(bounds[1]), a <= b {
                days += Weekday.allCases.filter { $0 >= a && $0 <= b }
            } else {
                return nil
            }
        }
        return days.isEmpty ? nil : days
    }

    /// Parses a weekly availability; nil when the text is not understood.
    public static func parseAvailability(_ text: String) -> WeeklyAvailability? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return .always }
        if trimmed == "无" || trimmed.lowercased() == "never" { return WeeklyAvailability(days: [:]) }
        var days: [Weekday: [TimeRange]] = [:]
        for entry in trimmed.split(whereSeparator: { $0 == ";" || $0 == "；" }) {
            let words = entry.split(separator: " ").map(String.init)
            guard let first = words.first, let weekdays = parseDays(first) else { return nil }
            let rest = words.dropFirst().joined(separator: " ")
            var ranges: [TimeRange] = []
            if rest.isEmpty || rest == allDay.zh || rest.lowercased() == allDay.en {
                ranges = [.allDay]
            } else {
                for part in rest.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == " " }) {
                    guard let range = TimeRange(parsing: String(part)) else { return nil }
                    ranges.append(range)
                }
            }
            for day in weekdays { days[day, default: []] += ranges }
        }
        return WeeklyAvailability(days: days)
    }

    // MARK: dated unavailability

    /// `2026-12-01~2026-12-03；2026-12-05 08:00-12:00`
    public static func format(unavailable: [Unavailability], _ language: Language) -> String {
        unavailable.map { u in
            var text = u.from == u.to ? "\(u.from)" : "\(u.from)~\(u.to)"
            if let hours = u.hours { text += " \(hours)" }
            return text
        }.joined(separator: language == .zh ? "；" : "; ")
    }

    public static func parseUnavailable(_ text: String) -> [Unavailability]? {
        var result: [Unavailability] = []
        for entry in text.split(whereSeparator: { $0 == ";" || $0 == "；" }) {
            let words = entry.split(separator: " ").map(String.init)
            guard (1...2).contains(words.count) else { return nil }
            let dates = words[0].split(whereSeparator: { $0 == "~" || $0 == "至" }).map(String.init)
            guard (1...2).contains(dates.count), let from = LocalDate(parsing: dates[0]),
                  let to = dates.count == 2 ? LocalDate(parsing: dates[1]) : from else { return nil }
            var hours: TimeRange?
            if words.count == 2 {
                guard let range = TimeRange(parsing: words[1]) else { return nil }
                hours = range
            }
            guard let item = Unavailability(from: from, to: to, hours: hours) else { return nil }
            result.append(item)
        }
        return result
    }

    // MARK: role requirements

    /// `党员>=1；医务人员>=1` / `party>=1; medical>=1`
    public static func format(requirements: [RoleRequirement], _ language: Language) -> String {
        requirements.map { "\($0.group.name(language))>=\($0.atLeast)" }
            .joined(separator: language == .zh ? "；" : "; ")
    }

    public static func parseRequirements(_ text: String) -> [RoleRequirement]? {
        var result: [RoleRequirement] = []
        for entry in text.split(whereSeparator: { $0 == ";" || $0 == "；" || $0 == "、" }) {
            let item = entry.trimmingCharacters(in: .whitespaces)
                .replacingOccurrences(of: "≥", with: ">=").replacingOccurrences(of: "＞＝", with: ">=")
            let parts = item.components(separatedBy: ">=")
            guard parts.count == 2, let group = RoleGroup(lenient: parts[0]),
                  let count = Int(parts[1].trimmingCharacters(in: .whitespaces)) else { return nil }
            result.append(RoleRequirement(group: group, atLeast: count))
        }
        return result
    }

    // MARK: yes / no

    public static func format(bool: Bool, _ language: Language) -> String {
        language == .zh ? (bool ? "是" : "否") : (bool ? "yes" : "no")
    }

    public static func parseBool(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "是", "可", "可以", "y", "yes", "true", "1": true
        case "否", "不", "不可", "n", "no", "false", "0": false
        default: nil
        }
    }
}
