import SearchCore

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
                (`zhiban bench shift-scheduling`, `zhiban bench check-roster`), where each worker works at most
                one shift type a day.
                """,
            constraints: all)
    }
}
