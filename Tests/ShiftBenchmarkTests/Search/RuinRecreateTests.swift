@testable import ShiftBenchmark
import Testing

/// Ruin and recreate clears a few rows and rebuilds them by dynamic programming; at
/// temperature 0 it is kept only when the roster is no worse, and verify mode checks every
/// kept result against a full recomputation.
@Suite(.enabled(if: BenchmarkFiles.available, "the benchmark folder is not beside the package"))
struct RuinRecreateTests {
    @Test(arguments: [1, 2, 4])
    func ruinAndRecreateAtZeroTemperatureNeverMakesAPublishedRosterWorse(_ instance: Int) throws {
        let p = try BenchmarkFiles.instance(instance)
        let (published, _) = try RosterFile.read(path: "\(BenchmarkFiles.folder)/reference-solutions/Instance\(instance).csv",
                                                 problem: p)
        let c = Context(p)
        var annealer = Annealer(c, roster: published, seed: 5, hardWeight: 1000, verify: true)
        let start = annealer.score
        var kept = 0
        for k in 0..<60 where annealer.tryRuinRecreate(2 + k % 2, 0, passes: 2) {
            kept += 1
            #expect(annealer.score <= start)
        }
        #expect(annealer.score <= start)
        #expect(Evaluator.score(c, annealer.roster) == annealer.score)
        // Rejected attempts leave the roster as it was.
        if kept == 0 { #expect(annealer.roster == published) }
    }

    @Test func ruinAndRecreateRepairsABrokenRoster() throws {
        let p = try BenchmarkFiles.instance(2)
        let c = Context(p)
        var annealer = Annealer(c, roster: Roster(workers: p.workers.count, days: p.days), seed: 1, hardWeight: 1000,
                                verify: true)
        let startUnits = annealer.hardUnits
        #expect(startUnits > 0)
        for _ in 0..<40 { _ = annealer.tryRuinRecreate(3, 0, passes: 1) }
        #expect(annealer.hardUnits < startUnits)
    }
}
