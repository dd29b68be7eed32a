import DutyFuzz
import DutyModel
import Foundation
import SearchCore

/// `zhiban bench fuzz`: seeded mutation fuzzing of the parsers of outside files (issue 14). A
/// crash ends the process, so progress goes to standard error every 10,000 inputs: the crashing
/// input lies after the last count shown, and `--first` runs that stretch again alone.
public enum FuzzBenchmark {
    /// Runs `inputs` inputs, from input `first`, of the target called `target` (or of each, for
    /// `all`); whether no invariant broke.
    public static func run(target: String, inputs: Int, seed: UInt64, first: Int, _ l: Language,
                           _ console: Console) throws -> Bool {
        let zh = l == .zh
        let names = target == "all" ? FuzzTarget.names : [target]
        let targets = names.compactMap(FuzzTarget.named)
        guard targets.count == names.count, inputs >= 0, first >= 0 else {
            throw CLIError(zh ? "--target 应为 \((FuzzTarget.names + ["all"]).joined(separator: "、")) 之一，--inputs 和 --first 不能为负"
                              : "--target must be one of \((FuzzTarget.names + ["all"]).joined(separator: ", ")); "
                                + "--inputs and --first cannot be negative")
        }
        var clean = true
        for fuzzTarget in targets {
            let clock = Stopwatch()
            let report = Fuzzer.run(fuzzTarget, inputs: inputs, seed: seed, first: first) { done in
                if done % 10_000 == 0 {
                    console.error(zh ? "\(fuzzTarget.name)：已运行 \(done)/\(inputs) 个输入（从第 \(first) 个起）"
                                     : "\(fuzzTarget.name): \(done)/\(inputs) inputs run (from input \(first))")
                }
            }
            let seconds = String(format: "%.1f", clock.elapsed())
            let broken = report.failures.count
            console.out(zh ? "\(report.target)：\(report.inputs) 个输入（种子 \(seed)，从第 \(first) 个起），拒绝 \(report.rejected)，"
                             + "接受 \(report.accepted)，不变式被破坏 \(broken)，崩溃 0，用时 \(seconds) 秒"
                           : "\(report.target): \(report.inputs) inputs (seed \(seed), from input \(first)), \(report.rejected) rejected, "
                             + "\(report.accepted) accepted, \(broken) broken invariants, 0 crashes, \(seconds) s")
            for failure in report.failures.prefix(20) {
                let shown = String(decoding: failure.bytes.prefix(200), as: UTF8.self)
                console.out(zh ? "  第 \(failure.index) 个输入（由 \(failure.seedName) 变异）：\(failure.message)\n    \(shown)"
                               : "  input \(failure.index) (from \(failure.seedName)): \(failure.message)\n    \(shown)")
            }
            clean = clean && broken == 0
        }
        return clean
    }
}
