/// Who works what: `shift(worker, day)` is a shift index or nil for a day off.
public struct Roster: Sendable, Hashable {
    public let workers: Int
    public let days: Int
    /// Row-major worker × day; -1 is a day off.
    public private(set) var cells: [Int8]

    public init(workers: Int, days: Int) {
        self.workers = workers
        self.days = days
        cells = [Int8](repeating: -1, count: workers * days)
    }

    public subscript(worker: Int, day: Int) -> Int? {
        get {
            let v = cells[worker * days + day]
            return v < 0 ? nil : Int(v)
        }
        set { cells[worker * days + day] = Int8(newValue ?? -1) }
    }

    /// The raw cell (-1 = off), for the hot loops of the search.
    @inline(__always) public func raw(_ worker: Int, _ day: Int) -> Int { Int(cells[worker * days + day]) }

    @inline(__always) public mutating func setRaw(_ worker: Int, _ day: Int, _ value: Int) {
        cells[worker * days + day] = Int8(value)
    }

}
