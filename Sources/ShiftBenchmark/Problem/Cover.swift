/// The wanted headcount of one shift type on one day and the cost per person short or over.
public struct Cover: Sendable, Hashable {
    public var requirement: Int
    public var underWeight: Int
    public var overWeight: Int

    public init(requirement: Int, underWeight: Int, overWeight: Int) {
        (self.requirement, self.underWeight, self.overWeight) = (requirement, underWeight, overWeight)
    }
}
