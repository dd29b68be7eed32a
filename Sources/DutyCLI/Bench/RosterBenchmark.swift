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
                           verbose: Bool, _ console: Console) throws {
        let began = Stopwatch()
        let directory = SampleCity.generate(small ? .small : .city)
        let plan = DutyCompiler.compile(directory, from: SampleCity.referenceDate, days: days)
        let problem = plan.problem
        let compiled = began.elapsed()
        console.out("sample \(small ? "small" : "city"): \(problem.people.count) people, \(problem.slots.count) slots over \(days) days, "
                    + "\(problem.slots.reduce(0) { $0 + $1.minimum }) people wanted; compiled in \(String(format: "%.3f", compiled)) s")
        var options = DutySearchOptions(seed: seed, threads: threads)
        if let steps { options.steps = steps } else { options.seconds = seconds }
        let solver = DutySolver(problem, options: options)
        let started = Stopwatch()
        let result = solver.run { progress in
            if verbose {
                console.out(String(format: "  %7.2f s  %@  short %d", progress.seconds, progress.score.description, progress.shortSlots))
            }
        }
        let searched = started.elapsed()
        console.out(String(format: "first roster without hard violations: %@ (construction score %@)",
                           result.firstFeasibleSeconds.map { String(format: "%.2f s", $0 + compiled) } ?? "never",
                           result.constructionScore.description))
        console.out(String(format: "after %.1f s (%d steps per thread): score %@", searched, result.steps, result.score.description))
        let report = DutyReport(problem, result.roster)
        console.out("slots \(report.slots): fully staffed \(report.fullyStaffed), short \(report.shortSlots) "
                    + "(\(report.missingPersonHours) person-hours, role mix short \(report.roleMixShort)), "
                    + "short but fillable \(report.fillableShort); \(report.assignments) assignments")
        console.out(RosterText.spreadTable(report, .en), terminator: "")
        guard absences > 0 else { return }
        replan(problem, result.roster, days: days, seed: seed, absences: absences, verbose: verbose, console)
    }

    /// Replans random people with duties after the middle of the horizon, each alone, and
    /// says how long it took and how much changed.
    static func replan(_ problem: DutyProblem, _ roster: DutyRoster, days: Int, seed: UInt64, absences: Int, verbose: Bool,
                       _ console: Console) {
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
                    console.out("   still short: \(problem.slots[s].label) — free \(free), blocked \(reasons.sorted { $0.key < $1.key })")
                }
            }
            if !replan.score.isFeasible {
                hardCount += 1
                if verbose {
                    var changed = problem
                    changed.published = roster
                    for v in DutyEvaluator.violations(changed, replan.roster) where v.level == .hard { console.out("   \(v)") }
                }
            }
        }
        times.sort()
        console.out(String(format: "replan %d absences from day %d 08:00: median %.1f ms, max %.1f ms; their own slots %.1f on average; "
                           + "other assignments changed %.2f on average (max %d); still short %d; with hard violations %d",
                           times.count, days / 2 + 1, times[times.count / 2] * 1000, (times.last ?? 0) * 1000,
                           Double(own) / Double(times.count), Double(changes.reduce(0, +)) / Double(changes.count),
                           changes.max() ?? 0, short, hardCount))
    }
}
