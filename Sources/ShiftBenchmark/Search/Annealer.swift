import DutyModel
import SearchCore

/// One simulated-annealing search over a roster, with incremental scoring of moves:
/// only the workers a move touches are rescored, and cover changes only on the cells it
/// touches. In verify mode every accepted move is checked against a full recomputation.
struct Annealer {
    let c: Context
    let m: FastModel
    var hardWeight: Int
    let verify: Bool
    var rng: SeededRandom
    var roster: Roster
    var counts: [[Int]]
    var workerCosts: [WorkerCost]
    var hard = 0, hardUnits = 0, soft = 0
    var scratch: [Int]
    /// Cells a worker may never take, for move sampling: worker × shift allowed at all.
    let allowed: [[Int]]
    let dp: WorkerDP

    init(_ c: Context, roster: Roster, seed: UInt64, hardWeight: Int, verify: Bool) {
        self.c = c
        m = FastModel(c)
        self.hardWeight = hardWeight
        self.verify = verify
        rng = SeededRandom(seed: seed)
        self.roster = roster
        scratch = [Int](repeating: 0, count: c.problem.shifts.count)
        counts = Evaluator.counts(roster, shifts: c.problem.shifts.count)
        workerCosts = []
        allowed = c.problem.workers.map { w in [-1] + w.maxShifts.indices.filter { w.maxShifts[$0] > 0 } }
        dp = WorkerDP(m, c)
        for w in 0..<roster.workers {
            let cost = WorkerCost.compute(m, w, roster, scratch: &scratch)
            workerCosts.append(cost)
            hard += cost.hard
            hardUnits += cost.hardUnits
            soft += cost.soft
        }
        soft += Evaluator.coverPenalty(c, counts: counts)
    }

    var score: Score { Score(hard: hard, soft: soft) }

    @inline(__always)
    func coverDelta(_ d: Int, _ s: Int, _ change: Int) -> Int {
        let cover = c.problem.cover[d][s], n = counts[d][s]
        return CoverConstraint.penalty(cover, count: n + change) - CoverConstraint.penalty(cover, count: n)
    }

    mutating func next(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }

    /// Percent of moves that go to a worker who breaks hard rules, while there is one.
    var focus = 50

    /// A worker to move: while hard rules are broken, `focus` percent of the time one who breaks them.
    mutating func pickWorker() -> Int {
        let workers = c.problem.workers.count
        if hardUnits > 0 && next(100) < focus {
            var k = next(workers)
            for _ in 0..<workers {
                if workerCosts[k].hardUnits > 0 { return k }
                k = k + 1 == workers ? 0 : k + 1
            }
        }
        return next(workers)
    }

    /// Accepts a cost change at temperature `t` (Metropolis rule).
    mutating func accept(_ delta: Int, _ t: Double) -> Bool {
        Metropolis.accepts(delta, at: t, using: &rng)
    }

    /// Sets worker `w` to `values` on days `start..<start+values.count`, if the annealing rule accepts.
    mutating func trySet(_ w: Int, _ start: Int, _ values: [Int], _ t: Double) -> Bool {
        if !m.pinned.isEmpty {
            for k in values.indices where m.pinned[w * m.days + start + k] && roster.raw(w, start + k) != values[k] { return false }
        }
        var coverChange = 0
        var old = [Int]()
        old.reserveCapacity(values.count)
        for (k, v) in values.enumerated() {
            let d = start + k, o = roster.raw(w, d)
            old.append(o)
            if o == v { continue }
            if o >= 0 { coverChange += coverDelta(d, o, -1); counts[d][o] -= 1 }
            if v >= 0 { coverChange += coverDelta(d, v, 1); counts[d][v] += 1 }
            roster.setRaw(w, d, v)
        }
        if old == values { return false }
        let new = WorkerCost.compute(m, w, roster, scratch: &scratch)
        let before = workerCosts[w]
        let delta = (new.hardUnits - before.hardUnits) * hardWeight + (new.soft - before.soft) + coverChange
        if accept(delta, t) {
            workerCosts[w] = new
            hard += new.hard - before.hard
            hardUnits += new.hardUnits - before.hardUnits
            soft += new.soft - before.soft + coverChange
            if verify { check() }
            return true
        }
        for (k, o) in old.enumerated().reversed() {
            let d = start + k, v = roster.raw(w, d)
            if v == o { continue }
            if v >= 0 { counts[d][v] -= 1 }
            if o >= 0 { counts[d][o] += 1 }
            roster.setRaw(w, d, o)
        }
        return false
    }

    /// Swaps days `start..<start+length` between two workers (cover does not change).
    mutating func trySwap(_ a: Int, _ b: Int, _ start: Int, _ length: Int, _ t: Double) -> Bool {
        trySwap(a, b, days: Array(start..<start + length), t)
    }

    /// Swaps the given days between two workers (cover does not change).
    mutating func trySwap(_ a: Int, _ b: Int, days: [Int], _ t: Double) -> Bool {
        var same = true
        for d in days where roster.raw(a, d) != roster.raw(b, d) {
            same = false
            if !m.pinned.isEmpty && (m.pinned[a * m.days + d] || m.pinned[b * m.days + d]) { return false }
        }
        if same { return false }
        for d in days {
            let x = roster.raw(a, d)
            roster.setRaw(a, d, roster.raw(b, d))
            roster.setRaw(b, d, x)
        }
        let na = WorkerCost.compute(m, a, roster, scratch: &scratch)
        let nb = WorkerCost.compute(m, b, roster, scratch: &scratch)
        let oa = workerCosts[a], ob = workerCosts[b]
        let delta = (na.hardUnits + nb.hardUnits - oa.hardUnits - ob.hardUnits) * hardWeight
            + (na.soft + nb.soft - oa.soft - ob.soft)
        if accept(delta, t) {
            workerCosts[a] = na
            workerCosts[b] = nb
            hard += na.hard + nb.hard - oa.hard - ob.hard
            hardUnits += na.hardUnits + nb.hardUnits - oa.hardUnits - ob.hardUnits
            soft += na.soft + nb.soft - oa.soft - ob.soft
            if verify { check() }
            return true
        }
        for d in days {
            let x = roster.raw(a, d)
            roster.setRaw(a, d, roster.raw(b, d))
            roster.setRaw(b, d, x)
        }
        return false
    }

    /// One random move at temperature `t`; true when it was accepted.
    mutating func step(_ t: Double) -> Bool {
        let p = c.problem
        let workers = p.workers.count, days = p.days
        let kind = next(100)
        if kind < 30 {
            // change one day of one worker to another shift or off
            let w = pickWorker(), d = next(days)
            let options = allowed[w]
            return trySet(w, d, [options[next(options.count)]], t)
        } else if kind < 65 {
            // swap a block of days, or two separate days, between two workers (cover unchanged)
            guard workers > 1 else { return false }
            let a = pickWorker()
            var b = next(workers - 1)
            if b >= a { b += 1 }
            if kind < 55 {
                let length = 1 + next(min(days, 7))
                return trySwap(a, b, next(days - length + 1), length, t)
            }
            let d1 = next(days), d2 = next(days)
            return d1 == d2 ? false : trySwap(a, b, days: [d1, d2], t)
        } else if kind < 80 {
            // set a block of days of one worker to one shift, or off
            let w = pickWorker()
            let length = 2 + next(min(days - 1, 6))
            let options = allowed[w]
            let v = options[next(options.count)]
            return trySet(w, next(days - length + 1), [Int](repeating: v, count: length), t)
        } else if kind < 85 && days >= 14 {
            // exchange two blocks of one worker's days (often two weekends)
            let w = pickWorker()
            var length = 2, d1 = 7 * next(days / 7) + 5, d2 = 7 * next(days / 7) + 5
            if next(2) == 0 {
                length = 1 + next(4)
                d1 = next(days - length + 1)
                d2 = next(days - length + 1)
            }
            if d1 > d2 { swap(&d1, &d2) }
            guard d2 - d1 >= length else { return false }
            var values = (d1..<d2 + length).map { roster.raw(w, $0) }
            for k in 0..<length { values.swapAt(k, d2 - d1 + k) }
            return trySet(w, d1, values, t)
        } else if kind < 90 {
            // move a block of one worker's days one day earlier or later
            let w = pickWorker()
            let length = 2 + next(min(days - 1, 6))
            let start = next(days - length + 1)
            var values = (start..<start + length).map { roster.raw(w, $0) }
            if next(2) == 0 { values.append(values.removeFirst()) } else { values.insert(values.removeLast(), at: 0) }
            return trySet(w, start, values, t)
        } else {
            // give a short-staffed shift one more person, or take one from an overstaffed one
            let d = next(days), s = next(p.shifts.count)
            let cover = p.cover[d][s]
            let w = next(workers)
            let current = roster.raw(w, d)
            if counts[d][s] < cover.requirement {
                guard current != s, p.workers[w].maxShifts[s] > 0 else { return false }
                return trySet(w, d, [s], t)
            }
            guard current == s else { return false }
            return trySet(w, d, [-1], t)
        }
    }

    /// Rebuilds one worker's row as the best given everyone else (dynamic programming), kept
    /// when it does not make the roster worse: over every row that keeps the hard rules where
    /// that state space is small enough, else over the rows whose running totals stay within
    /// `slack` of the row's own (`WorkerDP.cheapestRow`).
    mutating func tryRebuild(slack: Int = 2) -> Bool {
        let w = pickWorker()
        let whole = dp.work(w) <= WorkerDP.maxWork
        guard let row = dp.bestRow(w, roster: roster, counts: counts, slack: whole ? nil : slack) else { return false }
        return trySet(w, 0, row, 0)
    }

    /// Writes `values` into worker `w`'s row, keeping the cover counts; returns the cover change.
    mutating func writeRow(_ w: Int, _ values: [Int]) -> Int {
        var coverChange = 0
        for (d, v) in values.enumerated() {
            let o = roster.raw(w, d)
            if o == v { continue }
            if o >= 0 { coverChange += coverDelta(d, o, -1); counts[d][o] -= 1 }
            if v >= 0 { coverChange += coverDelta(d, v, 1); counts[d][v] += 1 }
            roster.setRaw(w, d, v)
        }
        return coverChange
    }

    /// Rebuilds worker `w`'s row by dynamic programming and keeps it when it lowers the cost.
    mutating func improveRow(_ w: Int) -> Bool {
        guard let row = dp.bestRow(w, roster: roster, counts: counts) else { return false }
        let old = (0..<c.problem.days).map { roster.raw(w, $0) }
        if old == row { return false }
        let coverChange = writeRow(w, row)
        let new = WorkerCost.compute(m, w, roster, scratch: &scratch), before = workerCosts[w]
        let delta = (new.hardUnits - before.hardUnits) * hardWeight + new.soft - before.soft + coverChange
        if delta < 0 {
            workerCosts[w] = new
            hard += new.hard - before.hard
            hardUnits += new.hardUnits - before.hardUnits
            soft += new.soft - before.soft + coverChange
            return true
        }
        _ = writeRow(w, old)
        return false
    }

    /// Ruin and recreate: clears the rows of `k` workers and rebuilds them one after
    /// another in random order, each as the best row given everyone else (dynamic
    /// programming, so each rebuilt row keeps every hard worker rule), then rebuilds
    /// rows again while that helps (up to `passes` rounds over the cleared workers). The
    /// result is accepted by the annealing rule at temperature `t`.
    mutating func tryRuinRecreate(_ k: Int, _ t: Double, passes: Int = 0) -> Bool {
        let workers = c.problem.workers.count, days = c.problem.days
        guard workers >= k, k > 0 else { return false }
        var chosen = [pickWorker()]
        while chosen.count < k {
            let w = next(workers)
            if !chosen.contains(w) { chosen.append(w) }
        }
        let saved = (roster, counts, workerCosts, hard, hardUnits, soft)
        let before = score, beforeUnits = hardUnits
        for w in chosen {
            let cleared = (0..<days).map { d in !m.pinned.isEmpty && m.pinned[w * days + d] ? roster.raw(w, d) : -1 }
            soft += writeRow(w, cleared)
            let cost = WorkerCost.compute(m, w, roster, scratch: &scratch), old = workerCosts[w]
            hard += cost.hard - old.hard
            hardUnits += cost.hardUnits - old.hardUnits
            soft += cost.soft - old.soft
            workerCosts[w] = cost
        }
        var rebuilt = true
        for i in chosen.indices.reversed() {
            let j = next(i + 1)
            chosen.swapAt(i, j)
        }
        for w in chosen {
            guard let row = dp.bestRow(w, roster: roster, counts: counts) else { rebuilt = false; break }
            soft += writeRow(w, row)
            let cost = WorkerCost.compute(m, w, roster, scratch: &scratch), old = workerCosts[w]
            hard += cost.hard - old.hard
            hardUnits += cost.hardUnits - old.hardUnits
            soft += cost.soft - old.soft
            workerCosts[w] = cost
        }
        if rebuilt {
            for _ in 0..<passes {
                var changed = false
                for w in chosen where improveRow(w) { changed = true }
                if !changed { break }
            }
            let delta = (hardUnits - beforeUnits) * hardWeight + score.soft - before.soft
            if accept(delta, t) {
                if verify { check() }
                return true
            }
        }
        (roster, counts, workerCosts, hard, hardUnits, soft) = saved
        return false
    }

    /// Recomputes everything from scratch and stops on any difference (verify mode).
    func check() {
        let full = Evaluator.score(c, roster)
        precondition(full == score, "incremental score \(score) differs from full recomputation \(full)")
        precondition(Evaluator.counts(roster, shifts: c.problem.shifts.count) == counts, "cover counts differ")
        var units = 0
        for w in 0..<roster.workers {
            let reference = WorkerCost.reference(c, w, roster)
            precondition(reference == workerCosts[w], "worker \(w): fast cost \(workerCosts[w]) differs from constraints \(reference)")
            units += reference.hardUnits
        }
        precondition(units == hardUnits, "hard units differ")
    }
}
