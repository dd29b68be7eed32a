import Foundation
import LinearSolver

/// Whole rows recombined through the linear relaxation: a pool of rows (columns) per worker,
/// each keeping every hard worker rule, and a master programme that picks one per worker to
/// minimise the rows' own costs plus cover. The pool grows from the rosters the annealing
/// finds and from column generation: the relaxation's duals price the days and shifts, and
/// the row dynamic programme (`WorkerDP`) finds for each worker the row of least reduced cost.
/// A dive then holds workers to the rows the relaxation picks until each has one.
///
/// The relaxation's optimum is also a lower bound on the objective when pricing has
/// converged (every worker's pricing ran and found nothing negative).
///
/// Not thread-safe; it prices workers on several threads itself, while nothing changes.
final class ColumnGeneration: @unchecked Sendable {
    let c: Context
    let m: FastModel
    let dp: WorkerDP
    /// Each worker's own cost of each option on each day: `own[w][d * (shifts + 1) + x + 1]`.
    let own: [[Int]]
    /// The rows in the pool, per worker, and the set of them for de-duplication.
    private(set) var rows: [[[Int8]]]
    private var seen: [Set<[Int8]>]
    /// Columns already in the linear programme, per worker (a prefix of `rows[w]`), and
    /// their indexes there.
    private var inLP: [Int]
    private var lpColumn: [[Int]]
    /// While diving: the row each worker is held to, if any.
    private var fixed: [Int?]
    private var lp: IncrementalLP?
    /// Duals of the last linear solve: per worker (convexity) and per day and shift (cover).
    private(set) var workerDuals: [Double] = []
    private(set) var coverDuals: [Double] = []
    /// The last relaxation's objective, and whether pricing had converged on it.
    private(set) var relaxation = Double.nan
    private(set) var converged = false
    /// An empty roster for checking one row at a time.
    private var probe: Roster
    /// Scale of the duals for the integer dynamic programme.
    static let scale = 1000

    init(_ c: Context) {
        self.c = c
        m = FastModel(c)
        let dp = WorkerDP(m, c)
        self.dp = dp
        let width = m.days * (m.shifts + 1)
        own = (0..<m.workers).map { w in
            var costs = [Int](repeating: 0, count: width)
            dp.addOwnCosts(w, to: &costs, scale: 1)
            return costs
        }
        probe = Roster(workers: m.workers, days: m.days)
        rows = Array(repeating: [], count: m.workers)
        seen = Array(repeating: [], count: m.workers)
        inLP = Array(repeating: 0, count: m.workers)
        lpColumn = Array(repeating: [], count: m.workers)
        fixed = Array(repeating: nil, count: m.workers)
    }

    var columnCount: Int { rows.reduce(0) { $0 + $1.count } }

    /// A row's own cost (wishes, change).
    func ownCost(_ w: Int, _ row: [Int8]) -> Int {
        var total = 0
        for d in 0..<m.days { total += own[w][d * (m.shifts + 1) + Int(row[d]) + 1] }
        return total
    }

    /// Adds `w`'s row when it keeps every hard worker rule and is new; returns whether it was added.
    @discardableResult
    func add(_ w: Int, _ row: [Int8]) -> Bool {
        guard !seen[w].contains(row) else { return false }
        // the row's hard worker rules, checked on a scratch roster that holds only it
        for d in 0..<m.days { probe.setRaw(w, d, Int(row[d])) }
        var scratch = [Int](repeating: 0, count: m.shifts)
        let hard = WorkerCost.compute(m, w, probe, scratch: &scratch).hard
        for d in 0..<m.days { probe.setRaw(w, d, -1) }
        guard hard == 0 else { return false }
        if !m.pinned.isEmpty {
            // pinned cells are the same in every roster of the search; a row must keep them
            for d in 0..<m.days where m.pinned[w * m.days + d] && rows[w].first.map({ $0[d] != row[d] }) ?? false {
                return false
            }
        }
        seen[w].insert(row)
        rows[w].append(row)
        return true
    }

    /// Adds every row of a roster that keeps the hard worker rules; returns how many were new.
    @discardableResult
    func add(_ roster: Roster) -> Int {
        var added = 0
        for w in 0..<m.workers {
            let row = (0..<m.days).map { Int8(roster.raw(w, $0)) }
            if add(w, row) { added += 1 }
        }
        return added
    }

    private func coverRow(_ d: Int, _ s: Int) -> Int { m.workers + d * m.shifts + s }

    private func column(_ w: Int, _ row: [Int8]) -> LinearProgram.Column {
        var entries: [(row: Int, value: Double)] = [(w, 1)]
        for d in 0..<m.days where row[d] >= 0 { entries.append((coverRow(d, Int(row[d])), 1)) }
        return LinearProgram.Column(cost: Double(ownCost(w, row)), lower: 0, upper: 1, entries: entries)
    }

    /// The master programme: one row per worker (pick one column), one per day and shift
    /// (cover, with slack for under and over); the pool's columns come after the slacks.
    private func master() -> (program: LinearProgram, firstColumn: [Int]) {
        var p = LinearProgram()
        for _ in 0..<m.workers { p.addRow(lower: 1, upper: 1) }
        for d in 0..<m.days {
            for s in 0..<m.shifts {
                let r = Double(c.problem.cover[d][s].requirement)
                p.addRow(lower: r, upper: r)
            }
        }
        for d in 0..<m.days {
            for s in 0..<m.shifts {
                let cover = c.problem.cover[d][s]
                p.addColumn(.init(cost: Double(cover.underWeight), entries: [(coverRow(d, s), 1)]))
                p.addColumn(.init(cost: Double(cover.overWeight), entries: [(coverRow(d, s), -1)]))
            }
        }
        var first = [Int]()
        for w in 0..<m.workers {
            first.append(p.columns.count)
            for row in rows[w] { p.addColumn(column(w, row)) }
        }
        return (p, first)
    }

    /// Whether every worker has at least one row: the master has a solution.
    var isComplete: Bool { rows.allSatisfy { !$0.isEmpty } }

    /// Rounds of column generation: solve the relaxation, price each worker's row against
    /// its duals, add the rows of negative reduced cost. Stops after `rounds`, when nothing
    /// prices out, or when `shouldStop` says so. Returns the columns added.
    /// Solves the relaxation over the pool as it is, without pricing, and keeps its duals;
    /// nil when the pool lacks a row for some worker or Clp fails.
    @discardableResult
    func solveRelaxation() -> Double? {
        guard isComplete else { return nil }
        if lp == nil {
            let (p, first) = master()
            lp = IncrementalLP(p)
            for w in 0..<m.workers {
                inLP[w] = rows[w].count
                lpColumn[w] = Array(first[w]..<first[w] + rows[w].count)
            }
        }
        guard let lp else { return nil }
        // rows added to the pool since the last solve (from the annealing) join first;
        // while diving, a held worker's new rows are out
        var fresh: [LinearProgram.Column] = []
        for w in 0..<m.workers {
            for row in rows[w][inLP[w]...] {
                var col = column(w, row)
                if fixed[w] != nil { col.upper = 0 }
                lpColumn[w].append(lp.columnCount + fresh.count)
                fresh.append(col)
            }
            inLP[w] = rows[w].count
        }
        lp.add(fresh)
        let solution = lp.solve()
        guard solution.optimal else { return nil }
        relaxation = solution.objective
        primal = solution.primal
        workerDuals = Array(solution.duals[0..<m.workers])
        coverDuals = Array(solution.duals[m.workers...])
        return relaxation
    }

    /// Rounds of column generation: solve the relaxation, price each worker's row against
    /// its duals, add the rows of negative reduced cost. Stops after `rounds`, when nothing
    /// prices out, or when `shouldStop` says so. Returns the rows added.
    @discardableResult
    func generate(rounds: Int, shouldStop: () -> Bool = { false }) -> Int {
        var added = 0
        for _ in 0..<rounds {
            if shouldStop() { break }
            guard solveRelaxation() != nil else { break }
            // price every worker not held, on both cores
            let open = (0..<m.workers).filter { fixed[$0] == nil }
            let priced = Prices(count: open.count)
            DispatchQueue.concurrentPerform(iterations: open.count) { i in priced.set(i, price(open[i])) }
            var newRows = 0
            var complete = true
            for (i, w) in open.enumerated() {
                guard let (row, reduced) = priced.values[i] else { complete = false; continue }
                if reduced < -1e-6, add(w, row.map { Int8($0) }) { newRows += 1 }
            }
            added += newRows
            converged = complete && newRows == 0
            if newRows == 0 { break }
        }
        return added
    }

    /// The last relaxation's column values.
    private var primal: [Double] = []

    /// Results of pricing written from several threads, one slot each.
    private final class Prices: @unchecked Sendable {
        var values: [(row: [Int], reduced: Double)?]
        let lock = NSLock()
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: (row: [Int], reduced: Double)?) {
            lock.lock()
            values[i] = value
            lock.unlock()
        }
    }

    /// A roster by diving: generate columns, hold the workers whose rows the relaxation
    /// picks whole (or else the one it leans to most), and again until every worker is
    /// held. `rounds` bounds the column generation between two holds. Nil when `stop` says
    /// so: the rows generated stay in the pool for the next dive.
    func dive(rounds: Int, stop: () -> Bool = { false }) -> Roster? {
        guard isComplete else { return nil }
        fixed = Array(repeating: nil, count: m.workers)
        defer { release() }
        while fixed.contains(where: { $0 == nil }) {
            generate(rounds: rounds, shouldStop: stop)
            if stop() { return nil }
            guard let lp, primal.count == lp.columnCount else { return nil }
            // the chosen row of each worker not held, by its value in the relaxation
            var choice: [(w: Int, j: Int, value: Double)] = []
            for w in 0..<m.workers where fixed[w] == nil {
                guard let j = lpColumn[w].indices.max(by: { primal[lpColumn[w][$0]] < primal[lpColumn[w][$1]] }) else { return nil }
                choice.append((w, j, primal[lpColumn[w][j]]))
            }
            let whole = choice.filter { $0.value > 0.999 }
            guard let leaning = choice.max(by: { $0.value < $1.value }) else { return nil }
            let hold = whole.isEmpty ? [leaning] : whole
            var changes: [(column: Int, value: Double)] = []
            for h in hold {
                fixed[h.w] = h.j
                for (k, col) in lpColumn[h.w].enumerated() where k != h.j { changes.append((col, 0)) }
            }
            lp.setUpper(changes)
        }
        var roster = Roster(workers: m.workers, days: m.days)
        for w in 0..<m.workers {
            guard let j = fixed[w] else { return nil }
            for d in 0..<m.days { roster.setRaw(w, d, Int(rows[w][j][d])) }
        }
        return roster
    }

    /// Frees every held worker: their columns are back in the relaxation.
    private func release() {
        guard let lp else { return }
        var changes: [(column: Int, value: Double)] = []
        for w in 0..<m.workers where fixed[w] != nil {
            for col in lpColumn[w] { changes.append((col, 1)) }
            fixed[w] = nil
        }
        lp.setUpper(changes)
    }

    /// The row of least reduced cost for `w` under the current duals, and that reduced cost.
    func price(_ w: Int) -> (row: [Int], reduced: Double)? {
        let shifts = m.shifts, scale = Double(ColumnGeneration.scale)
        var optionCost = [Int](repeating: 0, count: m.days * (shifts + 1))
        for d in 0..<m.days {
            for x in -1..<shifts {
                var cost = Double(own[w][d * (shifts + 1) + x + 1])
                if x >= 0 { cost -= coverDuals[d * shifts + x] }
                optionCost[d * (shifts + 1) + x + 1] = Int((cost * scale).rounded())
            }
        }
        let pinned = rows[w].first
        guard let (row, _) = dp.cheapestRow(w, optionCost: optionCost, limit: WorkerDP.maxPricingWork,
                                              current: { Int(pinned?[$0] ?? -1) }) else {
            return nil
        }
        // the exact reduced cost of the row found
        var exact = Double(ownCost(w, row.map { Int8($0) })) - workerDuals[w]
        for d in 0..<m.days where row[d] >= 0 { exact -= coverDuals[d * shifts + row[d]] }
        return (row, exact)
    }
}
