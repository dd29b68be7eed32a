import Foundation

/// Reads and writes the benchmark's solution format: `employee,day,shift`, one row per
/// assignment; a missing employee/day pair is a day off.
public enum RosterFile {
    /// Reads a roster. A repeated row counts once; a second shift for the same employee and day is kept aside in
    /// `extra`, so the evaluator can report it as a broken "one shift per day" rule.
    ///
    /// Hostile files are refused as instance files are: no larger than an instance
    /// (``InstanceLimits/fileBytes``), each row's fields counted before it is split, every
    /// problem at file:line:column (the comma-separated field), at most ``InstanceLimits/issues``
    /// of them. What is allocated is the problem's roster, whatever the file says.
    public static func parse(_ text: String, file: String, problem: Problem) throws -> (roster: Roster, extra: [(worker: Int, day: Int, shift: Int)]) {
        try parse(bytes: Array(text.utf8), file: file, problem: problem)
    }

    public static func parse(bytes: [UInt8], file: String,
                      problem: Problem) throws(FormatFailure) -> (roster: Roster, extra: [(worker: Int, day: Int, shift: Int)]) {
        var issues = IssueList(file: file)
        if bytes.count > InstanceLimits.fileBytes {
            try issues.add(1, 1, "the text is larger than \(InstanceLimits.fileBytes / (1024 * 1024)) MB, the most that is read")
        }
        var roster = Roster(workers: problem.workers.count, days: problem.days)
        var extra: [(worker: Int, day: Int, shift: Int)] = []
        let workers = Dictionary(problem.workers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let shifts = Dictionary(problem.shifts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let comma = UInt8(ascii: ",")
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var sawHeader = false
        for line in TextLines(bytes, range: start..<bytes.count) where !line.text.isEmpty {
            let n = TextLines.count(line.text, comma)
            if !sawHeader {
                sawHeader = true
                if n == 3 && TextLines.split(line.text, comma) == ["employee", "day", "shift"] { continue }
                try issues.add(line.number, 1, "expected the header employee,day,shift")
                continue
            }
            guard n == 3 else {
                try issues.add(line.number, n > 3 ? 4 : n + 1, "expected employee,day,shift (3 fields), found \(n)")
                continue
            }
            let fields = TextLines.split(line.text, comma)
            guard let w = workers[fields[0]] else {
                try issues.add(line.number, 1, "unknown employee \(TextLines.shown(fields[0]))")
                continue
            }
            guard let d = Int(fields[1]), d >= 0, d < problem.days else {
                try issues.add(line.number, 2, "expected a day from 0 to \(problem.days - 1), found “\(TextLines.shown(fields[1]))”")
                continue
            }
            guard let s = shifts[fields[2]] else {
                try issues.add(line.number, 3, "unknown shift \(TextLines.shown(fields[2]))")
                continue
            }
            // The same row twice is one assignment; a different shift on a taken day is a second shift.
            if let taken = roster[w, d] {
                if taken != s { extra.append((w, d, s)) }
            } else {
                roster[w, d] = s
            }
        }
        try issues.check()
        return (roster, extra)
    }

    public static func read(path: String, problem: Problem) throws -> (roster: Roster, extra: [(worker: Int, day: Int, shift: Int)]) {
        try parse(bytes: BoundedFile.bytes(path, limit: InstanceLimits.fileBytes), file: path, problem: problem)
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
