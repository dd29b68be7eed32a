/// One problem form's part of the constraint catalogue: a heading, where its rules live, the
/// rules in explanation order, and notes such as default limits and weights.
public struct ConstraintSection: Sendable {
    public var title: String
    /// Paragraph before the table (where the rules and their tests are, what they rule).
    public var introduction: String
    public var constraints: [any ConstraintInfo]
    /// Paragraph after the table, empty for none.
    public var notes: String

    public init(title: String, introduction: String, constraints: [any ConstraintInfo], notes: String = "") {
        self.title = title
        self.introduction = introduction
        self.constraints = constraints
        self.notes = notes
    }

    /// IDs of the section's constraints, in order.
    public var ids: [String] { constraints.map(\.id) }
}
