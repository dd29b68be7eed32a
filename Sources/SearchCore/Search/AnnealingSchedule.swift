import Foundation

/// Geometric cooling: the temperature falls from `start` to `end` as the budget (or a cycle of
/// it) is used, `start · (end / start)^fraction`. Temperatures are in soft-penalty points.
public struct AnnealingSchedule: Sendable, Hashable {
    public let start: Double
    public let end: Double

    /// Cooling from `start` down to `end`.
    public init(from start: Double, to end: Double) {
        self.start = start
        self.end = end
    }

    /// The temperature when `fraction` (0–1) of the budget is used.
    @inlinable
    public func temperature(at fraction: Double) -> Double { start * pow(end / start, fraction) }
}
