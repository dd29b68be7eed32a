import DutyModel

/// Uniform integer in `0..<n` by multiply-high (stable across Swift releases).
@inline(__always)
func uniform(_ n: Int, _ rng: inout SeededRandom) -> Int {
    Int(UInt64(n).multipliedFullWidth(by: rng.next()).high)
}
