/// Runs of consecutive working days (or days off) of one worker: start day and length,
/// and whether the run touches the start or end of the horizon.
struct Run {
    let start: Int
    let length: Int
    let touchesBorder: Bool
}

extension Roster {
    /// Calls `body` for each run of working days (`working == true`) or days off of a worker.
    @inline(__always)
    func forEachRun(of w: Int, working: Bool, _ body: (Run) -> Void) {
        var d = 0
        while d < days {
            if (raw(w, d) >= 0) == working {
                let start = d
                while d < days && (raw(w, d) >= 0) == working { d += 1 }
                body(Run(start: start, length: d - start, touchesBorder: start == 0 || d == days))
            } else {
                d += 1
            }
        }
    }
}

extension Roster {
    /// Days short of `limit` summed over the runs (of work or of days off) that do not touch
    /// the horizon's edges: the shared measure of the two minimum-run rules.
    func shortfall(of w: Int, working: Bool, limit: Int) -> Int {
        var n = 0
        forEachRun(of: w, working: working) { run in if !run.touchesBorder { n += max(0, limit - run.length) } }
        return n
    }

    /// The runs that are too short, with their first and last day.
    func shortRuns(of w: Int, working: Bool, limit: Int) -> [(run: Run, last: Int)] {
        var result: [(run: Run, last: Int)] = []
        forEachRun(of: w, working: working) { run in
            if !run.touchesBorder && run.length < limit { result.append((run, run.start + run.length - 1)) }
        }
        return result
    }
}
