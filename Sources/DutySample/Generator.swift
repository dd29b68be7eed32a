import DutyModel
import Foundation

/// One run of the sample-city generator. Each stage draws from its own random stream.
struct Generator {
    let p: SampleCity.Parameters

    // Places.
    var areas: [Area] = []
    var compounds: [Compound] = []
    var gates: [Gate] = []
    var buildings: [Building] = []
    var compoundArea: [Int] = []
    var buildingsOf: [[Int]] = []
    var gatesOf: [[Int]] = []

    // Organisations (indices into `organisations`).
    var organisations: [Organisation] = []
    var streetOffice: [Int] = []
    var station: [Int] = []
    var healthCentre: [Int] = []
    var cityPolice: Int?
    var majorHospitals: [Int] = []
    var governmentUnits: [Int] = []
    var schools: [Int] = []
    var enterprises: [Int] = []
    var otherUnits: [Int] = []
    var properties: [Int] = []
    var communities: [Int] = []
    var compoundCommunity: [Int] = []
    var compoundProperty: [Int] = []

    // Posts.
    var posts: [Post] = []
    var demandMinutes: [Int] = []

    // People.
    var drafts: [Draft] = []
    var streetLeaderOf: [Int] = []
    var cadreOf: [Int] = []
    var buildingLeaderOf: [Int?] = []

    init(_ parameters: SampleCity.Parameters) { p = parameters }

    enum Stream: UInt64 {
        case places = 1, organisations, placement, buildings, affiliation, attributes, names, specialNames, identifiers
    }

    func stream(_ stream: Stream) -> Dice { Dice(seed: p.seed, stream: stream.rawValue) }

    mutating func run() -> Directory {
        makePlaces()
        makeOrganisations()
        makePosts()
        placePeople()
        chooseBuildings()
        affiliate()
        describePeople()
        nameSpecialPeople()
        return assemble()
    }

    // MARK: Places

    mutating func makePlaces() {
        var dice = stream(.places)
        let areaWidth = idWidth(p.areas, minimum: 2), compoundWidth = idWidth(p.compounds, minimum: 3)
        areas = (0..<p.areas).map {
            Area(id: AreaID(rawValue: "A" + padded($0 + 1, areaWidth)), name: PlaceNames.areaName($0))
        }
        compoundArea = (0..<p.compounds).map { $0 * p.areas / p.compounds }
        let names = PlaceNames.compoundNames(p.compounds, dice: &dice)
        // Buildings: 4–20, most compounds small (the lesser of two uniform draws); old
        // work-unit quarters 4–8.
        let buildingCounts = names.map { name in
            PlaceNames.isStaffQuarters(name) ? 4 + dice.below(5) : 4 + min(dice.below(17), dice.below(17))
        }
        // Gates by size: the largest 10 % of compounds keep three gates open, the next
        // 30 % two, the rest one; so the total number of gates depends only on the count.
        let bySize = (0..<p.compounds).sorted {
            buildingCounts[$0] != buildingCounts[$1] ? buildingCounts[$0] > buildingCounts[$1] : $0 < $1
        }
        let three = p.compounds * 10 / 100, two = (p.compounds * 30 + 50) / 100
        var gateCounts = [Int](repeating: 1, count: p.compounds)
        for (rank, c) in bySize.enumerated() { gateCounts[c] = rank < three ? 3 : rank < three + two ? 2 : 1 }

        for c in 0..<p.compounds {
            let id = CompoundID(rawValue: "C" + padded(c + 1, compoundWidth))
            let highRise = !PlaceNames.isStaffQuarters(names[c]) && dice.percent(25)
            var households = 0
            var ownBuildings: [Int] = []
            for b in 0..<buildingCounts[c] {
                // Households = units × floors × 2 flats per landing.
                let units = highRise ? dice.int(1...2) : dice.int(1...3)
                let floors = highRise ? dice.pick([11, 18, 26]) : dice.pick([5, 6])
                let count = units * floors * 2
                households += count
                ownBuildings.append(buildings.count)
                buildings.append(Building(id: BuildingID(rawValue: "\(id.rawValue)-B" + padded(b + 1, 2)),
                                          compound: id, name: "\(b + 1)号楼", households: count))
            }
            let directions = dice.shuffled(PlaceNames.gateNames)
            var ownGates: [Int] = []
            for g in 0..<gateCounts[c] {
                ownGates.append(gates.count)
                gates.append(Gate(id: GateID(rawValue: "\(id.rawValue)-G\(g + 1)"), compound: id,
                                  name: directions[g % directions.count]))
            }
            buildingsOf.append(ownBuildings)
            gatesOf.append(ownGates)
            compounds.append(Compound(id: id, name: names[c], area: areas[compoundArea[c]].id, households: households))
        }
    }

    // MARK: Organisations

    mutating func makeOrganisations() {
        var dice = stream(.organisations)
        let perArea = OrganisationPlan.compoundsPerArea(areas: p.areas, compounds: p.compounds)
        let plan = OrganisationPlan(areas: p.areas, compounds: p.compounds, organisations: p.organisations)
        var names: [(String, OrganisationKind)] = []
        func add(_ name: String, _ kind: OrganisationKind) -> Int {
            names.append((name, kind))
            return names.count - 1
        }
        func areaShort(_ a: Int) -> String {
            let base = PlaceNames.shortAreaName(PlaceNames.areas[a % PlaceNames.areas.count])
            return a < PlaceNames.areas.count ? base : base + "第\(chineseNumeral(a / PlaceNames.areas.count + 1))片区"
        }
        func isTown(_ a: Int) -> Bool {
            let base = PlaceNames.areas[a % PlaceNames.areas.count]
            return base.hasSuffix("镇") || base.hasSuffix("乡")
        }

        streetOffice = (0..<p.areas).map { a in
            add(isTown(a) ? "\(areas[a].name)人民政府" : "\(areas[a].name)办事处", .government)
        }
        let bureauNames = dice.shuffled(PlaceNames.governmentUnits)
        governmentUnits = (0..<plan.government).map { i in
            add(PlaceNames.cycled(bureauNames, i) { PlaceNames.governmentSubunits[($0 - 1) % 4] + ($0 > 4 ? "\($0)" : "") },
                .government)
        }
        if plan.cityPolice > 0 { cityPolice = add("长垣市公安局", .police) }
        station = (0..<p.areas).map { add("长垣市公安局\(areaShort($0))派出所", .police) }
        majorHospitals = (0..<plan.majorHospitals).map { add(PlaceNames.majorHospitals[$0], .hospital) }
        healthCentre = (0..<p.areas).map { a in
            add(isTown(a) ? "\(areas[a].name)卫生院" : "\(areas[a].name)社区卫生服务中心", .hospital)
        }
        schools = (0..<plan.schools).map { i in
            add(PlaceNames.cycled(PlaceNames.schools, i) { "分校" + ($0 > 1 ? "\($0)" : "") }, .school)
        }
        let services = dice.shuffled(PlaceNames.serviceEnterprises)
        var firms: [String] = []
        for name in PlaceNames.firmNames {
            for trade in PlaceNames.firmTrades { firms.append("长垣市\(name)\(trade)有限公司") }
        }
        dice.shuffle(&firms)
        let serviceCount = min(services.count, (plan.enterprises + 4) / 5)
        enterprises = (0..<plan.enterprises).map { i in
            i < serviceCount
                ? add(services[i], .enterprise)
                : add(PlaceNames.cycled(firms, i - serviceCount) { "第\(chineseNumeral($0 + 1))分公司" }, .enterprise)
        }
        let propertyNames = dice.shuffled(PlaceNames.propertyNames)
        properties = (0..<plan.properties).map { i in
            add("长垣市" + PlaceNames.cycled(propertyNames, i) { chineseNumeral($0 + 1) } + "物业服务有限公司", .property)
        }
        let communityNames = dice.shuffled(PlaceNames.communities)
        var communitiesOfArea: [[Int]] = []
        for a in 0..<p.areas {
            communitiesOfArea.append((0..<plan.communities[a]).map { _ in
                let i = communities.count
                let name = PlaceNames.cycled(communityNames, i) { chineseNumeral($0 + 1) }
                let org = add("\(name)社区居委会", .community)
                communities.append(org)
                return org
            })
        }
        otherUnits = (0..<plan.others).map { i in
            add(PlaceNames.cycled(PlaceNames.otherUnits, i) { "\($0 + 1)" }, .other)
        }

        let width = idWidth(names.count, minimum: 3)
        organisations = names.enumerated().map { i, entry in
            Organisation(id: OrganisationID(rawValue: "O" + padded(i + 1, width)), name: entry.0, kind: entry.1)
        }

        // Each area's compounds are split in consecutive runs among its residents' committees.
        var seen = [Int](repeating: 0, count: p.areas)
        compoundCommunity = compoundArea.map { a in
            let j = seen[a]
            seen[a] += 1
            return communitiesOfArea[a][j * communitiesOfArea[a].count / perArea[a]]
        }
        // Property companies take compounds in turn (in random order), so each has at least one.
        var order = Array(0..<p.compounds)
        dice.shuffle(&order)
        compoundProperty = [Int](repeating: 0, count: p.compounds)
        for (i, c) in order.enumerated() { compoundProperty[c] = properties[i % properties.count] }
    }

    // MARK: Posts

    mutating func makePosts() {
        let templates = Dictionary(uniqueKeysWithValues: PostPlan.templates.map { ($0.id, $0) })
        demandMinutes = []
        for c in 0..<p.compounds {
            let own = PostPlan.posts(for: compounds[c], gates: gatesOf[c].map { gates[$0] })
            demandMinutes.append(own.reduce(0) { sum, post in
                guard let template = templates[post.template] else { return sum }
                return sum + SampleCity.weeklyDemandMinutes(of: post, template: template)
            })
            posts += own
        }
    }
}

/// A person being generated, before IDs are given out.
struct Draft {
    let category: Category
    let compound: Int
    var building = -1
    var leadsBuilding = false
    var isDeputyCadre = false
    var organisation: Int?
    var roles: Set<Role> = []
    var sex = Sex.male
    var birthYear = 1980
    var name = ""
    var phone = ""
    var skills: [String] = []
    var availability = WeeklyAvailability.always
    var unavailable: [Unavailability] = []
    var maxHours: Int?
    var nightDutyAllowed = true
    var notes = ""

    init(_ category: Category, compound: Int) {
        self.category = category
        self.compound = compound
    }
}
