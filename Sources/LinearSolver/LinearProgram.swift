/// A linear programme in column form, to minimise: each column has a cost, bounds and its
/// entries in the rows; each row has bounds.
public struct LinearProgram: Sendable {
    public struct Column: Sendable {
        public var cost: Double
        public var lower: Double
        public var upper: Double
        /// (row, coefficient) pairs.
        public var entries: [(row: Int, value: Double)]

        public init(cost: Double, lower: Double = 0, upper: Double = .infinity,
                    entries: [(row: Int, value: Double)]) {
            self.cost = cost
            self.lower = lower
            self.upper = upper
            self.entries = entries
        }
    }

    public var rowLower: [Double] = []
    public var rowUpper: [Double] = []
    public var columns: [Column] = []

    public init() {}

    /// Adds a row `lower ≤ Σ ≤ upper` and returns its index.
    @discardableResult
    public mutating func addRow(lower: Double, upper: Double) -> Int {
        rowLower.append(lower)
        rowUpper.append(upper)
        return rowLower.count - 1
    }

    @discardableResult
    public mutating func addColumn(_ column: Column) -> Int {
        columns.append(column)
        return columns.count - 1
    }

    /// The columns in compressed sparse form: starts, row indexes, values, bounds and costs.
    func sparse(_ range: Range<Int>) -> (starts: [Int32], rows: [Int32], values: [Double],
                                          lower: [Double], upper: [Double], cost: [Double]) {
        var starts: [Int32] = [0], rows: [Int32] = [], values: [Double] = []
        var lower: [Double] = [], upper: [Double] = [], cost: [Double] = []
        for c in columns[range] {
            for e in c.entries { rows.append(Int32(e.row)); values.append(e.value) }
            starts.append(Int32(rows.count))
            lower.append(c.lower)
            upper.append(c.upper.isFinite ? c.upper : Double.greatestFiniteMagnitude)
            cost.append(c.cost)
        }
        return (starts, rows, values, lower, upper, cost)
    }
}
