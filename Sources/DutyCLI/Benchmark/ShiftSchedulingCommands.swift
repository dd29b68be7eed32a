import DutyModel
import Foundation
import SearchCore
import ShiftBenchmark

/// The benchmark's commands: solve an instance, check a roster, replan after an absence.
public enum ShiftSchedulingCommands {
    /// `zhiban bench shift-scheduling`: solves `instance` and says the objective; each
    /// improvement on standard error when `verbose`; the best roster written to `out`.
    public static func solve(_ instance: String, options: SearchOptions, out: String?, verbose: Bool, _ console: Console) throws {
        let problem = try BenchmarkInstance.load(instance)
        let result = Solver(problem, options: options).run { improvement in
            if verbose {
                console.error(String(format: "%8.2fs %10d steps  %@", improvement.seconds, improvement.steps, improvement.score.description))
            }
        }
        if let out { try BenchmarkInstance.write(result.roster, of: problem, to: out) }
        let feasible = result.score.isFeasible ? "feasible" : "INFEASIBLE (hard \(result.score.hard))"
        console.out("\(problem.name): objective \(result.score.soft), \(feasible), \(String(format: "%.1f", result.seconds)) s, \(result.steps) moves per thread")
    }

    /// `zhiban bench check-roster`: every violation of `roster` and its objective; false when it
    /// breaks a hard rule.
    public static func check(_ instance: String, roster path: String, _ l: Language, _ console: Console) throws -> Bool {
        let problem = try BenchmarkInstance.load(instance)
        let parsed = try BenchmarkInstance.roster(path, for: problem)
        let c = Context(problem)
        for v in Evaluator.violations(c, parsed.roster, extra: parsed.extra) {
            console.out("\(v.level.rawValue)  \(v.constraint)  \(v.penalty)  \(v.message(l))")
        }
        let score = Evaluator.score(c, parsed.roster, extra: parsed.extra)
        console.out(score.isFeasible ? "feasible; objective \(score.soft)" : "INFEASIBLE: hard penalty \(score.hard); soft \(score.soft)")
        return score.isFeasible
    }

    /// `zhiban bench replan-roster`: `absent` cannot come from day `from` on; prints every change.
    public static func replan(_ instance: String, roster path: String, absent: String, from: Int, changeWeight: Int,
                              options: SearchOptions, out: String?, _ console: Console) throws {
        let problem = try BenchmarkInstance.load(instance)
        let published = try BenchmarkInstance.roster(path, for: problem).roster
        guard let worker = problem.workers.firstIndex(where: { $0.id == absent }) else {
            throw CLIError("no employee \(absent) in \(problem.name)")
        }
        guard (0..<problem.days).contains(from) else { throw CLIError("--from must be a day from 0 to \(problem.days - 1)") }
        let result = Replan.absence(problem, published: published, worker: worker, from: from, changeWeight: changeWeight,
                                    options: options)
        for change in result.changes {
            let name = { (s: Int?) in s.map { problem.shifts[$0].id } ?? "off" }
            console.out("\(problem.workers[change.worker].id) day \(change.day): \(name(change.from)) -> \(name(change.to))")
        }
        let own = result.changes.filter { $0.worker == worker }.count
        if let out { try BenchmarkInstance.write(result.roster, of: problem, to: out) }
        let c = Context(problem)
        let objective = Evaluator.score(c, result.roster)
        console.out("\(result.changes.count - own) changes besides \(absent)'s own \(own); \(result.score.isFeasible ? "feasible" : "INFEASIBLE"); "
                    + "objective \(objective.soft) (was \(Evaluator.score(c, published).soft)); \(String(format: "%.3f", result.seconds)) s")
    }
}
