import DutyModel
import SearchCore

/// A rule about one worker's row of the roster (their days and shifts).
///
/// `penalty` is the fast path used by the search; `violations` explains it. The two must
/// agree: the sum of the violations' penalties is the penalty (checked in verify mode).
public protocol WorkerConstraint: ConstraintInfo {
    func penalty(_ c: Context, worker w: Int, _ r: Roster) -> Int
    func violations(_ c: Context, worker w: Int, _ r: Roster) -> [Violation]
    /// How many penalty points make one unit of hard cost in the search (60 for rules in
    /// minutes, so an hour over weighs like a day over).
    var searchUnit: Int { get }
}

extension WorkerConstraint {
    public var searchUnit: Int { 1 }
}

extension ConstraintInfo {
    /// A violation of this rule about a worker (if any), days (if any) and a shift type (if any).
    func violation(worker: Int?, days: ClosedRange<Int>?, shift: Int?, penalty: Int, _ message: Localized) -> Violation {
        var entities: [Violation.Entity] = []
        if let worker { entities.append(.person(worker)) }
        if let days { entities.append(.days(days)) }
        if let shift { entities.append(.shiftType(shift)) }
        return Violation(constraint: id, level: level, entities: entities, penalty: penalty, message: message)
    }
}

/// Every constraint of the benchmark model, in the order explanations list them.
public enum Constraints {
    public static let workerConstraints: [any WorkerConstraint] = [
        ShiftRotation(), MaxShiftsPerType(), MaxTotalMinutes(), MinTotalMinutes(), MaxConsecutiveShifts(),
        MinConsecutiveShifts(), MinConsecutiveDaysOff(), MaxWeekends(), DaysOff(), ShiftOnRequest(), ShiftOffRequest(),
        MinimalChange(),
    ]

    /// Every registered constraint in explanation order: one shift per day, the worker rules, cover.
    public static var all: [any ConstraintInfo] {
        [OneShiftPerDay()] + workerConstraints.map { $0 as any ConstraintInfo } + [CoverConstraint()]
    }

    /// IDs of every registered constraint, worker and cover ones and one shift per day.
    public static var ids: [String] { all.map(\.id) }

    /// The benchmark's part of docs/constraints.md.
    public static var section: ConstraintSection {
        ConstraintSection(
            title: "Shift-scheduling benchmark (one shift per worker per day)",
            introduction: """
                From `Constraints.all` (Sources/ShiftBenchmark/Constraints); each is one file there and has one
                test file in Tests/ShiftBenchmarkTests/Constraints. These rule the standard benchmark's rosters
                (`zhiban bench shift-scheduling`, `zhiban check-roster`), where each worker works at most one shift
                type a day.
                """,
            constraints: all)
    }
}

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
