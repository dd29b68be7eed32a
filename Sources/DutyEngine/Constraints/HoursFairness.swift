import DutyModel
import SearchCore

/// Hours balanced among people: each person's hours in a week, squared and scaled by their
/// own limit (40 h ⇒ ×1, 20 h ⇒ ×2). Moving an hour from a busier to a less busy person
/// always lowers the sum, so the search evens out load in proportion to what people offered.
public struct HoursFairness: DutyConstraint {
    public init() {}
    public let id = "hours-fairness"
    public let level = Level.soft
    public let summary = Localized(zh: "值班时长按本人可值时长均衡分配", en: "Hours shared fairly, in proportion to each person's limit")
    public let penaltyUnit = "hours² per week × 40 / the person's weekly limit in hours"

    public static func cost(minutes: Int, limit: Int, _ settings: DutySettings) -> Int {
        guard minutes > 0 else { return 0 }
        let limitHours = max(1, limit / 60)
        return settings.hoursFairnessWeight * minutes * minutes * 40 / (3600 * limitHours)
    }

    public func violations(_ view: DutyView) -> [Violation] {
        var result: [Violation] = []
        for p in view.byPerson.indices where view.hasLoad(p) {
            let limit = view.problem.people[p].maxMinutesPerWeek
            for (k, minutes) in view.weekMinutes(p).enumerated() {
                let cost = HoursFairness.cost(minutes: minutes, limit: limit, view.problem.settings)
                guard cost > 0 else { continue }
                result.append(violation(view, person: p, slots: [], penalty: cost, Localized(
                    zh: "\(view.person(p)) \(view.week(k).zh)值班 \(HoursText.tenths(minutes)) 小时（上限 \(HoursText.tenths(limit))）",
                    en: "\(view.person(p)) serves \(HoursText.tenths(minutes)) h in \(view.week(k).en) (limit \(HoursText.tenths(limit)))")))
            }
        }
        return result
    }
}
