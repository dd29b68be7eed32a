/// Replanning after an event: the published roster changes as little as possible, and
/// nothing before the event's day.
public enum Replan {
    /// Worker `worker` cannot work from day `from` to the end of the horizon. Their shifts from
    /// then on are taken away; the search may move others to cover them (each changed day costs
    /// `changeWeight`); every day before `from` is pinned.
    public static func absence(_ problem: Problem, published: Roster, worker: Int, from: Int,
                               changeWeight: Int = 50, options: SearchOptions) -> ReplanResult {
        var p = problem
        let days = p.days
        p.workers[worker].daysOff.formUnion(from..<days)
        // Someone who cannot come cannot be held to a minimum of time or of consecutive days.
        p.workers[worker].minTotalMinutes = 0
        p.workers[worker].minConsecutiveShifts = 0
        p.published = published
        p.changeWeight = changeWeight
        var pinned = p.pinned.isEmpty ? [Bool](repeating: false, count: p.workers.count * days) : p.pinned
        for w in 0..<p.workers.count {
            for d in 0..<min(from, days) { pinned[w * days + d] = true }
        }
        p.pinned = pinned
        var start = published
        for d in from..<days { start[worker, d] = nil }
        let result = Solver(p, options: options).run(start: start)
        var changes: [Change] = []
        for w in 0..<p.workers.count {
            for d in 0..<days where result.roster[w, d] != published[w, d] {
                changes.append(Change(worker: w, day: d, from: published[w, d], to: result.roster[w, d]))
            }
        }
        return ReplanResult(roster: result.roster, score: result.score, changes: changes, seconds: result.seconds)
    }
}
