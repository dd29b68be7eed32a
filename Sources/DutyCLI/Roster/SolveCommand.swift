import DutyEngine
import DutyModel

/// `zhiban solve`: fills every post's slots over a range of days (pinned assignments stay;
/// the stored roster is the starting point), says the score, what is short and how evenly hours
/// fall, and stores the roster unless it is a dry run.
///
/// The roster goes through the hard-rule guard over the whole weeks of the range before it is
/// stored: a pinned duty, a search cut short or a week only partly in the range can leave a
/// hard rule broken, and then nothing is stored without `--override-reason`.
public enum SolveCommand {
    /// Searches `seconds` after the first roster (or `steps` moves per thread, deterministic)
    /// with `seed` on `threads` threads; with `stopsOnInterrupt`, Ctrl-C stops early and keeps
    /// the best so far. `overrideReason` keeps a roster that breaks a hard rule, with the reason;
    /// `verify` checks the search's bookkeeping as it goes (tests).
    public static func run(_ store: any RosterStore, _ range: RosterRange, seconds: Double, steps: Int?, seed: UInt64, threads: Int,
                           dryRun: Bool, overrideReason: String? = nil, verify: Bool = false, stopsOnInterrupt: Bool = false,
                           _ l: Language, _ console: Console) throws {
        let reason = try CommandGuard.reason(overrideReason, l)
        try StaleRetry.run(Localized(zh: "本次排班", en: "this solve"), l, console) {
            try once(store, range, seconds: seconds, steps: steps, seed: seed, threads: threads, dryRun: dryRun, reason: reason,
                     verify: verify, stopsOnInterrupt: stopsOnInterrupt, l, console)
        }
    }

    /// One read, search and write; refused as a whole when what it read changed meanwhile.
    static func once(_ store: any RosterStore, _ range: RosterRange, seconds: Double, steps: Int?, seed: UInt64, threads: Int,
                     dryRun: Bool, reason: String?, verify: Bool, stopsOnInterrupt: Bool, _ l: Language, _ console: Console) throws {
        let zh = l == .zh
        let (version, plan) = try range.load(store, l, keepExisting: true)
        let start = plan.start, end = start.adding(days: plan.problem.days - 1)
        let weeks = CommandGuard.weeks(start, end)
        let directory = try store.loadDirectory(), stored = try store.assignments(from: weeks.from, to: weeks.to)
        var search = DutySearchOptions(seed: seed, threads: max(1, threads))
        search.verify = verify
        if let steps { search.steps = steps } else { search.seconds = max(0, seconds) }
        let solver = DutySolver(plan.problem, options: search)
        let stopper = stopsOnInterrupt ? InterruptStopper { solver.stop() } : nil
        let result = withExtendedLifetime(stopper) {
            solver.run(start: plan.current) { console.progress(RosterText.progress($0, l)) }
        }
        console.progress("")
        if let failure = result.verifyFailure {
            throw VerifyFailure(failure)
        }
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
        let written = plan.assignments(result.roster, source: .solver)
        let change = CommandGuard.change(from: stored, to: written, start, end)
        let what = Localized(zh: "这份排班", en: "this roster")
        if dryRun {
            let (added, removed) = result.roster.changes(from: plan.current)
            console.out(zh ? "试运行：将新增 \(added.count) 条、撤下 \(removed.count) 条（未写入）"
                           : "Dry run: would add \(added.count) and remove \(removed.count) assignments (nothing written)")
            CommandGuard.note(change, directory: directory, assignments: stored, reason: reason, what: what, l, console)
            return
        }
        let marked = try StaleRetry.guarded(store, since: version) {
            try CommandGuard.check(change, directory: directory, assignments: stored, reason: reason, what: what, l, console)
        }
        let roster = CommandGuard.roster(written, marked: marked, stored: stored, from: start, to: end)
        try RosterText.store(roster.assignments, from: roster.from, to: roster.to, action: "solve", into: store, basedOn: version, l,
                             console)
    }
}
