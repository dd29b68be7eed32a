import Foundation
import SearchCore
import ShiftBenchmark

/// The benchmark instance reader. Refused: a `FormatFailure` whose issues (at most the limit,
/// plus the note that it stopped) all lie in the text, at a line it has and at most one field
/// past that line's last. Accepted: a problem whose sizes are the text's, counted again here
/// line by line; every index in range; every number within ``InstanceLimits``; and the empty
/// roster costs what the benchmark's README says it must (every cover requirement short, every
/// shift-on request missed), computed without trapping.
enum InstanceFuzzTarget {
    static let target = FuzzTarget(name: "instance", corpus: InstanceSeeds.corpus, dictionary: InstanceSeeds.dictionary) {
        _, bytes, _ in check(bytes)
    }

    static func check(_ bytes: [UInt8]) -> FuzzOutcome {
        do {
            let problem = try InstanceReader.parse(bytes: bytes, file: "fuzz.txt", name: "fuzz")
            if let broken = mismatch(problem, bytes) { return .broken(broken) }
            return .accepted
        } catch {
            if let broken = misplaced(error.issues, bytes, file: "fuzz.txt") { return .broken(broken) }
            return .rejected
        }
    }

    /// What is wrong with the issues of a refusal, if anything.
    static func misplaced(_ issues: [FormatIssue], _ bytes: [UInt8], file: String) -> String? {
        guard !issues.isEmpty else { return "refused without an issue" }
        guard issues.count <= InstanceLimits.issues + 1 else { return "\(issues.count) issues, more than the limit" }
        let lines = FuzzCheck.lines(bytes)
        for issue in issues {
            guard issue.file == file else { return "an issue names the file \(issue.file)" }
            guard (1...lines.count).contains(issue.line) else { return "\(issue): line outside 1...\(lines.count)" }
            let fields = lines[issue.line - 1].reduce(1) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }
            guard (1...fields + 1).contains(issue.column) else { return "\(issue): column outside 1...\(fields + 1)" }
        }
        return nil
    }

    /// What is wrong with an accepted problem, if anything.
    static func mismatch(_ p: Problem, _ bytes: [UInt8]) -> String? {
        let counted = SectionCount(bytes)
        let sizes = [p.shifts.count, p.workers.count, p.onRequests.count, p.offRequests.count]
        let expected = ["SECTION_SHIFTS", "SECTION_STAFF", "SECTION_SHIFT_ON_REQUESTS", "SECTION_SHIFT_OFF_REQUESTS"]
            .map { counted.lines[$0] ?? -1 }
        guard p.days == counted.days, sizes == expected else {
            return "sizes \(p.days), \(sizes) but the text has \(counted.days.map(String.init) ?? "no horizon"), \(expected)"
        }
        let covered = p.cover.joined().filter { $0 != Cover(requirement: 0, underWeight: 0, overWeight: 0) }.count
        guard p.cover.count == p.days, p.cover.allSatisfy({ $0.count == p.shifts.count }),
              covered <= counted.lines["SECTION_COVER"] ?? 0 else { return "the cover table does not match the text" }
        guard p.days <= InstanceLimits.days, p.shifts.count <= InstanceLimits.shifts, p.workers.count <= InstanceLimits.staff,
              p.days * p.workers.count <= InstanceLimits.cells else { return "a size beyond its limit" }
        guard Set(p.shifts.map(\.id)).count == p.shifts.count, Set(p.workers.map(\.id)).count == p.workers.count else {
            return "an ID twice"
        }
        let shifts = 0..<p.shifts.count, days = 0..<p.days, workers = 0..<p.workers.count
        for s in p.shifts where !(1...InstanceLimits.shiftMinutes).contains(s.minutes) || !s.cannotFollow.isSubset(of: Set(shifts)) {
            return "shift \(s.id) out of range"
        }
        for w in p.workers where w.maxShifts.count != p.shifts.count || !w.daysOff.isSubset(of: Set(days))
            || ([w.maxTotalMinutes, w.minTotalMinutes, w.maxConsecutiveShifts, w.minConsecutiveShifts, w.minConsecutiveDaysOff,
                 w.maxWeekends] + w.maxShifts).contains(where: { !(0...InstanceLimits.number).contains($0) }) {
            return "employee \(w.id) out of range"
        }
        for r in p.onRequests + p.offRequests where !workers.contains(r.worker) || !days.contains(r.day) || !shifts.contains(r.shift)
            || !(0...InstanceLimits.weight).contains(r.weight) {
            return "request \(r) out of range"
        }
        for c in p.cover.joined() where !(0...InstanceLimits.requirement).contains(c.requirement)
            || !(0...InstanceLimits.weight).contains(c.underWeight) || !(0...InstanceLimits.weight).contains(c.overWeight) {
            return "cover \(c) out of range"
        }
        // Kept to sizes a fuzz input reaches in a moment.
        guard p.days * p.workers.count <= 100_000 else { return nil }
        let empty = Evaluator.score(Context(p), Roster(workers: p.workers.count, days: p.days))
        let owed = p.cover.joined().reduce(0) { $0 + $1.requirement * $1.underWeight } + p.onRequests.reduce(0) { $0 + $1.weight }
        guard empty.soft == owed else { return "the empty roster costs \(empty.soft), not \(owed)" }
        return nil
    }
}

/// The lines of each section of an instance text and its horizon, counted the simplest way:
/// a second reading of the text for the fuzz target to compare the reader's problem with.
struct SectionCount {
    var lines: [String: Int] = [:]
    var days: Int?

    init(_ bytes: [UInt8]) {
        var section = ""
        for raw in FuzzCheck.lines(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes) {
            let line = String(decoding: raw, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.utf8.first == UInt8(ascii: "#") { continue }
            if line.utf8.starts(with: "SECTION_".utf8) {
                section = line
                lines[section] = 0
                continue
            }
            lines[section, default: 0] += 1
            if section == "SECTION_HORIZON" { days = Int(line) }
        }
    }
}
