import DutyModel

/// Hard before soft: a roster with fewer hard penalty points is better whatever its soft score.
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

public enum Level: String, Sendable, Hashable {
    case hard, soft
}

/// One broken rule, with who and when, its penalty and a message a coordinator understands.
public struct Violation: Sendable, Hashable, CustomStringConvertible {
    public let constraint: String
    public let level: Level
    public let worker: Int?
    public let days: ClosedRange<Int>?
    public let shift: Int?
    public let penalty: Int
    public let message: Localized

    public init(constraint: String, level: Level, worker: Int?, days: ClosedRange<Int>?, shift: Int?, penalty: Int,
                message: Localized) {
        self.constraint = constraint
        self.level = level
        self.worker = worker
        self.days = days
        self.shift = shift
        self.penalty = penalty
        self.message = message
    }

    public var description: String { "[\(level.rawValue) \(constraint) \(penalty)] \(message.en)" }
}
