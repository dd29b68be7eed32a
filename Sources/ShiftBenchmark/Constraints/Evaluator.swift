import SearchCore

/// Scores whole rosters and explains them, constraint by constraint.
public enum Evaluator {
    /// Headcount per day and shift type.
    public static func counts(_ r: Roster, shifts: Int) -> [[Int]] {
        var counts = [[Int]](repeating: [Int](repeating: 0, count: shifts), count: r.days)
        for w in 0..<r.workers {
            for d in 0..<r.days where r.raw(w, d) >= 0 { counts[d][r.raw(w, d)] += 1 }
        }
        return counts
    }

    /// Hard and soft penalty of one worker's row.
    public static func workerScore(_ c: Context, _ w: Int, _ r: Roster) -> Score {
        var score = Score.zero
        for constraint in Constraints.workerConstraints {
            let p = constraint.penalty(c, worker: w, r)
            if constraint.level == .hard { score.hard += p } else { score.soft += p }
        }
        return score
    }

    public static func coverPenalty(_ c: Context, counts: [[Int]]) -> Int {
        var total = 0
        for d in 0..<c.problem.days {
            for s in 0..<c.problem.shifts.count { total += CoverConstraint.penalty(c.problem.cover[d][s], count: counts[d][s]) }
        }
        return total
    }

    /// The score of a roster (with any second shifts a roster file gave someone on one day).
    public static func score(_ c: Context, _ r: Roster, extra: [(worker: Int, day: Int, shift: Int)] = []) -> Score {
        var score = Score(hard: extra.count, soft: 0)
        for w in 0..<r.workers { score = score + workerScore(c, w, r) }
        var counts = counts(r, shifts: c.problem.shifts.count)
        for e in extra { counts[e.day][e.shift] += 1 }
        score.soft += coverPenalty(c, counts: counts)
        return score
    }

    /// Every violation, hard ones first, then by constraint, worker and day.
    public static func violations(_ c: Context, _ r: Roster, extra: [(worker: Int, day: Int, shift: Int)] = []) -> [Violation] {
        var result = OneShiftPerDay().violations(c, extra: extra)
        for constraint in Constraints.workerConstraints where constraint.level == .hard {
            for w in 0..<r.workers { result += constraint.violations(c, worker: w, r) }
        }
        for constraint in Constraints.workerConstraints where constraint.level == .soft {
            for w in 0..<r.workers { result += constraint.violations(c, worker: w, r) }
        }
        var counts = counts(r, shifts: c.problem.shifts.count)
        for e in extra { counts[e.day][e.shift] += 1 }
        result += CoverConstraint().violations(c, counts: counts)
        return result
    }
}
