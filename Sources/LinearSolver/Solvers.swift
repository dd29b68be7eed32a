import CClp

// The only module that calls COIN-OR's Clp: linear programmes re-solved warm as columns are
// added or bounded, for column generation.

/// A linear programme kept in Clp between solves, so that added columns re-solve from the
/// last basis.
public final class IncrementalLP {
    private let model: UnsafeMutableRawPointer
    public private(set) var columnCount = 0
    public let rowCount: Int
    /// The columns' upper bounds as last given to Clp.
    private var upper: [Double] = []

    /// Nil when Clp cannot make a model (out of memory).
    public init?(_ program: LinearProgram) {
        guard let model = Clp_newModel() else { return nil }
        self.model = model
        Clp_setLogLevel(model, 0)
        rowCount = program.rowLower.count
        let s = program.sparse(0..<program.columns.count)
        let rowUpper = program.rowUpper.map { $0.isFinite ? $0 : Double.greatestFiniteMagnitude }
        let rowLower = program.rowLower.map { $0.isFinite ? $0 : -Double.greatestFiniteMagnitude }
        Clp_loadProblem(model, Int32(program.columns.count), Int32(rowCount), s.starts, s.rows, s.values,
                        s.lower, s.upper, s.cost, rowLower, rowUpper)
        columnCount = program.columns.count
        upper = s.upper
    }

    deinit { Clp_deleteModel(model) }

    public func add(_ columns: [LinearProgram.Column]) {
        guard !columns.isEmpty else { return }
        var p = LinearProgram()
        p.columns = columns
        let s = p.sparse(0..<columns.count)
        Clp_addColumns(model, Int32(columns.count), s.lower, s.upper, s.cost, s.starts, s.rows, s.values)
        columnCount += columns.count
        upper += s.upper
    }

    /// Changes the upper bounds of some columns (for instance to 0, to take them out).
    public func setUpper(_ changes: [(column: Int, value: Double)]) {
        guard !changes.isEmpty else { return }
        for (column, value) in changes { upper[column] = value.isFinite ? value : Double.greatestFiniteMagnitude }
        Clp_chgColumnUpper(model, upper)
    }

    public struct Solution: Sendable {
        public let optimal: Bool
        public let objective: Double
        public let primal: [Double]
        public let duals: [Double]
    }

    /// Solves by the primal simplex from the last basis (the first time from scratch).
    public func solve() -> Solution {
        Clp_primal(model, 0)
        let optimal = Clp_status(model) == 0
        let primal = Array(UnsafeBufferPointer(start: Clp_primalColumnSolution(model), count: columnCount))
        let duals = Array(UnsafeBufferPointer(start: Clp_dualRowSolution(model), count: rowCount))
        return Solution(optimal: optimal, objective: Clp_objectiveValue(model), primal: primal, duals: duals)
    }
}
