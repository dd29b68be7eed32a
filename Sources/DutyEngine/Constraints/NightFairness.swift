import DutyModel
import SearchCore

/// Night shifts balanced among people: the number of nights per week, squared.
public struct NightFairness: DutyConstraint {
    public init() {}
    public let id = "night-fairness"
    public let level = Level.soft
    public let summary = Localized(zh: "夜班均衡分配", en: "Night shifts shared fairly")
    public let penaltyUnit = "1/20 of nights² per week"

    public static func cost(nights: Int, _ settings: DutySettings) -> Int { settings.nightFairnessWeight * nights * nights }

    public func violations(_ view: DutyView) -> [Violation] {
        var result: [Violation] = []
        for p in view.byPerson.indices where view.hasLoad(p) {
            for (k, nights) in view.weekNights(p).enumerated() where nights > 0 {
                result.append(violation(view, person: p, slots: [], penalty: NightFairness.cost(nights: nights, view.problem.settings),
                                        Localized(zh: "\(view.person(p)) \(view.week(k).zh)有 \(nights) 个夜班",
                                                  en: "\(view.person(p)) has \(nights) night shifts in \(view.week(k).en)")))
            }
        }
        return result
    }
}
