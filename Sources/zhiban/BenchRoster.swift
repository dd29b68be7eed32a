import ArgumentParser
import DutyEngine
import DutyModel
import DutySample
import Foundation
import TerminalKit

/// `zhiban bench roster`: the sample city's roster — time to the first roster without hard
/// violations, the score after the time limit, coverage, the spread of hours, and replanning
/// after seeded random absences.
struct BenchRoster: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Roster the sample city for a week, then replan random absences (figures for docs/benchmarks.md).")

    @Flag(help: "The small sample (5 compounds) instead of the city.")
    var small = false

    @Option(help: "Days to roster.")
    var days = 7

    @Option(help: "Seconds to search after construction.")
    var time: Double = 60

    @Option(help: "Stop after this many moves per thread instead (deterministic).")
    var steps: Int?

    @Option(help: "Random seed (search and absences).")
    var seed: UInt64 = 1

    @Option(help: "Parallel searches.")
    var threads = 2

    @Option(help: "Absences to replan, one at a time, each against the same roster.")
    var absences = 50

    @Flag(help: "Print each improvement.")
    var verbose = false

    func run() throws {
        let clock = ContinuousClock()
        let began = clock.now
        func since(_ t: ContinuousClock.Instant) -> Double {
            let d = t.duration(to: clock.now)
            return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
        let directory = SampleCity.generate(small ? .small : .city)
        let plan = DutyCompiler.compile(directory, from: SampleCity.referenceDate, days: days)
        let problem = plan.problem
        let compiled = since(began)
        print("sample \(small ? "small" : "city"): \(problem.people.count) people, \(problem.slots.count) slots over \(days) days, "
              + "\(problem.slots.reduce(0) { $0 + $1.minimum }) people wanted; compiled in \(String(format: "%.3f", compiled)) s")
        var options = DutySearchOptions(seed: seed, threads: threads)
        if let steps { options.steps = steps } else { options.seconds = time }
        let solver = DutySolver(problem, options: options)
        let started = clock.now
        let result = solver.run { progress in
            if verbose {
                print(String(format: "  %7.2f s  %@  short %d", progress.seconds, progress.score.description, progress.shortSlots))
            }
        }
        let searched = since(started)
        print(String(format: "first roster without hard violations: %@ (construction score %@)",
                     result.firstFeasibleSeconds.map { String(format: "%.2f s", $0 + compiled) } ?? "never",
                     result.constructionScore.description))
        print(String(format: "after %.1f s (%d steps per thread): score %@", searched, result.steps, result.score.description))
        let report = DutyReport(problem, result.roster)
        print("slots \(report.slots): fully staffed \(report.fullyStaffed), short \(report.shortSlots) "
              + "(\(report.missingPersonHours) person-hours, role mix short \(report.roleMixShort)), "
              + "short but fillable \(report.fillableShort); \(report.assignments) assignments")
        var table = TextTable([.init("category"), .init("people", .right), .init("mean h", .right), .init("sd", .right),
                               .init("min", .right), .init("max", .right), .init("range in compound", .right),
                               .init("of limit", .right)])
        for spread in report.spreads {
            table.append([spread.category, "\(spread.people)", String(format: "%.1f", spread.meanHours),
                          String(format: "%.1f", spread.standardDeviation), String(format: "%.0f", spread.minHours),
                          String(format: "%.0f", spread.maxHours), String(format: "%.1f", spread.meanRangeInCompound),
                          String(format: "%.0f%%", spread.meanUtilisation * 100)])
        }
        print(table.render(), terminator: "")

        // Replanning: random people with duties after the middle of the horizon.
        guard absences > 0 else { return }
        var rng = SeededRandom(seed: seed &+ 17)
        let byPerson = result.roster.slotsByPerson(problem)
        let from = days / 2 * 1440 + 8 * 60
        let busy = byPerson.indices.filter { p in byPerson[p].contains { problem.slots[Int($0)].start >= from } }
        var times: [Double] = [], changes: [Int] = [], hardCount = 0, own = 0, short = 0
        for _ in 0..<absences where !busy.isEmpty {
            let person = busy[Int(rng.next() % UInt64(busy.count))]
            let replan = DutyReplan.absence(problem, roster: result.roster, person: person, from: from)
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
                    print("   still short: \(problem.slots[s].label) — free \(free), blocked \(reasons.sorted { $0.key < $1.key })")
                }
            }
            if !replan.score.isFeasible {
                hardCount += 1
                if verbose {
                    var changed = problem
                    changed.published = result.roster
                    for v in DutyEvaluator.violations(changed, replan.roster) where v.level == .hard { print("  ", v) }
                }
            }
        }
        times.sort()
        print(String(format: "replan %d absences from day %d 08:00: median %.1f ms, max %.1f ms; their own slots %.1f on average; "
                     + "other assignments changed %.2f on average (max %d); still short %d; with hard violations %d",
                     times.count, days / 2 + 1, times[times.count / 2] * 1000, (times.last ?? 0) * 1000,
                     Double(own) / Double(times.count), Double(changes.reduce(0, +)) / Double(changes.count),
                     changes.max() ?? 0, short, hardCount))
    }
}
