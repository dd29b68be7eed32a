import DutyModel
import Foundation

/// Deterministic random helpers on top of ``SeededRandom``.
///
/// Everything is implemented here rather than with the standard library's
/// `Int.random(in:using:)`, `shuffled(using:)` or `randomElement(using:)`, whose
/// algorithms are not promised to stay the same between Swift releases: the sample
/// city must be the same for the same seed on every platform and toolchain.
struct Dice {
    private var rng: SeededRandom

    /// An independent stream for one stage of the generator, so that changing how one
    /// stage draws numbers does not reshuffle the output of the others.
    init(seed: UInt64, stream: UInt64) {
        var mixer = SeededRandom(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        rng = SeededRandom(seed: mixer.next())
    }

    mutating func next() -> UInt64 { rng.next() }

    /// A number in `0..<n` (multiply-high; the bias is below 2⁻⁵⁰ for the sizes used here).
    mutating func below(_ n: Int) -> Int {
        precondition(n > 0, "below(\(n))")
        return Int(next().multipliedFullWidth(by: UInt64(n)).high)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    /// A multiple of `step` within `range` (both ends should be multiples of `step`).
    mutating func int(_ range: ClosedRange<Int>, step: Int) -> Int {
        step * int((range.lowerBound / step)...(range.upperBound / step))
    }

    /// True with probability `p` percent.
    mutating func percent(_ p: Int) -> Bool { below(100) < p }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// Fisher–Yates.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, below(i + 1))
        }
    }

    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var copy = items
        shuffle(&copy)
        return copy
    }

    /// An index chosen with probability proportional to `weights[i]` (weights ≥ 0, sum > 0).
    mutating func weightedIndex(_ weights: [Int]) -> Int {
        let total = weights.reduce(0, +)
        precondition(total > 0, "weightedIndex with no weight")
        var r = below(total)
        for (i, w) in weights.enumerated() {
            if r < w { return i }
            r -= w
        }
        return weights.count - 1
    }
}

/// A fixed table of weighted choices with a cumulative index, for draws repeated thousands of times.
struct WeightedTable<T: Sendable>: Sendable {
    let items: [T]
    private let cumulative: [Int]

    init(_ pairs: [(T, Int)]) {
        items = pairs.map(\.0)
        var sum = 0
        cumulative = pairs.map { sum += $0.1; return sum }
    }

    var totalWeight: Int { cumulative.last ?? 0 }

    func draw(_ dice: inout Dice) -> T {
        let r = dice.below(totalWeight)
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {  // first index whose cumulative weight exceeds r
            let mid = (lo + hi) / 2
            if cumulative[mid] > r { hi = mid } else { lo = mid + 1 }
        }
        return items[lo]
    }
}

/// Zero-padded decimal, e.g. `padded(7, 3)` = `007`.
func padded(_ n: Int, _ width: Int) -> String {
    let digits = String(n)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

/// Digits needed so that IDs `1...count` all have the same width (at least `minimum`).
func idWidth(_ count: Int, minimum: Int) -> Int { max(minimum, String(max(count, 1)).count) }

/// Chinese numerals for small counts (1…99), used in a few names (第二片区, 二期).
func chineseNumeral(_ n: Int) -> String {
    let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    guard n > 0, n < 100 else { return String(n) }
    if n < 10 { return digits[n] }
    let tens = n / 10, ones = n % 10
    return (tens == 1 ? "" : digits[tens]) + "十" + (ones == 0 ? "" : digits[ones])
}
