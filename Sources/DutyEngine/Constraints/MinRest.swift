import DutyModel
import SearchCore

/// Rest around long shifts: between a long shift (≥ `longShiftMinutes`, e.g. an 8-hour
/// checkpoint shift) and the person's next or previous duty lie at least
/// `restAfterLongMinutes`. Short sessions back to back are fine; overlaps are `NoOverlap`'s.
public struct MinRest: DutyConstraint {
    public init() {}
    public let id = "min-rest"
    public let level = Level.hard
    public let summary = Localized(zh: "长班次（≥6小时）前后至少休息8小时",
                                   en: "At least 8 h of rest before and after a long shift (≥ 6 h)")
    public let penaltyUnit = "a pair of consecutive duties too close"

    public func violations(_ view: DutyView) -> [Violation] {
        let settings = view.problem.settings
        var result: [Violation] = []
        for (p, list) in view.byPerson.enumerated() where list.count > 1 {
            for i in 1..<list.count {
                let a = view.slot(list[i - 1]), b = view.slot(list[i])
                let gap = b.start - a.end
                guard gap >= 0, a.minutes >= settings.longShiftMinutes || b.minutes >= settings.longShiftMinutes,
                      gap < settings.restAfterLongMinutes else { continue }
                result.append(violation(view, person: p, slots: [Int(list[i - 1]), Int(list[i])], penalty: 1, Localized(
                    zh: "\(view.person(p)) 在 \(view.slotName(list[i - 1])) 与 \(view.slotName(list[i])) 之间只休息 \(HoursText.tenths(gap)) 小时（至少 \(HoursText.tenths(settings.restAfterLongMinutes))）",
                    en: "\(view.person(p)) rests only \(HoursText.tenths(gap)) h between \(view.slotName(list[i - 1])) and \(view.slotName(list[i])) (at least \(HoursText.tenths(settings.restAfterLongMinutes)))")))
            }
        }
        return result
    }
}
