import Foundation

/// While it lives, Ctrl-C calls `stop` (a search then stops early and keeps the best so far)
/// instead of ending the process.
final class InterruptStopper: @unchecked Sendable {
    private var source: DispatchSourceSignal?

    init(_ stop: @escaping @Sendable () -> Void) {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler(handler: stop)
        source.resume()
        self.source = source
    }

    deinit {
        source?.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
