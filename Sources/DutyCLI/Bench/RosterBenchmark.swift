import DutyEngine
import DutyModel
import SearchCore
import DutySample
import Foundation

/// `zhiban bench roster`: the sample city's roster — time to the first roster without hard
/// violations, the score after the time limit, coverage, the spread of hours, and replanning
/// after seeded random absences.
public enum RosterBenchmark {
    /// Rosters `days` days of the city (or the `small` sample) for `seconds` after construction
    /// (or `steps` moves per thread) on `threads` threads, then replans `absences` absences;
    /// `seed` seeds the search and the absences. `verbose` says each improvement and why slots
    /// stay short.
    public static func run(small: Bool, days: Int, seconds: Double, steps: Int?, seed: UInt64, threads: Int, absences: Int,
                           verbose: Bool, _ l: Language, _ console: Console) throws {
        let zh = l == .zh
        // English keeps the figures' form docs/benchmarks.md quotes.
        func score(_ s: Score) -> String { zh ? RosterText.score(s, l) : s.description }
        let began = Stopwatch()
        let directory = SampleCity.generate(small ? .small : .city)
        let plan = DutyCompiler.compile(directory, from: SampleCity.referenceDate, days: days)
        let problem = plan.problem
        let compiled = began.elapsed()
        let wanted = problem.slots.reduce(0) { $0 + $1.minimum }, compiledText = String(format: "%.3f", compiled)
        console.out(zh ? "示例\(small ? "小样本" : "城市")：\(problem.people.count) 人，\(days) 天共 \(problem.slots.count) 个班次，"
                         + "需 \(wanted) 人次；编译用时 \(compiledText) 秒"
                       : "sample \(small ? "small" : "city"): \(problem.people.count) people, \(problem.slots.count) slots over \(days) days, "
                         + "\(wanted) people wanted; compiled in \(compiledText) s")
        var options = DutySearchOptions(seed: seed, threads: threads)
        if let steps { options.steps = steps } else { options.seconds = seconds }
        let solver = DutySolver(problem, options: options)
        let started = Stopwatch()
        let result = solver.run { progress in
            if verbose {
                console.out(String(format: zh ? "  %7.2f 秒  %@  缺人 %d" : "  %7.2f s  %@  short %d", progress.seconds,
                                   score(progress.score), progress.shortSlots))
            }
        }
        let searched = started.elapsed()
        let first = result.firstFeasibleSeconds.map { String(format: "%.2f", $0 + compiled) + (zh ? " 秒" : " s") } ?? (zh ? "未得到" : "never")
        let (construction, final) = (score(result.constructionScore), score(result.score))
        console.out(zh ? "第一份没有硬约束违规的排班：\(first)（构造得分 \(construction)）"
                       : "first roster without hard violations: \(first) (construction score \(construction))")
        console.out(zh ? String(format: "搜索 %.1f 秒（每个线程 %d 步）后：得分 %@", searched, result.steps, final)
                       : String(format: "after %.1f s (%d steps per thread): score %@", searched, result.steps, final))
        let report = DutyReport(problem, result.roster)
        console.out(zh ? RosterText.coverage(report, l) + "；共 \(report.assignments) 条排班"
                       : "slots \(report.slots): fully staffed \(report.fullyStaffed), short \(report.shortSlots) "
                         + "(\(report.missingPersonHours) person-hours, role mix short \(report.roleMixShort)), "
                         + "short but fillable \(report.fillableShort); \(report.assignments) assignments")
        console.out(RosterText.spreadTable(report, l), terminator: "")
        guard absences > 0 else { return }
        replan(problem, result.roster, days: days, seed: seed, absences: absences, verbose: verbose, l, console)
    }

    /// Replans random people with duties after the middle of the horizon, each alone, and
    /// says how long it took and how much changed.
    static func replan(_ problem: DutyProblem, _ roster: DutyRoster, days: Int, seed: UInt64, absences: Int, verbose: Bool,
                       _ l: Language, _ console: Console) {
        let zh = l == .zh
        var rng = SeededRandom(seed: seed &+ 17)
        let byPerson = roster.slotsByPerson(problem)
        let from = days / 2 * 1440 + 8 * 60
        let busy = byPerson.indices.filter { p in byPerson[p].contains { problem.slots[Int($0)].start >= from } }
        var times: [Double] = [], changes: [Int] = [], hardCount = 0, own = 0, short = 0
        for _ in 0..<absences where !busy.isEmpty {
            let person = busy[Int(rng.next() % UInt64(busy.count))]
            let replan = DutyReplan.absence(problem, roster: roster, person: person, from: from)
            times.append(replan.seconds)
            changes.append(replan.otherChanges)
            own += replan.own.count
            short += replan.stillShort.count
            if verbose {
                for s in replan.stillShort {
                    var changed = problem
                    changed.people[person].available = []
                    let candidates = DutyExplain.candidates(changed, replan.roster, slot: s)
                    let free = candidates.filter { $0.block == nil }.count
                    var reasons: [String: Int] = [:]
                    for c in candidates { if let b = c.block { reasons[b.constraint, default: 0] += 1 } }
                    // Each rule by its name, not its ID.
                    let blocked = reasons.sorted { $0.key < $1.key }.map { rule, count in
                        "\(DutyConstraints.all.first { $0.id == rule }?.summary(l) ?? (zh ? "已在此班" : "already on it")) \(count)"
                    }.joined(separator: zh ? "、" : ", ")
                    console.out(zh ? "   仍缺人：\(problem.slots[s].label)——可排 \(free) 人，受阻：\(blocked)"
                                   : "   still short: \(problem.slots[s].label) — free \(free), blocked: \(blocked)")
                }
            }
            if !replan.score.isFeasible {
                hardCount += 1
                if verbose {
                    var changed = problem
                    changed.published = roster
                    for v in DutyEvaluator.violations(changed, replan.roster) where v.level == .hard { console.out("   \(v.message(l))") }
                }
            }
        }
        times.sort()
        console.out(String(format: zh ? "对第 %2$d 天 08:00 起的 %1$d 次缺勤重新排班：中位数 %3$.1f 毫秒，最多 %4$.1f 毫秒；平均每人自己的班次 %5$.1f 个；"
                                        + "平均改动其他排班 %6$.2f 条（最多 %7$d 条）；仍缺人 %8$d 个；有硬约束违规 %9$d 次"
                                      : "replan %d absences from day %d 08:00: median %.1f ms, max %.1f ms; their own slots %.1f on average; "
                                        + "other assignments changed %.2f on average (max %d); still short %d; with hard violations %d",
                           times.count, days / 2 + 1, times[times.count / 2] * 1000, (times.last ?? 0) * 1000,
                           Double(own) / Double(times.count), Double(changes.reduce(0, +)) / Double(changes.count),
                           changes.max() ?? 0, short, hardCount))
    }
}
