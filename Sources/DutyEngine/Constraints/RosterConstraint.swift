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

    /// IDs of every registered constraint, worker and cover ones and one shift per day.
    public static var ids: [String] { catalogue.map(\.id) }

    /// Every constraint with its level, what it asks and its penalty, in explanation order.
    public static var catalogue: [(id: String, level: Level, summary: Localized, penalty: String)] {
        ([OneShiftPerDay()] + workerConstraints.map { $0 as any ConstraintInfo } + [CoverConstraint()])
            .map { ($0.id, $0.level, $0.summary, $0.penaltyUnit) }
    }

    /// docs/constraints.md, generated from the catalogue (a test checks it is up to date).
    public static var markdown: String {
        var out = """
            # Constraints

            Generated from `Constraints.catalogue` (Sources/DutyEngine/Constraints); do not edit by hand.
            Each constraint is one file there and has one test file in Tests/DutyEngineTests/Constraints.
            A hard constraint must hold; a soft one adds its penalty to the objective.

            | id | level | rule | 规则 | one penalty point |
            |---|---|---|---|---|

            """
        for c in catalogue {
            out += "| \(c.id) | \(c.level.rawValue) | \(c.summary.en) | \(c.summary.zh) | \(c.penalty) |\n"
        }
        out += """

            ## Duty rosters (slots with times)

            Generated from `DutyConstraints.all` (Sources/DutyEngine/Duty/Constraints); each has one
            test file in Tests/DutyEngineTests/DutyConstraints. These rule the rosters of compounds and
            posts (`zhiban solve`), where a person may hold several slots a day. Limits and weights are
            `DutySettings`; the defaults are below.

            | id | level | rule | 规则 | one penalty point |
            |---|---|---|---|---|

            """
        for c in DutyConstraints.all {
            out += "| \(c.id) | \(c.level.rawValue) | \(c.summary.en) | \(c.summary.zh) | \(c.penaltyUnit) |\n"
        }
        let d = DutySettings()
        out += """

            Defaults (`DutySettings`): a long shift is at least \(d.longShiftMinutes / 60) h and needs \(d.restAfterLongMinutes / 60) h \
            of rest around it; at most \(d.maxMinutesPerDay / 60) h of duty start on one day; at most \(d.maxNightsPerWeek) nights \
            per 7-day block; a person without a weekly limit counts as \(DutyCompiler.defaultMaxHoursPerWeek) h. Weights: \
            understaffing \(d.understaffWeight) and role mix \(d.roleMixWeight) per missing person-hour, away from home \
            \(d.awayWeight) (other area \(d.otherAreaWeight)) per hour, hours fairness ×\(d.hoursFairnessWeight), night \
            fairness ×\(d.nightFairnessWeight), a change to a published roster \(d.changeWeight).

            """
        return out
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
