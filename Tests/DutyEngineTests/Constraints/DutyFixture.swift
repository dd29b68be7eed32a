import DutyEngine
import DutyModel
import SearchCore

/// A hand-built duty problem for constraint tests: compounds 0 and 1 in area 0, compound 2
/// in area 1; people and slots added one by one; times in whole hours from day 0, 00:00.
struct DutyFixture {
    var problem: DutyProblem

    init(days: Int = 14) {
        problem = DutyProblem(days: days, people: [], slots: [],
                              places: [DutyPlace(name: "幸福家园", area: 0), DutyPlace(name: "银河小区", area: 0),
                                       DutyPlace(name: "金地花园", area: 1)])
    }

    static let party = RoleMask([Role.partyMemberInService, .retiredPartyMember])
    static let partyRequirement = DutyRequirement(roles: party, atLeast: 1, name: Localized(zh: "党员", en: "party"))

    @discardableResult
    mutating func person(_ name: String, roles: [Role] = [.residentVolunteer], age: Int = 40, home: Int = 0,
                         maxHours: Int = 40, night: Bool = true, available: [Range<Int>]? = nil) -> Int {
        let all = 0..<((problem.days + 1) * 1440)
        problem.people.append(DutyPerson(id: "P\(problem.people.count + 1)", name: name, roles: RoleMask(roles), age: age,
                                         nightAllowed: night, home: home, maxMinutesPerWeek: maxHours * 60,
                                         available: available ?? [all], group: "g"))
        return problem.people.count - 1
    }

    @discardableResult
    mutating func slot(day: Int, from hour: Int, hours: Int, place: Int = 0, min: Int = 1, max: Int = 3,
                       night: Bool = false, requirements: [DutyRequirement] = [], minAge: Int? = nil,
                       maxAge: Int? = nil) -> Int {
        let start = day * 1440 + hour * 60
        problem.slots.append(DutySlot(id: "S\(problem.slots.count)", label: "岗\(problem.slots.count) d\(day) \(hour):00+\(hours)h",
                                      place: place, post: 0, day: day, start: start, end: start + hours * 60, isNight: night,
                                      minimum: min, maximum: max, requirements: requirements, minAge: minAge, maxAge: maxAge))
        return problem.slots.count - 1
    }

    func roster(_ pairs: [(Int, Int)]) -> DutyRoster {
        var roster = DutyRoster(slots: problem.slots.count)
        for (slot, person) in pairs { roster.add(DutyPair(slot: slot, person: person)) }
        return roster
    }

    func violations(_ constraint: any DutyConstraint, _ pairs: [(Int, Int)]) -> [Violation] {
        constraint.violations(DutyView(problem, roster(pairs)))
    }

    func penalty(_ constraint: any DutyConstraint, _ pairs: [(Int, Int)]) -> Int {
        violations(constraint, pairs).reduce(0) { $0 + $1.penalty }
    }
}
