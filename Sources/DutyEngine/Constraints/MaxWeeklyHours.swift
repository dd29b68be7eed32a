import DutyModel
import SearchCore

/// Each person's own limit of hours per week (7-day blocks from the first day).
public struct MaxWeeklyHours: DutyConstraint {
    public init() {}
    public let id = "max-weekly-hours"
    public let level = Level.hard
    public let summary = Localized(zh: "不超过本人每周最多值班小时数", en: "Within the person's most hours per week")
    public let penaltyUnit = "an hour (begun) over the weekly limit"

    public func violations(_ view: DutyView) -> [Violation] {
        var result: [Violation] = []
        for p in view.byPerson.indices where !view.byPerson[p].isEmpty {
            let limit = view.problem.people[p].maxMinutesPerWeek
            for (k, minutes) in view.weekMinutes(p).enumerated() where minutes > limit {
                let slots = view.byPerson[p].filter { view.slot($0).day / 7 == k }.map(Int.init)
                result.append(violation(view, person: p, slots: slots, penalty: (minutes - limit + 59) / 60, Localized(
                    zh: "\(view.person(p)) \(view.week(k).zh)值班 \(HoursText.tenths(minutes)) 小时，超过本人上限 \(HoursText.tenths(limit)) 小时",
                    en: "\(view.person(p)) has \(HoursText.tenths(minutes)) h in \(view.week(k).en), over their limit of \(HoursText.tenths(limit)) h")))
            }
        }
        return result
    }
}
