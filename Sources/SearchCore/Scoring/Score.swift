/// Hard before soft: a roster with fewer hard penalty points is better whatever its soft score.
///
/// Both problem forms (duty rosters and the shift-scheduling benchmark) score with it, so
/// the search's budget can stop on a target score and lanes can compare their rosters.
public struct Score: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var hard: Int
    public var soft: Int

    public init(hard: Int, soft: Int) {
        self.hard = hard
        self.soft = soft
    }

    public static let zero = Score(hard: 0, soft: 0)

    public var isFeasible: Bool { hard == 0 }

    public static func < (a: Score, b: Score) -> Bool { (a.hard, a.soft) < (b.hard, b.soft) }

    public static func + (a: Score, b: Score) -> Score { Score(hard: a.hard + b.hard, soft: a.soft + b.soft) }

    public var description: String { "\(hard)hard/\(soft)soft" }
}
