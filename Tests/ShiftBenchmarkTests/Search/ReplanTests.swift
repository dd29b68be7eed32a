import ShiftBenchmark
import Testing

@Suite(.enabled(if: BenchmarkFiles.available, "the benchmark folder is not beside the package"))
struct ReplanTests {
    @Test(arguments: [(1, 0, 7), (4, 3, 10), (8, 5, 14)])
    func anAbsenceIsCoveredWithFewChangesAndNothingBeforeIt(_ instance: Int, _ worker: Int, _ from: Int) throws {
        let p = try BenchmarkFiles.instance(instance)
        let (published, _) = try RosterFile.read(path: "\(BenchmarkFiles.folder)/reference-solutions/Instance\(instance).csv",
                                                 problem: p)
        var options = SearchOptions(seed: 1, steps: 60_000, threads: 2, verify: true)
        options.epoch = 10_000
        let result = Replan.absence(p, published: published, worker: worker, from: from, options: options)
        #expect(result.score.isFeasible)
        #expect(result.changes.allSatisfy { $0.day >= from })
        #expect((from..<p.days).allSatisfy { result.roster[worker, $0] == nil })
        #expect((0..<from).allSatisfy { d in (0..<p.workers.count).allSatisfy { result.roster[$0, d] == published[$0, d] } })
        let own = result.changes.filter { $0.worker == worker }.count
        let expectedOwn = (from..<p.days).filter { published[worker, $0] != nil }.count
        #expect(own == expectedOwn)
        // Others change only where it pays: every change costs 50, a missing person 100 or more.
        #expect(result.changes.count - own <= 3 * max(1, expectedOwn))
    }

    @Test func pinnedCellsNeverMove() throws {
        let p0 = try BenchmarkFiles.instance(2)
        var p = p0
        p.pinned = [Bool](repeating: false, count: p.workers.count * p.days)
        for d in 0..<p.days { p.pinned[0 * p.days + d] = true }
        var start = Roster(workers: p.workers.count, days: p.days)
        start[0, 3] = 0
        var options = SearchOptions(seed: 2, steps: 40_000, threads: 2, verify: true)
        options.epoch = 10_000
        let result = Solver(p, options: options).run(start: start)
        #expect((0..<p.days).allSatisfy { result.roster[0, $0] == start[0, $0] })
    }
}
