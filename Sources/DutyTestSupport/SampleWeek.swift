import DutyEngine
import DutyModel
import DutySample

/// The small sample city with a deterministic roster of its first week (1,000 steps of one
/// search thread, seed 1): what the interface's and the runtime's tests work on.
public enum SampleWeek {
    public static let directory = SampleCity.generate(.small)
    public static let firstDay = SampleCity.referenceDate
    public static let assignments: [Assignment] = {
        let plan = DutyCompiler.compile(directory, from: firstDay, days: 7)
        let result = DutySolver(plan.problem, options: DutySearchOptions(seed: 1, steps: 1_000, threads: 1)).run()
        return plan.assignments(result.roster, source: .solver)
    }()
}
