import DutyModel
import Foundation

/// The people's primary roles. A person has one category; roles may be added on top
/// (party membership of some professionals, building leader).
enum Category: Int, CaseIterable {
    case streetLeader, cadre, medical, police, property, retired, inService, volunteer

    /// Percentage of men.
    var malePercent: Int {
        switch self {
        case .streetLeader: 70
        case .cadre: 60
        case .medical: 30
        case .police: 85
        case .property: 60
        case .retired: 50
        case .inService: 55
        case .volunteer: 45
        }
    }

    var birthYears: ClosedRange<Int> {
        switch self {
        case .streetLeader: 1968...1985
        case .cadre: 1970...1996
        case .medical: 1968...1999
        case .police: 1970...1998
        case .property, .inService: 1965...2000
        case .retired: 1945...1962
        case .volunteer: 1950...2004
        }
    }

    var baseRoles: Set<Role> {
        switch self {
        case .streetLeader: [.streetLeader, .partyMemberInService]
        case .cadre: [.compoundCadre, .partyMemberInService]
        case .medical: [.medicalWorker]
        case .police: [.communityPolice]
        case .property: [.propertyStaff]
        case .retired: [.retiredPartyMember]
        case .inService: [.partyMemberInService]
        case .volunteer: [.residentVolunteer]
        }
    }

    /// Chance (percent) that a professional is also an in-service party member.
    var partyPercent: Int {
        switch self {
        case .medical: 30
        case .police: 50
        case .property: 10
        default: 0
        }
    }

    /// Weekly-hours limit: percentage left unset, and the range (in steps of 4) otherwise.
    var hours: (nilPercent: Int, range: ClosedRange<Int>) {
        switch self {
        case .streetLeader: (100, 40...40)
        case .cadre: (40, 44...60)
        case .medical: (10, 28...44)
        case .police: (10, 32...48)
        case .property: (10, 40...56)
        case .retired: (10, 16...40)
        case .inService: (10, 28...56)
        case .volunteer: (15, 20...48)
        }
    }
}

/// How the `people` of the parameters split into categories (volunteers are separate).
struct RoleMix {
    /// Percent of `people` for the professional and retired categories.
    static let percents: [(Category, Int)] = [(.medical, 8), (.police, 5), (.property, 8), (.retired, 12)]

    static func extraCadres(compounds: Int) -> Int { max(1, compounds / 20) }

    /// Counts indexed by `Category.rawValue`.
    let counts: [Int]

    init(areas: Int, compounds: Int, people: Int, volunteers: Int) {
        var counts = [Int](repeating: 0, count: Category.allCases.count)
        counts[Category.streetLeader.rawValue] = areas
        counts[Category.cadre.rawValue] = compounds + RoleMix.extraCadres(compounds: compounds)
        for (category, percent) in RoleMix.percents {
            counts[category.rawValue] = max(1, (people * percent + 50) / 100)
        }
        counts[Category.inService.rawValue] = people - counts.reduce(0, +)
        counts[Category.volunteer.rawValue] = volunteers
        self.counts = counts
    }

    subscript(_ category: Category) -> Int { counts[category.rawValue] }

    /// The least `people` that leaves at least one in-service party member.
    static func minimumPeople(areas: Int, compounds: Int) -> Int {
        var n = areas + compounds + extraCadres(compounds: compounds) + percents.count + 1
        while RoleMix(areas: areas, compounds: compounds, people: n, volunteers: 0)[.inService] < 1 { n += 1 }
        return n
    }
}

/// How many organisations of each kind, for a number of organisations, areas and compounds.
struct OrganisationPlan {
    var streetOffices = 0      // government: one per area
    var communities: [Int] = []  // community: per area, one per six compounds (at least one)
    var cityPolice = 0         // police: the city bureau itself
    var stations = 0           // police: one station per area
    var majorHospitals = 0     // hospital
    var healthCentres = 0      // hospital: one per area
    var schools = 0
    var properties = 0         // property: one per eight compounds (at least one)
    var others = 0
    var government = 0         // government: county bureaus
    var enterprises = 0

    static func compoundsPerArea(areas: Int, compounds: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: areas)
        for c in 0..<compounds { counts[c * areas / compounds] += 1 }
        return counts
    }

    /// The organisations without which some category would have nowhere to come from.
    private static func essential(areas: Int, compounds: Int) -> OrganisationPlan {
        var plan = OrganisationPlan()
        plan.streetOffices = areas
        plan.communities = compoundsPerArea(areas: areas, compounds: compounds).map { max(1, $0 / 6) }
        plan.stations = areas
        plan.majorHospitals = 1
        plan.healthCentres = areas
        plan.schools = 1
        plan.properties = max(1, compounds / 8)
        plan.government = 1
        plan.enterprises = 1
        return plan
    }

    static func minimum(areas: Int, compounds: Int) -> Int { essential(areas: areas, compounds: compounds).total }

    init() {}

    /// The essential units, then (while the count lasts) the city police bureau, more
    /// hospitals (one per 30 units), schools (one per 15), other units (one per 50), and
    /// the rest split evenly between county bureaus and enterprises.
    init(areas: Int, compounds: Int, organisations: Int) {
        self = OrganisationPlan.essential(areas: areas, compounds: compounds)
        var left = organisations - total
        func take(_ wanted: Int) -> Int {
            let n = max(0, min(left, wanted))
            left -= n
            return n
        }
        cityPolice += take(organisations >= 60 ? 1 : 0)
        majorHospitals += take(min(PlaceNames.majorHospitals.count, max(1, organisations / 30)) - 1)
        schools += take(max(1, organisations / 15) - 1)
        others += take(organisations / 50)
        government += left / 2
        enterprises += left - left / 2
    }

    var total: Int {
        streetOffices + communities.reduce(0, +) + cityPolice + stations + majorHospitals + healthCentres + schools
            + properties + others + government + enterprises
    }
}

/// Weekly availability patterns.
enum AvailabilityPattern {
    static func hours(_ start: Int, _ end: Int) -> TimeRange {
        TimeRange(start: PostPlan.clock(start), end: PostPlan.clock(end)) ?? .allDay
    }

    static func pattern(_ ranges: (Weekday) -> TimeRange?) -> WeeklyAvailability {
        var days: [Weekday: [TimeRange]] = [:]
        for day in Weekday.allCases {
            if let range = ranges(day) { days[day] = [range] }
        }
        return WeeklyAvailability(days: days)
    }

    /// In-service party members with a day job: weekday evenings 17:00–24:00, weekends 07:00–23:00.
    static let eveningsAndWeekends = pattern { $0.isWeekend ? hours(7, 23) : hours(17, 24) }
    /// Daytime every day, 07:00–19:00 (so that the 07:00–15:00 checkpoint shift fits).
    static let daytime = pattern { _ in hours(7, 19) }
    /// Medical workers on a rota at their hospital: Monday, Wednesday, Friday and Sunday, all day.
    static let alternateDays = pattern { [.monday, .wednesday, .friday, .sunday].contains($0) ? .allDay : nil }
    static let weekendsOnly = pattern { $0.isWeekend ? hours(7, 23) : nil }
    static let weekdaysOnly = pattern { $0.isWeekend ? nil : hours(7, 23) }

    /// Hours per week the pattern leaves open.
    static func openHours(_ availability: WeeklyAvailability) -> Int {
        Weekday.allCases.reduce(0) { sum, day in
            sum + (availability.days[day] ?? []).reduce(0) { $0 + $1.minutes } / 60
        }
    }
}
