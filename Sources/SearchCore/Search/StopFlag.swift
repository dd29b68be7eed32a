import Foundation

/// A request to stop a running search, safe to set from any thread (a key in the interface,
/// Ctrl-C in the CLI); the search ends after its current epoch and keeps the best so far.
public final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false

    public init() {}

    public func request() {
        lock.withLock { requested = true }
    }

    public var isRequested: Bool { lock.withLock { requested } }
}
