import DutyModel
import SearchCore

/// A roster with each person's slots sorted by start, as every constraint reads it.
public struct DutyView: Sendable {
    public let problem: DutyProblem
    public let roster: DutyRoster
    public let byPerson: [[Int32]]

    public init(_ problem: DutyProblem, _ roster: DutyRoster) {
        self.problem = problem
        self.roster = roster
        byPerson = roster.slotsByPerson(problem)
    }

    func sum(_ violations: [Violation]) -> Int { violations.reduce(0) { $0 + $1.penalty } }

    func slot(_ s: Int32) -> DutySlot { problem.slots[Int(s)] }

    /// Minutes a person is on duty in each 7-day block: what the block carries in from days
    /// outside the plan, and the plan's own duties (context duties on the days just outside
    /// are counted only as carried, never twice).
    func weekMinutes(_ p: Int) -> [Int] {
        let person = problem.people[p]
        var result = (0..<problem.weeks).map { person.carried(minutes: $0) }
        for s in byPerson[p] where !slot(s).isContext { result[min(problem.weeks - 1, slot(s).day / 7)] += slot(s).minutes }
        return result
    }

    /// Whether person `p` has any load a week counts: a duty here or minutes carried in (the
    /// fairness terms cost carried load too, as the search's bookkeeping does).
    func hasLoad(_ p: Int) -> Bool { !byPerson[p].isEmpty || !problem.people[p].carriedMinutes.isEmpty }

    func weekNights(_ p: Int) -> [Int] {
        let person = problem.people[p]
        var result = (0..<problem.weeks).map { person.carried(nights: $0) }
        for s in byPerson[p] where slot(s).isNight && !slot(s).isContext { result[min(problem.weeks - 1, slot(s).day / 7)] += 1 }
        return result
    }

    func person(_ p: Int) -> String { problem.label(person: p) }
    func slotName(_ s: Int32) -> String { problem.label(slot: Int(s)) }
    func week(_ k: Int) -> Localized {
        problem.weeks == 1 ? Localized(zh: "本期", en: "this period") : Localized(zh: "第\(k + 1)周", en: "week \(k + 1)")
    }
}
