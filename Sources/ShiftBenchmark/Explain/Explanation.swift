import SearchCore

/// Explanations of a benchmark roster: its violations grouped by rule, and the candidates for a
/// short shift with what blocks each.
public enum Explanation {
    /// Violations grouped by constraint ID, in the order of `Constraints.ids`.
    public static func grouped(_ violations: [Violation]) -> [(constraint: String, violations: [Violation])] {
        Constraints.ids.compactMap { id in
            let list = violations.filter { $0.constraint == id }
            return list.isEmpty ? nil : (id, list)
        }
    }

    /// Every worker as a candidate for `shift` on `day`: those who can take it first (by the
    /// soft cost to their own wishes), then those blocked, each with the rules that block them.
    public static func candidates(_ c: Context, _ roster: Roster, day: Int, shift: Int) -> [Candidate] {
        var result: [Candidate] = []
        for w in 0..<roster.workers where roster[w, day] != shift {
            var trial = roster
            trial[w, day] = shift
            var before: [Violation] = [], after: [Violation] = []
            var softBefore = 0, softAfter = 0
            for constraint in Constraints.workerConstraints {
                if constraint.level == .hard {
                    before += constraint.violations(c, worker: w, roster)
                    after += constraint.violations(c, worker: w, trial)
                } else {
                    softBefore += constraint.penalty(c, worker: w, roster)
                    softAfter += constraint.penalty(c, worker: w, trial)
                }
            }
            let new = after.filter { v in !before.contains(v) }
            result.append(Candidate(worker: w, current: roster[w, day], blockedBy: new, softChange: softAfter - softBefore))
        }
        return result.sorted {
            ($0.blockedBy.isEmpty ? 0 : 1, $0.blockedBy.count, $0.softChange, $0.worker)
                < ($1.blockedBy.isEmpty ? 0 : 1, $1.blockedBy.count, $1.softChange, $1.worker)
        }
    }
}
