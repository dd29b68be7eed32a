import LinearSolver
import Testing

/// Clp through the wrapper: an optimum, its duals, a column added later and a column bounded
/// out, on a programme small enough to solve by hand.
///
///     minimise x + y   subject to   x + 2y ≥ 4,   3x + y ≥ 6,   x, y ≥ 0
///
/// Both rows bind at the optimum x = 8/5, y = 6/5 (objective 14/5); their duals solve
/// a + 3b = 1, 2a + b = 1, so a = 2/5, b = 1/5.
struct IncrementalLPTests {
    func program() -> LinearProgram {
        var p = LinearProgram()
        p.addRow(lower: 4, upper: .infinity)
        p.addRow(lower: 6, upper: .infinity)
        p.addColumn(.init(cost: 1, entries: [(0, 1), (1, 3)]))
        p.addColumn(.init(cost: 1, entries: [(0, 2), (1, 1)]))
        return p
    }

    @Test func solvesWithDuals() throws {
        let lp = try #require(IncrementalLP(program()))
        let s = lp.solve()
        #expect(s.optimal)
        #expect(abs(s.objective - 14.0 / 5) < 1e-9)
        #expect(abs(s.primal[0] - 8.0 / 5) < 1e-9 && abs(s.primal[1] - 6.0 / 5) < 1e-9)
        #expect(abs(s.duals[0] - 2.0 / 5) < 1e-9 && abs(s.duals[1] - 1.0 / 5) < 1e-9)
    }

    /// A column priced below zero by those duals (cost 1 against 4·2/5 + 6·1/5 = 14/5) lowers
    /// the optimum to 1 when added; bounded to zero, it is out again.
    @Test func addedColumnsAndBoundsReSolve() throws {
        let lp = try #require(IncrementalLP(program()))
        _ = lp.solve()
        lp.add([.init(cost: 1, entries: [(0, 4), (1, 6)])])
        #expect(lp.columnCount == 3)
        let better = lp.solve()
        #expect(abs(better.objective - 1) < 1e-9)
        #expect(abs(better.primal[2] - 1) < 1e-9)
        lp.setUpper([(column: 2, value: 0)])
        let again = lp.solve()
        #expect(abs(again.objective - 14.0 / 5) < 1e-9)
        #expect(again.primal[2] == 0)
    }

    @Test func equalityRowsAndBoundedColumns() throws {
        // minimise 2x + 3y with x + y = 10, x ≤ 4: x = 4, y = 6, objective 26
        var p = LinearProgram()
        p.addRow(lower: 10, upper: 10)
        p.addColumn(.init(cost: 2, upper: 4, entries: [(0, 1)]))
        p.addColumn(.init(cost: 3, entries: [(0, 1)]))
        let s = try #require(IncrementalLP(p)).solve()
        #expect(s.optimal)
        #expect(abs(s.objective - 26) < 1e-9)
        #expect(abs(s.duals[0] - 3) < 1e-9)
    }
}
