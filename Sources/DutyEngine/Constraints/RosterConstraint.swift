import DutyModel

/// A rule about one worker's row of the roster (their days and shifts).
///
/// `penalty` is the fast path used by the search; `violations` explains it. The two must
/// agree: the sum of the violations' penalties is the penalty (checked in verify mode).
public protocol WorkerConstraint: Sendable {
    var id: String { get }
    var level: Level { get }
    func penalty(_ c: Context, worker w: Int, _ r: Roster) -> Int
    func violations(_ c: Context, worker w: Int, _ r: Roster) -> [Violation]
    /// How many penalty points make one unit of hard cost in the search (60 for rules in
    /// minutes, so an hour over weighs like a day over).
    var searchUnit: Int { get }
}

extension WorkerConstraint {
    public var searchUnit: Int { 1 }
}

/// Every constraint of the benchmark model, in the order explanations list them.
public enum Constraints {
    public static let workerConstraints: [any WorkerConstraint] = [
        ShiftRotation(), MaxShiftsPerType(), MaxTotalMinutes(), MinTotalMinutes(), MaxConsecutiveShifts(),
        MinConsecutiveShifts(), MinConsecutiveDaysOff(), MaxWeekends(), DaysOff(), ShiftOnRequest(), ShiftOffRequest(),
    ]

    /// IDs of every registered constraint, worker and cover ones and one shift per day.
    public static var ids: [String] {
        [OneShiftPerDay.id] + workerConstraints.map(\.id) + [CoverConstraint.id]
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
