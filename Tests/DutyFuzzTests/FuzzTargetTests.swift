import DutyFuzz
import Testing

/// The fuzz targets of issue 14: each accepts its own corpus as it is (so its invariant is not
/// refusing everything), and a short seeded run of each finds no broken invariant (and no
/// crash, or the test process would die). The long runs are `zhiban bench fuzz`
/// (docs/benchmarks.md).
@Suite struct FuzzTargetTests {
    /// Inputs per target: 2,000, but 500 for the CSV importer, which takes some 40 ms an input
    /// in a debug build (it reads and validates the whole sample city each time).
    static func inputs(_ name: String) -> Int { name == "csv" ? 500 : 2_000 }

    @Test(arguments: FuzzTarget.names)
    func theCorpusIsAccepted(_ name: String) throws {
        let target = try #require(FuzzTarget.named(name))
        #expect(!target.corpus.isEmpty)
        for seed in target.corpus {
            #expect(target.check(seed, seed.bytes, 1) == .accepted, "\(name): \(seed.name)")
        }
    }

    @Test(arguments: FuzzTarget.names)
    func aShortSeededRunBreaksNothing(_ name: String) throws {
        let target = try #require(FuzzTarget.named(name))
        let report = Fuzzer.run(target, inputs: Self.inputs(name), seed: 1)
        #expect(report.failures.isEmpty, "\(name): \(report.failures.prefix(3).map { "input \($0.index): \($0.message)" })")
        // Both answers are exercised.
        #expect(report.rejected > 0 && report.accepted > 0, "\(name): \(report.rejected) rejected, \(report.accepted) accepted")
    }

    @Test func aHostileInstanceIsRejectedNotBroken() throws {
        let target = try #require(FuzzTarget.named("instance"))
        let seed = try #require(target.corpus.first)
        let text = String(decoding: seed.bytes, as: UTF8.self)
        for horizon in ["2147483647", "9223372036854775807", "10000000", "-1", "1e308"] {
            let hostile = Array(text.replacingOccurrences(of: "\n14\n", with: "\n\(horizon)\n").utf8)
            #expect(target.check(seed, hostile, 1) == .rejected, "horizon \(horizon)")
        }
    }
}
