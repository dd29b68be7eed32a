/// Seeds of a search's lanes: each lane draws its own moves, and the same seed gives the same
/// lanes (so step-limited runs repeat exactly).
public enum Seeds {
    /// The seed of lane `index` of a search seeded with `seed`.
    public static func lane(_ index: Int, of seed: UInt64) -> UInt64 {
        seed &* 0x9E37_79B9 &+ UInt64(index) &* 7919
    }
}
