import DutyModel

/// One input that broke a target's invariant: where to find it again and what went wrong.
public struct FuzzFailure: Sendable {
    /// The input's index in its run: `Fuzzer.input(target, seed:, index:)` gives it back.
    public let index: Int
    public let seedName: String
    public let message: String
    public let bytes: [UInt8]
}

/// What a run of a fuzz target found.
public struct FuzzReport: Sendable {
    public let target: String
    public let seed: UInt64
    /// The index of the first input, and how many were run.
    public let first: Int
    public let inputs: Int
    public var rejected = 0
    public var accepted = 0
    public var failures: [FuzzFailure] = []
}

/// Runs a target on seeded mutations of its corpus. Input `index` of a run depends only on the
/// run's seed and the index, so any input can be made and run again alone.
public enum Fuzzer {
    /// Failures kept with their bytes (the count goes on).
    static let keptFailures = 20

    /// Input `index` of the run with `seed`: the corpus file it came from, its bytes, and the
    /// target's random choice for it.
    public static func input(_ target: FuzzTarget, seed: UInt64, index: Int) -> (seed: FuzzSeed, bytes: [UInt8], variant: UInt64) {
        input(target, Mutator(corpus: target.corpus.map(\.bytes), dictionary: target.dictionary), seed: seed, index: index)
    }

    static func input(_ target: FuzzTarget, _ mutator: Mutator, seed: UInt64,
                      index: Int) -> (seed: FuzzSeed, bytes: [UInt8], variant: UInt64) {
        var random = SeededRandom(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
        let (chosen, bytes) = mutator.input(&random)
        return (target.corpus[chosen], bytes, random.next())
    }

    /// Runs inputs `first ..< first + inputs`; `progress` hears how many are done after every 1,000.
    public static func run(_ target: FuzzTarget, inputs: Int, seed: UInt64, first: Int = 0,
                           progress: (Int) -> Void = { _ in }) -> FuzzReport {
        var report = FuzzReport(target: target.name, seed: seed, first: first, inputs: inputs)
        let mutator = Mutator(corpus: target.corpus.map(\.bytes), dictionary: target.dictionary)
        for index in first..<(first + max(0, inputs)) {
            let (chosen, bytes, variant) = input(target, mutator, seed: seed, index: index)
            switch target.check(chosen, bytes, variant) {
            case .rejected: report.rejected += 1
            case .accepted: report.accepted += 1
            case let .broken(message):
                let kept = report.failures.count < keptFailures ? bytes : []
                report.failures.append(FuzzFailure(index: index, seedName: chosen.name, message: message, bytes: kept))
            }
            if (index - first + 1) % 1_000 == 0 { progress(index - first + 1) }
        }
        return report
    }
}
