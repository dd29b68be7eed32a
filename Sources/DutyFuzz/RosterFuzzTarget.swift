import DutyModel
import SearchCore
import ShiftBenchmark

/// The benchmark roster reader, against the hand-written seed instance. Refused: issues placed
/// as for an instance. Accepted: a roster of the problem's size whose second shifts are in
/// range, that scores without trapping (each second shift at least one hard point), and that
/// reads back the same once written.
enum RosterFuzzTarget {
    static let problem = try? InstanceReader.parse(InstanceSeeds.handWritten, file: "hand.txt", name: "hand")

    /// Rosters of the seed instance: empty, full, and a few at random.
    static let corpus: [FuzzSeed] = {
        guard let p = problem else { return [] }
        var seeds: [FuzzSeed] = []
        for density in [0, 100, 20, 50, 80] {
            var random = SeededRandom(seed: UInt64(density))
            var roster = Roster(workers: p.workers.count, days: p.days)
            for w in 0..<p.workers.count {
                for d in 0..<p.days where Int.random(in: 0..<100, using: &random) < density {
                    roster[w, d] = Int.random(in: 0..<p.shifts.count, using: &random)
                }
            }
            seeds.append(FuzzSeed(name: "roster\(density).csv", text: RosterFile.text(roster, problem: p)))
        }
        return seeds
    }()

    static let target = FuzzTarget(name: "roster", corpus: corpus,
                                   dictionary: ["employee,day,shift", ",", "\n", "\r\n", "A", "B", "C", "E", "L", "N", "13", "14"]) {
        _, bytes, _ in check(bytes)
    }

    static func check(_ bytes: [UInt8]) -> FuzzOutcome {
        guard let p = problem else { return .broken("the seed instance does not read") }
        do {
            let (roster, extra) = try RosterFile.parse(bytes: bytes, file: "fuzz.csv", problem: p)
            guard roster.workers == p.workers.count, roster.days == p.days else { return .broken("a roster of another size") }
            for e in extra where !(0..<p.workers.count).contains(e.worker) || !(0..<p.days).contains(e.day)
                || !(0..<p.shifts.count).contains(e.shift) || roster[e.worker, e.day] == e.shift {
                return .broken("second shift \(e) out of range")
            }
            let score = Evaluator.score(Context(p), roster, extra: extra)
            guard score.hard >= extra.count else { return .broken("\(extra.count) second shifts but \(score.hard) hard points") }
            guard let again = try? RosterFile.parse(RosterFile.text(roster, problem: p), file: "again.csv", problem: p),
                  again.roster == roster, again.extra.isEmpty else { return .broken("the roster does not read back once written") }
            return .accepted
        } catch {
            if let broken = InstanceFuzzTarget.misplaced(error.issues, bytes, file: "fuzz.csv") { return .broken(broken) }
            return .rejected
        }
    }
}
