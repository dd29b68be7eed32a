import DutyModel
import Foundation

/// The annealing acceptance rule: a move that costs nothing more is taken; one that costs
/// `delta` more is taken with probability e^(−delta / temperature). Called once per move,
/// so it is inlined into each problem's search loop.
public enum Metropolis {
    /// Whether to take a move of cost change `delta` at `temperature`; draws from `rng` only
    /// when the move is worse and the temperature above zero.
    @inlinable
    public static func accepts(_ delta: Int, at temperature: Double, using rng: inout SeededRandom) -> Bool {
        if delta <= 0 { return true }
        if temperature <= 0 { return false }
        return unit(&rng) < exp(-Double(delta) / temperature)
    }

    /// A uniform double in [0, 1) from the top 53 bits of one draw.
    @inlinable
    public static func unit(_ rng: inout SeededRandom) -> Double { Double(rng.next() >> 11) / Double(1 << 53) }
}
