import DutyModel

/// Uniform integer in `0..<n` by multiply-high (stable across Swift releases).
@inline(__always)
func uniform(_ n: Int, _ rng: inout SeededRandom) -> Int {
    Int(UInt64(n).multipliedFullWidth(by: rng.next()).high)
}

@inline(__always)
func unitDouble(_ rng: inout SeededRandom) -> Double { Double(rng.next() >> 11) / Double(1 << 53) }
