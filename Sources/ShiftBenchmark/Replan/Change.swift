/// One cell of the roster that a replan changed.
public struct Change: Sendable, Hashable {
    public let worker: Int
    public let day: Int
    public let from: Int?
    public let to: Int?
}
