import DutyModel

/// One broken rule: which constraint, the entities involved (a person, slots, days, a shift
/// type), its penalty and a message a coordinator understands.
///
/// Both problem forms explain their scores with it: a duty roster's violations name a person
/// and slots, the benchmark's a worker, days and a shift type. The penalties of a rule's
/// violations add up to its penalty (checked by the constraint tests and in verify mode).
public struct Violation: Sendable, Hashable, CustomStringConvertible {
    /// Something a violation is about, by its index in the problem.
    public enum Entity: Sendable, Hashable {
        /// A person (the benchmark's worker).
        case person(Int)
        /// A duty slot.
        case slot(Int)
        /// Days of the horizon, from day 0.
        case days(ClosedRange<Int>)
        /// A benchmark shift type.
        case shiftType(Int)
    }

    public let constraint: String
    public let level: Level
    public let entities: [Entity]
    public let penalty: Int
    public let message: Localized

    public init(constraint: String, level: Level, entities: [Entity], penalty: Int, message: Localized) {
        self.constraint = constraint
        self.level = level
        self.entities = entities
        self.penalty = penalty
        self.message = message
    }

    /// The person involved, if the rule is about one.
    public var person: Int? {
        for case .person(let p) in entities { return p }
        return nil
    }

    /// The slots involved, in the order the rule named them.
    public var slots: [Int] {
        entities.compactMap { if case .slot(let s) = $0 { s } else { nil } }
    }

    /// The days involved, if any.
    public var days: ClosedRange<Int>? {
        for case .days(let d) in entities { return d }
        return nil
    }

    /// The shift type involved, if any.
    public var shift: Int? {
        for case .shiftType(let s) in entities { return s }
        return nil
    }

    public var description: String { "[\(level.rawValue) \(constraint) \(penalty)] \(message.en)" }
}
