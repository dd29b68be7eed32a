/// Seconds since it was started, on the monotonic clock: how long a search or replan took,
/// and when its time budget is spent.
public struct Stopwatch: Sendable {
    private let clock = ContinuousClock()
    private let began: ContinuousClock.Instant

    public init() { began = clock.now }

    public func elapsed() -> Double {
        let d = began.duration(to: clock.now)
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
