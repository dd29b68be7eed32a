import DutyModel
import Foundation
import SearchCore
import ShiftBenchmark

/// The benchmark's commands: solve an instance, check a roster, replan after an absence.
public enum ShiftSchedulingCommands {
    /// `zhiban bench shift-scheduling`: solves `instance` and says the objective; each
    /// improvement on standard error when `verbose`; the best roster written to `out`.
    public static func solve(_ instance: String, options: SearchOptions, out: String?, force: Bool = false, verbose: Bool,
                             _ l: Language, _ console: Console) throws {
        let zh = l == .zh
        try BenchmarkInstance.checkOut(out, force: force, l)
        let problem = try BenchmarkInstance.load(instance, l)
        let result = Solver(problem, options: options).run { improvement in
            if verbose {
                console.error(String(format: zh ? "%8.2f 秒 %10d 步  %@" : "%8.2fs %10d steps  %@", improvement.seconds, improvement.steps,
                                     improvement.score.description))
            }
        }
        if let out { try BenchmarkInstance.write(result.roster, of: problem, to: out, force: force, l) }
        let seconds = String(format: "%.1f", result.seconds)
        if zh {
            let feasible = result.score.isFeasible ? "可行" : "不可行（硬约束罚分 \(result.score.hard)）"
            console.out("\(problem.name)：目标值 \(result.score.soft)，\(feasible)，\(seconds) 秒，每个线程 \(result.steps) 步")
        } else {
            let feasible = result.score.isFeasible ? "feasible" : "INFEASIBLE (hard \(result.score.hard))"
            console.out("\(problem.name): objective \(result.score.soft), \(feasible), \(seconds) s, \(result.steps) moves per thread")
        }
    }

    /// `zhiban bench check-roster`: every violation of `roster` and its objective; false when it
    /// breaks a hard rule.
    public static func check(_ instance: String, roster path: String, _ l: Language, _ console: Console) throws -> Bool {
        let zh = l == .zh
        let problem = try BenchmarkInstance.load(instance, l)
        let parsed = try BenchmarkInstance.roster(path, for: problem)
        let c = Context(problem)
        for v in Evaluator.violations(c, parsed.roster, extra: parsed.extra) {
            // The level and the rule in words: the rule's ID is for docs/constraints.md.
            let level = v.level == .hard ? (zh ? "硬" : "hard") : (zh ? "软" : "soft")
            let rule = Constraints.all.first { $0.id == v.constraint }?.summary(l) ?? v.constraint
            console.out("\(level)  \(rule)  \(v.penalty)  \(v.message(l))")
        }
        let score = Evaluator.score(c, parsed.roster, extra: parsed.extra)
        console.out(zh ? (score.isFeasible ? "可行；目标值 \(score.soft)" : "不可行：硬约束罚分 \(score.hard)；软约束 \(score.soft)")
                       : (score.isFeasible ? "feasible; objective \(score.soft)" : "INFEASIBLE: hard penalty \(score.hard); soft \(score.soft)"))
        return score.isFeasible
    }

    /// `zhiban bench replan-roster`: `absent` cannot come from day `from` on; prints every change.
    public static func replan(_ instance: String, roster path: String, absent: String, from: Int, changeWeight: Int,
                              options: SearchOptions, out: String?, force: Bool = false, _ l: Language,
                              _ console: Console) throws {
        let zh = l == .zh
        try BenchmarkInstance.checkOut(out, force: force, l)
        let problem = try BenchmarkInstance.load(instance, l)
        let published = try BenchmarkInstance.roster(path, for: problem).roster
        guard let worker = problem.workers.firstIndex(where: { $0.id == absent }) else {
            throw CLIError(zh ? "\(problem.name) 中没有员工“\(absent)”" : "no employee \(absent) in \(problem.name)")
        }
        guard (0..<problem.days).contains(from) else {
            throw CLIError(zh ? "--from 应为 0 到 \(problem.days - 1) 之间的一天" : "--from must be a day from 0 to \(problem.days - 1)")
        }
        let result = Replan.absence(problem, published: published, worker: worker, from: from, changeWeight: changeWeight,
                                    options: options)
        for change in result.changes {
            let name = { (s: Int?) in s.map { problem.shifts[$0].id } ?? (zh ? "休息" : "off") }
            console.out(zh ? "\(problem.workers[change.worker].id) 第 \(change.day) 天：\(name(change.from)) → \(name(change.to))"
                           : "\(problem.workers[change.worker].id) day \(change.day): \(name(change.from)) -> \(name(change.to))")
        }
        let own = result.changes.filter { $0.worker == worker }.count
        if let out { try BenchmarkInstance.write(result.roster, of: problem, to: out, force: force, l) }
        let c = Context(problem)
        let objective = Evaluator.score(c, result.roster), was = Evaluator.score(c, published).soft
        let seconds = String(format: "%.3f", result.seconds)
        console.out(zh ? "除 \(absent) 自己的 \(own) 处外改动 \(result.changes.count - own) 处；\(result.score.isFeasible ? "可行" : "不可行")；"
                         + "目标值 \(objective.soft)（原为 \(was)）；\(seconds) 秒"
                       : "\(result.changes.count - own) changes besides \(absent)'s own \(own); \(result.score.isFeasible ? "feasible" : "INFEASIBLE"); "
                         + "objective \(objective.soft) (was \(was)); \(seconds) s")
    }
}
