import ShiftBenchmark
import SearchCore
import Testing

/// The four published rosters score exactly their published objectives (acceptance 1 of the
/// engine issue), and the explanations add up to the score.
@Suite(.enabled(if: BenchmarkFiles.available, "the benchmark folder is not beside the package"))
struct ReferenceRosterTests {
    @Test(arguments: [(1, 607), (2, 828), (4, 1716), (8, 1341)])
    func publishedRosterScoresItsPublishedObjective(_ instance: Int, _ objective: Int) throws {
        let problem = try BenchmarkFiles.instance(instance)
        let (roster, extra) = try RosterFile.read(path: "\(BenchmarkFiles.folder)/reference-solutions/Instance\(instance).csv",
                                                  problem: problem)
        let c = Context(problem)
        let score = Evaluator.score(c, roster, extra: extra)
        #expect(score == Score(hard: 0, soft: objective))
        let violations = Evaluator.violations(c, roster, extra: extra)
        #expect(violations.reduce(0) { $0 + $1.penalty } == objective)
        #expect(violations.allSatisfy { $0.level == .soft })
    }

    @Test func everyDevelopmentInstanceReads() throws {
        for n in [1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 16, 17, 18, 20, 21, 23, 24] {
            let p = try BenchmarkFiles.instance(n)
            #expect(p.days % 7 == 0)
            #expect(p.cover.count == p.days)
            #expect(!p.workers.isEmpty && !p.shifts.isEmpty)
        }
        let p24 = try BenchmarkFiles.instance(24)
        #expect(p24.days == 364 && p24.workers.count == 150 && p24.shifts.count == 32)
    }

    @Test func theEmptyRosterCostsAllCoverAndAllOnRequests() throws {
        let p = try BenchmarkFiles.instance(5)
        let c = Context(p)
        let empty = Roster(workers: p.workers.count, days: p.days)
        let expected = p.cover.joined().reduce(0) { $0 + $1.requirement * $1.underWeight }
            + p.onRequests.reduce(0) { $0 + $1.weight }
        #expect(Evaluator.score(c, empty).soft == expected)
        #expect(Evaluator.score(c, empty).hard > 0)
    }
}
