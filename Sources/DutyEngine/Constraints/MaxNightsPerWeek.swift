import DutyModel
import SearchCore

/// At most so many night shifts per 7-day block (default 3).
public struct MaxNightsPerWeek: DutyConstraint {
    public init() {}
    public let id = "max-nights-per-week"
    public let level = Level.hard
    public let summary = Localized(zh: "每周夜班不超过3个", en: "At most 3 night shifts a week")
    public let penaltyUnit = "a night shift over the limit"

    public func violations(_ view: DutyView) -> [Violation] {
        let limit = view.problem.settings.maxNightsPerWeek
        var result: [Violation] = []
        for p in view.byPerson.indices where !view.byPerson[p].isEmpty {
            for (k, nights) in view.weekNights(p).enumerated() where nights > limit {
                let slots = view.byPerson[p].filter { view.slot($0).isNight && view.slot($0).day / 7 == k }.map(Int.init)
                result.append(violation(view, person: p, slots: slots, penalty: nights - limit, Localized(
                    zh: "\(view.person(p)) \(view.week(k).zh)有 \(nights) 个夜班，最多 \(limit) 个",
                    en: "\(view.person(p)) has \(nights) night shifts in \(view.week(k).en), at most \(limit)")))
            }
        }
        return result
    }
}
