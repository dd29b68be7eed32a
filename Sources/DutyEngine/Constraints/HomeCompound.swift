import DutyModel
import SearchCore

/// People serve near home: an hour of duty in another compound of the same area costs
/// `awayWeight`, in another area `otherAreaWeight`.
public struct HomeCompound: DutyConstraint {
    public init() {}
    public let id = "home-compound"
    public let level = Level.soft
    public let summary = Localized(zh: "优先在本人所住小区值班", en: "Serve in one's own compound where possible")
    public let penaltyUnit = "1/20 of an hour served in another compound of the area (1/100: another area)"

    public static func cost(_ problem: DutyProblem, person p: Int, slot s: Int) -> Int {
        let home = problem.people[p].home, place = problem.slots[s].place
        guard home != place else { return 0 }
        let sameArea = problem.places[home].area == problem.places[place].area
        return problem.slots[s].hours * (sameArea ? problem.settings.awayWeight : problem.settings.otherAreaWeight)
    }

    public func violations(_ view: DutyView) -> [Violation] {
        var result: [Violation] = []
        for (p, list) in view.byPerson.enumerated() {
            for s in list {
                let cost = HomeCompound.cost(view.problem, person: p, slot: Int(s))
                guard cost > 0 else { continue }
                let home = view.problem.places[view.problem.people[p].home].name
                result.append(violation(view, person: p, slots: [Int(s)], penalty: cost, Localized(
                    zh: "\(view.person(p)) 住在\(home)，被排到 \(view.slotName(s))",
                    en: "\(view.person(p)) lives in \(home) but serves at \(view.slotName(s))")))
            }
        }
        return result
    }
}
