import DutyModel
import Foundation

extension Generator {
    // MARK: Placement in compounds

    /// Residents per compound, proportional to the compound's weekly demand (largest
    /// remainder), but at least one more than its buildings so every building can have a leader.
    func quotas(total: Int) -> [Int] {
        let weight = demandMinutes.map { max(1, $0) }
        let sum = weight.reduce(0, +)
        var q = weight.map { total * $0 / sum }
        let order = (0..<weight.count).sorted {
            let a = total * weight[$0] % sum, b = total * weight[$1] % sum
            return a != b ? a > b : $0 < $1
        }
        for c in order.prefix(total - q.reduce(0, +)) { q[c] += 1 }
        let minimum = buildingsOf.map { $0.count + 1 }
        for c in q.indices {
            while q[c] < minimum[c] {
                let donor = q.indices.max { (q[$0] - minimum[$0], $1) < (q[$1] - minimum[$1], $0) }!
                guard q[donor] - minimum[donor] > 0 else { break }
                q[donor] -= 1
                q[c] += 1
            }
        }
        return q
    }

    mutating func placePeople() {
        var dice = stream(.placement)
        let mix = RoleMix(areas: p.areas, compounds: p.compounds, people: p.people, volunteers: p.volunteers)
        var remaining = quotas(total: p.people + p.volunteers)
        func place(_ category: Category, _ c: Int) -> Int {
            drafts.append(Draft(category, compound: c))
            remaining[c] -= 1
            return drafts.count - 1
        }
        func anyCompound(_ dice: inout Dice) -> Int {
            remaining.contains { $0 > 0 } ? dice.weightedIndex(remaining.map { max(0, $0) }) : dice.below(p.compounds)
        }

        // The cadre of each compound lives there (or is counted there).
        cadreOf = (0..<p.compounds).map { place(.cadre, $0) }
        // Deputy cadres help at the busiest compounds.
        let busiest = (0..<p.compounds).sorted {
            demandMinutes[$0] != demandMinutes[$1] ? demandMinutes[$0] > demandMinutes[$1] : $0 < $1
        }
        for k in 0..<(mix[.cadre] - p.compounds) {
            let c = busiest[k % busiest.count]
            drafts[place(.cadre, remaining[c] > 0 ? c : anyCompound(&dice))].isDeputyCadre = true
        }
        // A street leader lives in the roomiest compound of their area.
        streetLeaderOf = (0..<p.areas).map { a in
            let own = (0..<p.compounds).filter { compoundArea[$0] == a }
            let c = own.max { (remaining[$0], $1) < (remaining[$1], $0) } ?? anyCompound(&dice)
            return place(.streetLeader, remaining[c] > 0 ? c : anyCompound(&dice))
        }
        // Police, medical workers and property staff: one in every compound first (as far
        // as they go), then the rest by room left.
        for category in [Category.police, .medical, .property] {
            var placed = 0
            for c in dice.shuffled(Array(0..<p.compounds)) where placed < mix[category] && remaining[c] > 0 {
                _ = place(category, c)
                placed += 1
            }
            while placed < mix[category] {
                _ = place(category, anyCompound(&dice))
                placed += 1
            }
        }
        for category in [Category.retired, .inService, .volunteer] {
            for _ in 0..<mix[category] { _ = place(category, anyCompound(&dice)) }
        }
    }

    /// Building leaders first (retired party members, then volunteers, then in-service
    /// party members, then other professionals; never cadres or street leaders), then
    /// everyone else in a building chosen in proportion to its households.
    mutating func chooseBuildings() {
        var dice = stream(.buildings)
        var residents = [[Int]](repeating: [], count: p.compounds)
        for (i, d) in drafts.enumerated() { residents[d.compound].append(i) }
        buildingLeaderOf = [Int?](repeating: nil, count: buildings.count)
        for c in 0..<p.compounds {
            var tiers = [[Int]](repeating: [], count: 4)
            for i in residents[c] {
                switch drafts[i].category {
                case .retired: tiers[0].append(i)
                case .volunteer: tiers[1].append(i)
                case .inService: tiers[2].append(i)
                case .medical, .police, .property: tiers[3].append(i)
                case .cadre, .streetLeader: break
                }
            }
            let candidates = tiers.flatMap { dice.shuffled($0) }
            let own = buildingsOf[c]
            for (j, b) in own.enumerated() where j < candidates.count {
                drafts[candidates[j]].building = b
                drafts[candidates[j]].leadsBuilding = true
                buildingLeaderOf[b] = candidates[j]
            }
            let weights = own.map { buildings[$0].households }
            for i in residents[c] where drafts[i].building < 0 {
                drafts[i].building = own[dice.weightedIndex(weights)]
            }
        }
    }

    // MARK: Organisations of people

    mutating func affiliate() {
        var dice = stream(.affiliation)
        let inServiceUnits = governmentUnits + schools + enterprises + otherUnits
        var inServiceCovered = 0
        let inServiceOrder = dice.shuffled(inServiceUnits)
        for i in drafts.indices {
            let d = drafts[i]
            let area = compoundArea[d.compound]
            let org: Int?
            switch d.category {
            case .streetLeader:
                org = streetOffice[area]
            case .cadre:
                let r = dice.below(100)
                org = r < 60 ? streetOffice[area] : r < 85 ? compoundCommunity[d.compound] : dice.pick(governmentUnits)
            case .medical:
                org = dice.percent(45) ? healthCentre[area] : dice.pick(majorHospitals)
            case .police:
                org = dice.percent(80) || cityPolice == nil ? station[area] : cityPolice
            case .property:
                org = compoundProperty[d.compound]
            case .retired:
                org = compoundCommunity[d.compound]
            case .inService:
                if inServiceCovered < inServiceOrder.count {
                    // Every unit sent at least one member.
                    org = inServiceOrder[inServiceCovered]
                    inServiceCovered += 1
                } else {
                    let r = dice.below(100)
                    org = r < 45 ? dice.pick(governmentUnits) : r < 80 ? dice.pick(enterprises)
                        : r < 95 || otherUnits.isEmpty ? dice.pick(schools) : dice.pick(otherUnits)
                }
            case .volunteer:
                org = nil
            }
            drafts[i].organisation = org
        }
        // Units nobody came from borrow a member of the same kind from the largest unit
        // of that kind (in the same area when the unit belongs to one); an empty
        // residents' committee takes the cadre of one of its compounds.
        var members = [Int](repeating: 0, count: organisations.count)
        for d in drafts { if let o = d.organisation { members[o] += 1 } }
        for o in organisations.indices where members[o] == 0 {
            let kind = organisations[o].kind
            let candidates = drafts.indices.filter { i in
                guard let current = drafts[i].organisation, members[current] >= 2 else { return false }
                if kind == .community {
                    return drafts[i].category == .cadre && compoundCommunity[drafts[i].compound] == o
                }
                guard organisations[current].kind == kind, drafts[i].category != .streetLeader,
                      drafts[i].category != .property else { return false }
                if let a = healthCentre.firstIndex(of: o) ?? station.firstIndex(of: o) {
                    return compoundArea[drafts[i].compound] == a
                }
                return true
            }
            // Every candidate has an organisation (the filter above requires one).
            func size(_ i: Int) -> Int { drafts[i].organisation.map { members[$0] } ?? 0 }
            guard let chosen = candidates.max(by: { (size($0), $1) < (size($1), $0) }),
                  let previous = drafts[chosen].organisation else { continue }
            members[previous] -= 1
            drafts[chosen].organisation = o
            members[o] += 1
        }
    }

    // MARK: Attributes

    static let skills = ["驾驶", "急救", "心理疏导", "电脑", "电工", "烹饪", "摄影", "手语"]
    static let leaveReasons = ["就医", "家中有事", "外出培训", "居家观察", "照顾老人"]

    mutating func describePeople() {
        var dice = stream(.attributes)
        var names = stream(.names)
        var phones = Set<String>()
        let refYear = SampleCity.referenceDate.year
        for i in drafts.indices {
            var d = drafts[i]
            let category = d.category
            d.roles = category.baseRoles
            if category.partyPercent > 0 && dice.percent(category.partyPercent) { d.roles.insert(.partyMemberInService) }
            if d.leadsBuilding { d.roles.insert(.buildingLeader) }
            d.sex = dice.percent(category.malePercent) ? .male : .female
            d.birthYear = dice.int(category.birthYears)
            d.name = PersonNames.fullName(sex: d.sex, birthYear: d.birthYear, dice: &names)
            d.phone = PersonNames.phone(dice: &dice, used: &phones)

            // Weekly availability.
            switch category {
            case .medical where dice.percent(40): d.availability = AvailabilityPattern.alternateDays
            case .retired where dice.percent(70): d.availability = AvailabilityPattern.daytime
            case .inService where dice.percent(40): d.availability = AvailabilityPattern.eveningsAndWeekends
            case .volunteer where dice.percent(20):
                d.availability = dice.pick([AvailabilityPattern.weekendsOnly, AvailabilityPattern.daytime,
                                            AvailabilityPattern.weekdaysOnly])
            default: d.availability = .always
            }
            let (nilPercent, range) = category.hours
            d.maxHours = dice.percent(nilPercent) ? nil : dice.int(range, step: 4)
            if !d.availability.isUnrestricted {
                // A restricted person always states a limit, never above the hours left open.
                d.maxHours = min(d.maxHours ?? SampleCity.defaultHoursPerWeek,
                                 AvailabilityPattern.openHours(d.availability))
            }
            d.nightDutyAllowed = refYear - d.birthYear <= 65 && dice.percent(85)

            // Skills.
            var skillIndices: [Int] = []
            switch category {
            case .medical:
                skillIndices = [1]
                if dice.percent(30) { skillIndices.append(dice.below(Generator.skills.count)) }
            case .police:
                if dice.percent(60) { skillIndices.append(0) }
            default:
                if dice.percent(35) {
                    skillIndices.append(dice.below(Generator.skills.count))
                    if dice.percent(30) { skillIndices.append(dice.below(Generator.skills.count)) }
                }
            }
            d.skills = Array(Set(skillIndices)).sorted().map { Generator.skills[$0] }

            // Dated leave in the reference month.
            if dice.percent(6) {
                let entries = dice.percent(10) ? 2 : 1
                for _ in 0..<entries {
                    let from = SampleCity.referenceDate.adding(days: dice.below(28))
                    let to = from.adding(days: min(dice.below(4), 31 - from.day))
                    let hours: TimeRange? = dice.percent(30)
                        ? dice.pick([AvailabilityPattern.hours(8, 12), AvailabilityPattern.hours(14, 18)]) : nil
                    if let leave = Unavailability(from: from, to: to, hours: hours) { d.unavailable.append(leave) }
                }
                d.notes = "请假：" + dice.pick(Generator.leaveReasons)
            }
            switch category {
            case .streetLeader: d.notes = "\(areas[compoundArea[d.compound]].name)片区负责人"
            case .cadre: d.notes = (d.isDeputyCadre ? "协助包联" : "包联") + compounds[d.compound].name
            default: break
            }
            drafts[i] = d
        }
    }

    /// Names every sample must contain: the middle-dot and Latin-letter names, and one
    /// person with each polyphonic surname, given to in-service party members and volunteers.
    mutating func nameSpecialPeople() {
        var dice = stream(.specialNames)
        let eligible = dice.shuffled(drafts.indices.filter {
            drafts[$0].category == .inService || drafts[$0].category == .volunteer
        })
        var next = 0
        for special in PersonNames.specialNames where next < eligible.count {
            drafts[eligible[next]].name = special.name
            drafts[eligible[next]].sex = special.sex
            next += 1
        }
        for surname in PersonNames.polyphonicSurnames where next < eligible.count {
            let d = drafts[eligible[next]]
            drafts[eligible[next]].name = surname
                + PersonNames.givenName(sex: d.sex, birthYear: d.birthYear, dice: &dice)
            next += 1
        }
    }

    // MARK: Assembly

    mutating func assemble() -> Directory {
        var dice = stream(.identifiers)
        let order = dice.shuffled(Array(drafts.indices))
        let width = idWidth(drafts.count, minimum: 4)
        var ids = [PersonID](repeating: PersonID(rawValue: ""), count: drafts.count)
        for (position, i) in order.enumerated() { ids[i] = PersonID(rawValue: "P" + padded(position + 1, width)) }

        let people = drafts.indices.map { i in
            let d = drafts[i]
            return Person(id: ids[i], name: d.name, phone: d.phone, sex: d.sex, birthYear: d.birthYear,
                          compound: compounds[d.compound].id, building: d.building >= 0 ? buildings[d.building].id : nil,
                          organisation: d.organisation.map { organisations[$0].id }, roles: d.roles, skills: d.skills,
                          availability: d.availability, unavailable: d.unavailable, maxHoursPerWeek: d.maxHours,
                          nightDutyAllowed: d.nightDutyAllowed, notes: d.notes)
        }
        for a in areas.indices { areas[a].leader = ids[streetLeaderOf[a]] }
        for c in compounds.indices { compounds[c].cadre = ids[cadreOf[c]] }
        for b in buildings.indices { buildings[b].leader = buildingLeaderOf[b].map { ids[$0] } }
        return Directory(organisations: organisations, areas: areas, compounds: compounds, gates: gates,
                         buildings: buildings, people: people, shiftTemplates: PostPlan.templates, posts: posts)
    }
}
