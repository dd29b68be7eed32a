/// A problem with the look-ups the constraints need, built once per solve.
public struct Context: Sendable {
    public let problem: Problem
    /// Requests by worker.
    public let onRequests: [[Request]]
    public let offRequests: [[Request]]
    /// Days off as a flag per worker and day.
    public let dayOff: [[Bool]]

    public init(_ problem: Problem) {
        self.problem = problem
        var on = [[Request]](repeating: [], count: problem.workers.count)
        var off = on
        for r in problem.onRequests { on[r.worker].append(r) }
        for r in problem.offRequests { off[r.worker].append(r) }
        onRequests = on
        offRequests = off
        dayOff = problem.workers.map { w in (0..<problem.days).map { w.daysOff.contains($0) } }
    }

    public func workerName(_ w: Int) -> String { problem.workers[w].id }
    public func shiftName(_ s: Int) -> String { problem.shifts[s].id }
}
