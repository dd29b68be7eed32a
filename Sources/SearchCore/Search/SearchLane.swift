/// One of the searches `Lanes` runs side by side, each on its own seed and thread.
///
/// `run` is called once per epoch and holds the problem's hot loop (thousands of moves), so
/// that loop stays inside its own module and is specialised there; nothing crosses a module
/// boundary per move.
public protocol SearchLane: AnyObject, Sendable {
    /// The best score this lane has seen (or adopted).
    var bestScore: Score { get }
    /// Runs `epoch.moves` moves, in parallel with the other lanes.
    func run(_ epoch: Epoch)
}
