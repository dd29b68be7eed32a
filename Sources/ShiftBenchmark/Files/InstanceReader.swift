import Foundation

/// Reads the standard shift-scheduling benchmark format (Curtois & Qu, Instance1–24):
/// sections HORIZON, SHIFTS, STAFF, DAYS_OFF, SHIFT_ON_REQUESTS, SHIFT_OFF_REQUESTS, COVER.
public enum InstanceReader {
    public static func read(path: String) throws -> Problem {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FormatFailure(issues: [FormatIssue(file: path, line: 0, column: 0, message: "cannot read the file")])
        }
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return try parse(String(decoding: data, as: UTF8.self), file: path, name: name)
    }

    static let sections = ["SECTION_HORIZON", "SECTION_SHIFTS", "SECTION_STAFF", "SECTION_DAYS_OFF",
                           "SECTION_SHIFT_ON_REQUESTS", "SECTION_SHIFT_OFF_REQUESTS", "SECTION_COVER"]

    public static func parse(_ text: String, file: String, name: String) throws -> Problem {
        var issues: [FormatIssue] = []
        func fail(_ line: Int, _ column: Int, _ message: String) {
            issues.append(FormatIssue(file: file, line: line, column: column, message: message))
        }
        // Lines by section, with their line numbers, comments and blanks dropped.
        var bySection: [String: [(line: Int, fields: [String])]] = [:]
        var current: String?
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("SECTION_") {
                guard sections.contains(line) else {
                    fail(i + 1, 1, "unknown section \(line); expected one of \(sections.joined(separator: ", "))")
                    current = nil
                    continue
                }
                current = line
                bySection[line, default: []] = bySection[line] ?? []
                continue
            }
            guard let current else {
                fail(i + 1, 1, "a line outside any section")
                continue
            }
            bySection[current, default: []].append((i + 1, line.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }))
        }
        for section in sections where bySection[section] == nil {
            fail(1, 1, "missing \(section)")
        }
        func int(_ text: String, _ line: Int, _ column: Int, _ what: String, min: Int = 0) -> Int {
            guard let value = Int(text), value >= min else {
                fail(line, column, "expected \(what) (a whole number ≥ \(min)), found “\(text)”")
                return min
            }
            return value
        }

        var days = 0
        if let horizon = bySection["SECTION_HORIZON"] {
            if horizon.count != 1 || horizon[0].fields.count != 1 {
                fail(horizon.first?.line ?? 1, 1, "SECTION_HORIZON must hold one number")
            }
            if let first = horizon.first { days = int(first.fields[0], first.line, 1, "the number of days", min: 1) }
        }

        // Shifts: IDs first, so cannot-follow lists can refer to later shifts.
        let shiftLines = bySection["SECTION_SHIFTS"] ?? []
        var shiftIndex: [String: Int] = [:]
        for (i, entry) in shiftLines.enumerated() {
            if shiftIndex[entry.fields[0]] != nil { fail(entry.line, 1, "shift \(entry.fields[0]) is defined twice") }
            shiftIndex[entry.fields[0]] = i
        }
        var shifts: [ShiftType] = []
        for entry in shiftLines {
            guard entry.fields.count == 3 else {
                fail(entry.line, 1, "expected ShiftID, length in minutes, cannot-follow list (3 fields), found \(entry.fields.count)")
                continue
            }
            var cannot: Set<Int> = []
            for id in entry.fields[2].split(separator: "|").map({ $0.trimmingCharacters(in: .whitespaces) }) where !id.isEmpty {
                if let s = shiftIndex[id] { cannot.insert(s) } else { fail(entry.line, 3, "unknown shift \(id)") }
            }
            shifts.append(ShiftType(id: entry.fields[0], minutes: int(entry.fields[1], entry.line, 2, "minutes", min: 1),
                                    cannotFollow: cannot))
        }

        var workers: [Worker] = []
        var workerIndex: [String: Int] = [:]
        for entry in bySection["SECTION_STAFF"] ?? [] {
            guard entry.fields.count == 8 else {
                fail(entry.line, 1, "expected 8 fields (ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends), found \(entry.fields.count)")
                continue
            }
            var maxShifts = [Int](repeating: 0, count: shifts.count)
            var seen: Set<Int> = []
            for pair in entry.fields[1].split(separator: "|") {
                let parts = pair.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, let s = shiftIndex[parts[0]] else {
                    fail(entry.line, 2, "expected ShiftID=limit, found “\(pair)”")
                    continue
                }
                maxShifts[s] = int(parts[1], entry.line, 2, "a shift limit")
                seen.insert(s)
            }
            if seen.count != shifts.count { fail(entry.line, 2, "MaxShifts must name every shift type") }
            if workerIndex[entry.fields[0]] != nil { fail(entry.line, 1, "employee \(entry.fields[0]) is defined twice") }
            workerIndex[entry.fields[0]] = workers.count
            workers.append(Worker(
                id: entry.fields[0], maxShifts: maxShifts,
                maxTotalMinutes: int(entry.fields[2], entry.line, 3, "MaxTotalMinutes"),
                minTotalMinutes: int(entry.fields[3], entry.line, 4, "MinTotalMinutes"),
                maxConsecutiveShifts: int(entry.fields[4], entry.line, 5, "MaxConsecutiveShifts"),
                minConsecutiveShifts: int(entry.fields[5], entry.line, 6, "MinConsecutiveShifts"),
                minConsecutiveDaysOff: int(entry.fields[6], entry.line, 7, "MinConsecutiveDaysOff"),
                maxWeekends: int(entry.fields[7], entry.line, 8, "MaxWeekends")))
        }
        func worker(_ id: String, _ line: Int, _ column: Int) -> Int? {
            guard let w = workerIndex[id] else { fail(line, column, "unknown employee \(id)"); return nil }
            return w
        }
        func day(_ text: String, _ line: Int, _ column: Int) -> Int? {
            guard let d = Int(text), d >= 0, d < days else {
                fail(line, column, "expected a day from 0 to \(days - 1), found “\(text)”")
                return nil
            }
            return d
        }
        func shift(_ id: String, _ line: Int, _ column: Int) -> Int? {
            guard let s = shiftIndex[id] else { fail(line, column, "unknown shift \(id)"); return nil }
            return s
        }

        for entry in bySection["SECTION_DAYS_OFF"] ?? [] {
            guard let w = worker(entry.fields[0], entry.line, 1) else { continue }
            for (k, text) in entry.fields.enumerated().dropFirst() where !text.isEmpty {
                if let d = day(text, entry.line, k + 1) { workers[w].daysOff.insert(d) }
            }
        }
        func requests(_ section: String) -> [Request] {
            (bySection[section] ?? []).compactMap { entry in
                guard entry.fields.count == 4 else {
                    fail(entry.line, 1, "expected EmployeeID, Day, ShiftID, Weight, found \(entry.fields.count) fields")
                    return nil
                }
                guard let w = worker(entry.fields[0], entry.line, 1), let d = day(entry.fields[1], entry.line, 2),
                      let s = shift(entry.fields[2], entry.line, 3) else { return nil }
                return Request(worker: w, day: d, shift: s, weight: int(entry.fields[3], entry.line, 4, "a weight"))
            }
        }
        let on = requests("SECTION_SHIFT_ON_REQUESTS")
        let off = requests("SECTION_SHIFT_OFF_REQUESTS")

        var cover = [[Cover]](repeating: [Cover](repeating: Cover(requirement: 0, underWeight: 0, overWeight: 0),
                                                 count: shifts.count), count: days)
        for entry in bySection["SECTION_COVER"] ?? [] {
            guard entry.fields.count == 5 else {
                fail(entry.line, 1, "expected Day, ShiftID, Requirement, Weight for under, Weight for over, found \(entry.fields.count) fields")
                continue
            }
            guard let d = day(entry.fields[0], entry.line, 1), let s = shift(entry.fields[1], entry.line, 2) else { continue }
            cover[d][s] = Cover(requirement: int(entry.fields[2], entry.line, 3, "a requirement"),
                                underWeight: int(entry.fields[3], entry.line, 4, "a weight"),
                                overWeight: int(entry.fields[4], entry.line, 5, "a weight"))
        }
        if shifts.count > 127 { fail(1, 1, "at most 127 shift types are supported") }
        if !issues.isEmpty { throw FormatFailure(issues: issues) }
        return Problem(name: name, days: days, shifts: shifts, workers: workers, cover: cover, onRequests: on, offRequests: off)
    }
}
