/// A compound, by name (for messages) and the index of its area.
public struct DutyPlace: Sendable, Hashable {
    public var name: String
    public var area: Int

    public init(name: String, area: Int) {
        self.name = name
        self.area = area
    }
}
