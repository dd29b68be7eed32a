import DutyModel
import Foundation
import SearchCore
import Testing

/// Geometric cooling, the Metropolis rule and the lanes' seeds.
@Suite struct AnnealingTests {
    @Test func coolingRunsFromStartToEndGeometrically() {
        let schedule = AnnealingSchedule(from: 40, to: 0.5)
        #expect(schedule.temperature(at: 0) == 40)
        #expect(abs(schedule.temperature(at: 1) - 0.5) < 1e-12)
        #expect(abs(schedule.temperature(at: 0.5) - (40 * 0.5).squareRoot()) < 1e-12)
    }

    @Test func betterOrEqualMovesAreTakenWithoutADraw() {
        var rng = SeededRandom(seed: 3)
        let before = rng
        #expect(Metropolis.accepts(0, at: 10, using: &rng))
        #expect(Metropolis.accepts(-5, at: 0, using: &rng))
        // At temperature 0 a worse move is refused, also without a draw.
        #expect(!Metropolis.accepts(1, at: 0, using: &rng))
        var a = rng, b = before
        #expect(a.next() == b.next())
    }

    @Test func worseMovesAreTakenWithProbabilityEToTheMinusDeltaOverT() {
        var rng = SeededRandom(seed: 11)
        let trials = 20_000
        let taken = (0..<trials).count { _ in Metropolis.accepts(10, at: 10, using: &rng) }
        let expected = exp(-1.0) * Double(trials)
        #expect(abs(Double(taken) - expected) < 0.03 * Double(trials))
        let u = Metropolis.unit(&rng)
        #expect(u >= 0 && u < 1)
    }

    /// The formula every search's lanes are seeded with; results of step-limited runs depend on it.
    @Test func laneSeedsAreFixedAndDistinct() {
        #expect(Seeds.lane(0, of: 1) == 0x9E37_79B9)
        #expect(Seeds.lane(1, of: 1) == 0x9E37_79B9 + 7919)
        let seeds = (0..<8).map { Seeds.lane($0, of: 42) }
        #expect(Set(seeds).count == 8)
        #expect(seeds == (0..<8).map { Seeds.lane($0, of: 42) })
    }
}
