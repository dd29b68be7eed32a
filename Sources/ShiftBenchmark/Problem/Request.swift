/// A worker's wish to work (on-request) or not work (off-request) a shift on a day.
public struct Request: Sendable, Hashable {
    public var worker: Int
    public var day: Int
    public var shift: Int
    public var weight: Int

    public init(worker: Int, day: Int, shift: Int, weight: Int) {
        self.worker = worker
        self.day = day
        self.shift = shift
        self.weight = weight
    }
}
