import DutyModel
import SearchCore

/// A rule over a duty roster (slots with times), one type per file in Duty/Constraints.
/// `violations` names the people, posts and times; the penalty is their sum.
public protocol DutyConstraint: ConstraintInfo {
    func violations(_ view: DutyView) -> [Violation]
}

extension DutyConstraint {
    public func penalty(_ view: DutyView) -> Int { view.sum(violations(view)) }

    func violation(_ view: DutyView, person: Int?, slots: [Int], penalty: Int, _ message: Localized) -> Violation {
        Violation(constraint: id, level: level, entities: (person.map { [.person($0)] } ?? []) + slots.map { .slot($0) },
                  penalty: penalty, message: message)
    }
}

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

    /// Minutes a person is on duty in each 7-day block.
    func weekMinutes(_ p: Int) -> [Int] {
        var result = Array(repeating: 0, count: problem.weeks)
        for s in byPerson[p] { result[min(problem.weeks - 1, slot(s).day / 7)] += slot(s).minutes }
        return result
    }

    func weekNights(_ p: Int) -> [Int] {
        var result = Array(repeating: 0, count: problem.weeks)
        for s in byPerson[p] where slot(s).isNight { result[min(problem.weeks - 1, slot(s).day / 7)] += 1 }
        return result
    }

    func person(_ p: Int) -> String { problem.label(person: p) }
    func slotName(_ s: Int32) -> String { problem.label(slot: Int(s)) }
    func week(_ k: Int) -> Localized {
        problem.weeks == 1 ? Localized(zh: "本期", en: "this period") : Localized(zh: "第\(k + 1)周", en: "week \(k + 1)")
    }
}

/// Hours for messages: `7.5` or `8`.
func hoursText(_ minutes: Int) -> String {
    minutes % 60 == 0 ? "\(minutes / 60)" : String(format: "%.1f", Double(minutes) / 60)
}

public enum DutyConstraints {
    /// Every duty constraint, hard ones first.
    public static let all: [any DutyConstraint] = [
        NoOverlap(), MinRest(), MaxMinutesPerDay(), Availability(), Eligibility(), MaxWeeklyHours(),
        MaxNightsPerWeek(), MaxHeadcount(), Pinned(),
        Understaffing(), RoleMix(), HomeCompound(), HoursFairness(), NightFairness(), RosterChange(),
    ]

    public static var ids: [String] { all.map(\.id) }

    /// The duty rules' part of docs/constraints.md, with the defaults of `DutySettings`.
    public static var section: ConstraintSection {
        let d = DutySettings()
        return ConstraintSection(
            title: "Duty rosters (slots with times)",
            introduction: """
                From `DutyConstraints.all` (Sources/DutyEngine/Duty/Constraints); each has one test file in
                Tests/DutyEngineTests/DutyConstraints. These rule the rosters of compounds and posts (`zhiban solve`),
                where a person may hold several slots a day. Limits and weights are `DutySettings`; the defaults are
                below.
                """,
            constraints: all,
            notes: """
                Defaults (`DutySettings`): a long shift is at least \(d.longShiftMinutes / 60) h and needs \(d.restAfterLongMinutes / 60) h \
                of rest around it; at most \(d.maxMinutesPerDay / 60) h of duty start on one day; at most \(d.maxNightsPerWeek) nights \
                per 7-day block; a person without a weekly limit counts as \(DutyCompiler.defaultMaxHoursPerWeek) h. Weights: \
                understaffing \(d.understaffWeight) and role mix \(d.roleMixWeight) per missing person-hour, away from home \
                \(d.awayWeight) (other area \(d.otherAreaWeight)) per hour, hours fairness ×\(d.hoursFairnessWeight), night \
                fairness ×\(d.nightFairnessWeight), a change to a published roster \(d.changeWeight).
                """)
    }
}
