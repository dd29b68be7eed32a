import Foundation

/// Reads and writes the benchmark's solution format: `employee,day,shift`, one row per
/// assignment; a missing employee/day pair is a day off.
public enum RosterFile {
    /// Reads a roster. A repeated row counts once; a second shift for the same employee and day is kept aside in
    /// `extra`, so the evaluator can report it as a broken "one shift per day" rule.
    public static func parse(_ text: String, file: String, problem: Problem) throws -> (roster: Roster, extra: [(worker: Int, day: Int, shift: Int)]) {
        var issues: [FormatIssue] = []
        var roster = Roster(workers: problem.workers.count, days: problem.days)
        var extra: [(worker: Int, day: Int, shift: Int)] = []
        let workers = Dictionary(problem.workers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let shifts = Dictionary(problem.shifts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var sawHeader = false
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if !sawHeader {
                sawHeader = true
                if fields == ["employee", "day", "shift"] { continue }
                issues.append(FormatIssue(file: file, line: i + 1, column: 1, message: "expected the header employee,day,shift"))
                continue
            }
            guard fields.count == 3 else {
                issues.append(FormatIssue(file: file, line: i + 1, column: 1, message: "expected employee,day,shift (3 fields), found \(fields.count)"))
                continue
            }
            guard let w = workers[fields[0]] else {
                issues.append(FormatIssue(file: file, line: i + 1, column: 1, message: "unknown employee \(fields[0])"))
                continue
            }
            guard let d = Int(fields[1]), d >= 0, d < problem.days else {
                issues.append(FormatIssue(file: file, line: i + 1, column: 2, message: "expected a day from 0 to \(problem.days - 1), found “\(fields[1])”"))
                continue
            }
            guard let s = shifts[fields[2]] else {
                issues.append(FormatIssue(file: file, line: i + 1, column: 3, message: "unknown shift \(fields[2])"))
                continue
            }
            // The same row twice is one assignment; a different shift on a taken day is a second shift.
            if let taken = roster[w, d] {
                if taken != s { extra.append((w, d, s)) }
            } else {
                roster[w, d] = s
            }
        }
        if !issues.isEmpty { throw FormatFailure(issues: issues) }
        return (roster, extra)
    }

    public static func read(path: String, problem: Problem) throws -> (roster: Roster, extra: [(worker: Int, day: Int, shift: Int)]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FormatFailure(issues: [FormatIssue(file: path, line: 0, column: 0, message: "cannot read the file")])
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path, problem: problem)
    }

    /// The roster as CSV, by employee then day.
    public static func text(_ roster: Roster, problem: Problem) -> String {
        var out = "employee,day,shift\n"
        for w in 0..<roster.workers {
            for d in 0..<roster.days {
                if let s = roster[w, d] { out += "\(problem.workers[w].id),\(d),\(problem.shifts[s].id)\n" }
            }
        }
        return out
    }
}
