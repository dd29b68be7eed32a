import DutyModel
import SearchCore

/// Most duty starting on one day (default 10 h): at most one long shift a day, plus a
/// short session at most.
public struct MaxMinutesPerDay: DutyConstraint {
    public init() {}
    public let id = "max-minutes-per-day"
    public let level = Level.hard
    public let summary = Localized(zh: "每天值班不超过10小时（每天至多一个长班）",
                                   en: "At most 10 h of duty starting on one day (one long shift a day)")
    public let penaltyUnit = "an hour (begun) over the daily limit"

    public func violations(_ view: DutyView) -> [Violation] {
        let limit = view.problem.settings.maxMinutesPerDay
        var result: [Violation] = []
        for (p, list) in view.byPerson.enumerated() where !list.isEmpty {
            var i = 0
            while i < list.count {
                let day = view.slot(list[i]).day
                var j = i, minutes = 0
                var onDay: [Int] = []
                while j < list.count && view.slot(list[j]).day == day {
                    minutes += view.slot(list[j]).minutes
                    onDay.append(Int(list[j]))
                    j += 1
                }
                if minutes > limit {
                    result.append(violation(view, person: p, slots: onDay, penalty: (minutes - limit + 59) / 60, Localized(
                        zh: "\(view.person(p)) \(view.problem.dayName(day).zh) 值班 \(HoursText.tenths(minutes)) 小时，超过 \(HoursText.tenths(limit)) 小时",
                        en: "\(view.person(p)) has \(HoursText.tenths(minutes)) h of duty on \(view.problem.dayName(day).en), over \(HoursText.tenths(limit)) h")))
                }
                i = j
            }
        }
        return result
    }
}
