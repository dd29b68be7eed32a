@testable import ShiftBenchmark
import Testing

/// The master programme models the objective exactly, the relaxation bounds every roster
/// from below, pricing finds the row of least reduced cost, and a dive gives a roster that
/// keeps every hard rule.
@Suite(.enabled(if: BenchmarkFiles.available, "the benchmark folder is not beside the package"))
struct ColumnGenerationTests {
    func published(_ instance: Int) throws -> (Problem, Roster) {
        let p = try BenchmarkFiles.instance(instance)
        let (r, _) = try RosterFile.read(path: "\(BenchmarkFiles.folder)/reference-solutions/Instance\(instance).csv", problem: p)
        return (p, r)
    }

    /// With one row per worker the master has one solution: that roster, whose cost must be
    /// the evaluator's objective (wishes in the rows, cover in the slacks).
    @Test(arguments: [1, 2, 4, 8])
    func theMasterOverOneRosterCostsItsObjective(_ instance: Int) throws {
        let (p, roster) = try published(instance)
        let c = Context(p)
        let pool = ColumnGeneration(c)
        #expect(pool.add(roster) == p.workers.count)
        let value = try #require(pool.solveRelaxation())
        #expect(abs(value - Double(Evaluator.score(c, roster).soft)) < 1e-6)
    }

    /// A row that breaks a hard worker rule never enters the pool.
    @Test func rowsBreakingHardRulesStayOut() throws {
        let (p, roster) = try published(1)
        let pool = ColumnGeneration(Context(p))
        var broken = roster
        for d in 0..<p.days { broken[0, d] = 0 }  // worker 0 on every day: too long a run
        #expect(Evaluator.score(Context(p), broken).hard > 0)
        #expect(pool.add(broken) == p.workers.count - 1)
        #expect(pool.rows[0].isEmpty)
        #expect(pool.solveRelaxation() == nil)
    }

    @Test(arguments: [1, 4])
    func theRelaxationIsALowerBoundAndADiveKeepsTheHardRules(_ instance: Int) throws {
        let (p, roster) = try published(instance)
        let c = Context(p)
        let pool = ColumnGeneration(c)
        pool.add(roster)
        pool.generate(rounds: 500)
        #expect(pool.converged)
        let bound = pool.relaxation
        #expect(bound <= Double(Evaluator.score(c, roster).soft) + 1e-6)
        let dived = try #require(pool.dive(rounds: 500))
        let score = Evaluator.score(c, dived)
        #expect(score.hard == 0, "\(Evaluator.violations(c, dived).filter { $0.level == .hard })")
        #expect(Double(score.soft) >= bound - 1e-6)
        // the same pool and rounds dive to the same roster
        let again = ColumnGeneration(c)
        again.add(roster)
        again.generate(rounds: 500)
        #expect(again.dive(rounds: 500) == dived)
    }

    /// The priced row's reduced cost is at most that of every row in the pool (the dynamic
    /// programme's option costs are rounded to a thousandth, hence the tolerance).
    @Test(arguments: [2, 8])
    func pricingFindsTheLeastReducedCost(_ instance: Int) throws {
        let (p, roster) = try published(instance)
        let pool = ColumnGeneration(Context(p))
        pool.add(roster)
        pool.generate(rounds: 3)
        #expect(pool.solveRelaxation() != nil)
        var priced = 0
        for w in 0..<p.workers.count {
            guard let (row, reduced) = pool.price(w) else { continue }
            priced += 1
            #expect(row.count == p.days)
            for pooled in pool.rows[w] {
                var rc = Double(pool.ownCost(w, pooled)) - pool.workerDuals[w]
                for d in 0..<p.days where pooled[d] >= 0 { rc -= pool.coverDuals[d * p.shifts.count + Int(pooled[d])] }
                #expect(reduced <= rc + 1e-3 * Double(p.days), "worker \(w)")
            }
        }
        #expect(priced == p.workers.count)
    }
}
