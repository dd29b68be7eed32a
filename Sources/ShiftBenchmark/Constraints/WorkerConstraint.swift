import DutyModel
import SearchCore

/// A rule about one worker's row of the roster (their days and shifts).
///
/// `penalty` is the fast path used by the search; `violations` explains it. The two must
/// agree: the sum of the violations' penalties is the penalty (checked in verify mode).
public protocol WorkerConstraint: ConstraintInfo {
    func penalty(_ c: Context, worker w: Int, _ r: Roster) -> Int
    func violations(_ c: Context, worker w: Int, _ r: Roster) -> [Violation]
    /// How many penalty points make one unit of hard cost in the search (60 for rules in
    /// minutes, so an hour over weighs like a day over).
    var searchUnit: Int { get }
}

extension WorkerConstraint {
    public var searchUnit: Int { 1 }
}

extension ConstraintInfo {
    /// A violation of this rule about a worker (if any), days (if any) and a shift type (if any).
    func violation(worker: Int?, days: ClosedRange<Int>?, shift: Int?, penalty: Int, _ message: Localized) -> Violation {
        var entities: [Violation.Entity] = []
        if let worker { entities.append(.person(worker)) }
        if let days { entities.append(.days(days)) }
        if let shift { entities.append(.shiftType(shift)) }
        return Violation(constraint: id, level: level, entities: entities, penalty: penalty, message: message)
    }
}
