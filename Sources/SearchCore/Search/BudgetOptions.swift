/// Search options that carry a `SearchBudget`. `steps`, `seconds` and `target` read and write
/// the budget, so callers keep writing `options.steps = 20_000`.
public protocol BudgetOptions {
    var budget: SearchBudget { get set }
}

extension BudgetOptions {
    /// Moves per lane (deterministic), if set.
    public var steps: Int? {
        get { budget.steps }
        set { budget.steps = newValue }
    }

    /// Seconds to search, if set.
    public var seconds: Double? {
        get { budget.seconds }
        set { budget.seconds = newValue }
    }

    /// Stop as soon as the best score is at most this, if set.
    public var target: Score? {
        get { budget.target }
        set { budget.target = newValue }
    }
}
