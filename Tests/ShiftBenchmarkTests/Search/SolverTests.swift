import ShiftBenchmark
import SearchCore
import Testing

/// The search, seeded and ended by steps or score, with verify mode on: every accepted
/// move is checked against a full recomputation and the run stops on any mismatch.
@Suite(.enabled(if: BenchmarkFiles.available, "the benchmark folder is not beside the package"))
struct SolverTests {
    @Test func sameSeedAndStepsGiveTheSameRoster() throws {
        let p = try BenchmarkFiles.instance(2)
        var options = SearchOptions(seed: 7, steps: 30_000, threads: 2)
        options.epoch = 5_000
        let a = Solver(p, options: options).run()
        let b = Solver(p, options: options).run()
        #expect(a.roster == b.roster)
        #expect(a.score == b.score)
        options.seed = 8
        let c = Solver(p, options: options).run()
        #expect(c.roster != a.roster)
    }

    @Test func severalAnnealingCyclesAreStillDeterministicAndVerified() throws {
        let p = try BenchmarkFiles.instance(4)
        var options = SearchOptions(seed: 3, steps: 40_000, threads: 2, verify: true)
        options.epoch = 2_000
        options.cycleSteps = 8_000
        let a = Solver(p, options: options).run()
        options.verify = false
        let b = Solver(p, options: options).run()
        #expect(a.roster == b.roster)
        #expect(Evaluator.score(Context(p), a.roster) == a.score)
        #expect(a.improvements.map(\.score) == a.improvements.map(\.score).sorted(by: >))
    }

    /// Instance 20 keeps no roster feasible within 40,000 moves, so at 30 % of them the search
    /// starts over; instance 1 is feasible at once and does not. Both stay deterministic.
    @Test func anInfeasibleSearchStartsOverOnce() throws {
        let hard = try BenchmarkFiles.instance(20)
        var options = SearchOptions(seed: 2, steps: 40_000, threads: 2)
        options.epoch = 2_000
        let a = Solver(hard, options: options).run()
        #expect(a.restarted)
        let b = Solver(hard, options: options).run()
        #expect(a.roster == b.roster)
        #expect(Evaluator.score(Context(hard), a.roster) == a.score)
        let easy = Solver(try BenchmarkFiles.instance(1), options: options).run()
        #expect(!easy.restarted)
        #expect(easy.score.isFeasible)
    }

    @Test(arguments: [1, 2, 4, 5])
    func verifyModeAgreesWithFullRecomputation(_ instance: Int) throws {
        let p = try BenchmarkFiles.instance(instance)
        var options = SearchOptions(seed: 1, steps: 4_000, threads: 1, verify: true)
        options.epoch = 1_000
        let result = Solver(p, options: options).run()
        #expect(Evaluator.score(Context(p), result.roster) == result.score)
    }

    @Test func reachesAFeasibleRosterAndImprovesOnInstanceOne() throws {
        let p = try BenchmarkFiles.instance(1)
        var options = SearchOptions(seed: 3, steps: 2_000_000, target: Score(hard: 0, soft: 700), threads: 1)
        options.epoch = 10_000
        let result = Solver(p, options: options).run()
        #expect(result.score.isFeasible)
        #expect(result.score.soft <= 700)
        #expect(result.improvements.count > 1)
        #expect(result.improvements.map(\.score) == result.improvements.map(\.score).sorted(by: >))
    }

    @Test func aStartingRosterIsKeptWhenNothingBeatsIt() throws {
        let p = try BenchmarkFiles.instance(1)
        let (reference, _) = try RosterFile.read(path: "\(BenchmarkFiles.folder)/reference-solutions/Instance1.csv", problem: p)
        var options = SearchOptions(seed: 1, steps: 20_000, threads: 2)
        options.epoch = 5_000
        let result = Solver(p, options: options).run(start: reference)
        #expect(result.score <= Score(hard: 0, soft: 607))
    }
}
