import DutyModel
import Foundation

/// A seeded generator of a sample city like the report's Changyuan (长垣): street-office
/// areas, residential compounds with gates and buildings, the organisations that sent
/// people, the people themselves, and the seven kinds of service post with their
/// shifts and staffing rules. See `docs/sample-city.md` for every assumption.
public struct SampleCity {
    public struct Parameters: Sendable, Hashable {
        /// Street-office areas (片区), each with one street leader.
        public var areas: Int
        /// Residential compounds (小区), each with one cadre.
        public var compounds: Int
        /// Organisations (单位) people come from.
        public var organisations: Int
        /// People from organisations: every role except pure resident volunteers.
        public var people: Int
        /// Resident volunteers (居民志愿者) without an organisation.
        public var volunteers: Int
        public var seed: UInt64

        public init(areas: Int, compounds: Int, organisations: Int, people: Int, volunteers: Int, seed: UInt64 = 1) {
            self.areas = areas
            self.compounds = compounds
            self.organisations = organisations
            self.people = people
            self.volunteers = volunteers
            self.seed = seed
        }

        /// One area, five compounds, about 150 people: for tests and demonstrations.
        public static let small = Parameters(areas: 1, compounds: 5, organisations: 12, people: 110, volunteers: 40,
                                             seed: 1)
        /// The report's city: 6 areas, 140 compounds, 211 organisations, 3,057 people and
        /// 1,100 resident volunteers.
        public static let city = Parameters(areas: 6, compounds: 140, organisations: 211, people: 3057,
                                            volunteers: 1100, seed: 1)

        /// The parameters actually used: every count raised to the least the generator
        /// needs (at least one area, a compound per area, one organisation of each
        /// essential kind, a cadre per compound and a leader per area).
        public var effective: Parameters {
            var e = self
            e.areas = max(1, areas)
            e.compounds = max(e.areas, compounds)
            e.organisations = max(OrganisationPlan.minimum(areas: e.areas, compounds: e.compounds), organisations)
            e.people = max(RoleMix.minimumPeople(areas: e.areas, compounds: e.compounds), people)
            e.volunteers = max(0, volunteers)
            return e
        }
    }

    /// The day the sample describes (ages are taken in this year; dated leave falls in this month).
    public static let referenceDate = LocalDate(year: 2026, month: 12, day: 1) ?? LocalDate(dayNumber: 20788)

    /// Hours per week counted for a person who set no maximum.
    public static let defaultHoursPerWeek = 40

    /// A complete, valid directory for `parameters`, records sorted by ID. The same
    /// parameters always give the same directory.
    public static func generate(_ parameters: Parameters) -> Directory {
        var generator = Generator(parameters.effective)
        return generator.run().sorted()
    }

    /// Demand: the sum over posts and shifts of the minimum headcount × shift hours × 7.
    /// Supply: the sum of people's `maxHoursPerWeek`, counting nil as ``defaultHoursPerWeek``.
    public static func capacity(of directory: Directory) -> (demandHoursPerWeek: Int, supplyHoursPerWeek: Int) {
        let templates = Dictionary(directory.shiftTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var demandMinutes = 0
        for post in directory.posts {
            guard let template = templates[post.template] else { continue }
            demandMinutes += weeklyDemandMinutes(of: post, template: template)
        }
        let supply = directory.people.reduce(0) { $0 + ($1.maxHoursPerWeek ?? defaultHoursPerWeek) }
        return ((demandMinutes + 30) / 60, supply)
    }

    /// ``capacity(of:)`` per compound, counting each person where they live, in compound order.
    public static func capacityByCompound(of directory: Directory)
        -> [(compound: CompoundID, demandHoursPerWeek: Int, supplyHoursPerWeek: Int)] {
        let templates = Dictionary(directory.shiftTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var demand: [CompoundID: Int] = [:]
        var supply: [CompoundID: Int] = [:]
        for post in directory.posts {
            guard let template = templates[post.template] else { continue }
            demand[post.compound, default: 0] += weeklyDemandMinutes(of: post, template: template)
        }
        for person in directory.people {
            supply[person.compound, default: 0] += person.maxHoursPerWeek ?? defaultHoursPerWeek
        }
        return directory.compounds.map { c in
            (c.id, ((demand[c.id] ?? 0) + 30) / 60, supply[c.id] ?? 0)
        }
    }

    /// Minimum person-minutes a post needs in a week.
    static func weeklyDemandMinutes(of post: Post, template: ShiftTemplate) -> Int {
        template.shifts.reduce(0) { sum, shift in
            sum + (post.rule(for: shift.code)?.minimum ?? 0) * shift.minutes * 7
        }
    }
}
