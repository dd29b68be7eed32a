import DutyEngine
import DutyModel

/// `zhiban solve`: fills every post's slots over a range of days (pinned assignments stay;
/// the stored roster is the starting point), says the score, what is short and how evenly hours
/// fall, and stores the roster unless it is a dry run.
public enum SolveCommand {
    /// Searches `seconds` after the first roster (or `steps` moves per thread, deterministic)
    /// with `seed` on `threads` threads; with `stopsOnInterrupt`, Ctrl-C stops early and keeps
    /// the best so far.
    public static func run(_ store: any RosterStore, _ range: RosterRange, seconds: Double, steps: Int?, seed: UInt64, threads: Int,
                           dryRun: Bool, stopsOnInterrupt: Bool = false, _ l: Language, _ console: Console) throws {
        let zh = l == .zh
        let (version, plan) = try range.load(store, l, keepExisting: true)
        let start = plan.start, end = start.adding(days: plan.problem.days - 1)
        var search = DutySearchOptions(seed: seed, threads: max(1, threads))
        if let steps { search.steps = steps } else { search.seconds = max(0, seconds) }
        let solver = DutySolver(plan.problem, options: search)
        let stopper = stopsOnInterrupt ? InterruptStopper { solver.stop() } : nil
        let result = withExtendedLifetime(stopper) {
            solver.run(start: plan.current) { console.progress(RosterText.progress($0, l)) }
        }
        console.progress("")
        let report = DutyReport(plan.problem, result.roster)
        let wanted = plan.problem.slots.reduce(0) { $0 + $1.minimum }
        console.out(zh ? "排班 \(start) 至 \(end)：\(report.slots) 个班次，至少需 \(wanted) 人次；已锁定 \(plan.problem.pinned.count) 条"
                       : "Roster \(start) to \(end): \(report.slots) slots needing at least \(wanted) people; \(plan.problem.pinned.count) pinned")
        let first = result.firstFeasibleSeconds.map(RosterText.seconds) ?? "—"
        let searched = RosterText.seconds(result.seconds), score = RosterText.score(result.score, l)
        console.out(zh ? "搜索 \(searched) 秒（首个无硬冲突排班 \(first) 秒），得分 \(score)"
                       : "Searched \(searched) s (first roster without hard violations at \(first) s), score \(score)")
        console.out(RosterText.coverage(report, l))
        if !result.score.isFeasible {
            console.out(zh ? "注意：仍有硬约束冲突（多为锁定的排班），请运行 zhiban explain 查看" : "Note: hard violations remain (usually pinned assignments); run zhiban explain")
        }
        console.out(RosterText.spreadTable(report, l), terminator: "")
        if dryRun {
            let (added, removed) = result.roster.changes(from: plan.current)
            console.out(zh ? "试运行：将新增 \(added.count) 条、撤下 \(removed.count) 条（未写入）"
                           : "Dry run: would add \(added.count) and remove \(removed.count) assignments (nothing written)")
            return
        }
        try RosterText.store(plan.assignments(result.roster, source: .solver), from: start, to: end, action: "solve",
                             into: store, basedOn: version, l, console)
    }
}
