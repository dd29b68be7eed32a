import DutyCSV
import DutyModel
import DutySample
import Foundation
import Testing

// Generated once and shared (generation is deterministic, so sharing hides nothing).
let smallCity = SampleCity.generate(.small)
let fullCity = SampleCity.generate(.city)

func withSeed(_ p: SampleCity.Parameters, _ seed: UInt64) -> SampleCity.Parameters {
    var q = p
    q.seed = seed
    return q
}

/// Presets and other seeds and shapes, for the checks every sample must pass.
let sampleCases: [SampleCity.Parameters] = [.small, .city]
    + (2...5).flatMap { [withSeed(.small, $0), withSeed(.city, $0)] }
    + [SampleCity.Parameters(areas: 3, compounds: 17, organisations: 40, people: 420, volunteers: 130, seed: 9),
       SampleCity.Parameters(areas: 20, compounds: 300, organisations: 400, people: 6600, volunteers: 2300, seed: 11)]

func generated(_ p: SampleCity.Parameters) -> Directory {
    switch p {
    case .small: smallCity
    case .city: fullCity
    default: SampleCity.generate(p)
    }
}

let twoCharacterSurnames = ["欧阳", "司马", "诸葛", "上官", "司徒", "皇甫"]

func surname(_ name: String) -> String {
    for s in twoCharacterSurnames where name.hasPrefix(s) { return s }
    return String(name.prefix(1))
}

func hasLatinLetter(_ s: String) -> Bool {
    s.unicodeScalars.contains { ("A"..."Z").contains($0) || ("a"..."z").contains($0) }
}

// MARK: - Determinism

@Suite struct Determinism {
    @Test func sameParametersGiveTheSameDirectory() {
        #expect(SampleCity.generate(.small) == smallCity)
        #expect(SampleCity.generate(.city) == fullCity)
    }

    @Test func differentSeedsGiveDifferentDirectories() {
        let small2 = SampleCity.generate(withSeed(.small, 2))
        #expect(small2 != smallCity)
        #expect(small2.people.map(\.name) != smallCity.people.map(\.name))
        #expect(small2.compounds.map(\.name) != smallCity.compounds.map(\.name))
        let city2 = SampleCity.generate(withSeed(.city, 2))
        #expect(city2 != fullCity)
        #expect(city2.people.map(\.phone) != fullCity.people.map(\.phone))
    }

    @Test func recordsAreSortedByID() {
        #expect(smallCity == smallCity.sorted())
        #expect(fullCity == fullCity.sorted())
    }

    /// A hash of a canonical rendering that does not depend on hash-table order: fails if
    /// any output depends on per-process hashing (or on an unintended generator change).
    @Test func fingerprintIsTheSameInEveryRun() {
        #expect(fingerprint(smallCity) == fingerprint(SampleCity.generate(.small)))
        // Recorded from a run; update deliberately when the generator is changed on purpose.
        #expect(fingerprint(smallCity) == "db94e64ec18418dc")
        #expect(fingerprint(fullCity) == "c160c6c3f5a5646f")
    }
}

func canonicalText(_ d: Directory) -> String {
    var lines: [String] = []
    for o in d.organisations { lines.append("O|\(o.id)|\(o.name)|\(o.kind.rawValue)") }
    for a in d.areas { lines.append("A|\(a.id)|\(a.name)|\(a.leader?.rawValue ?? "")") }
    for c in d.compounds {
        lines.append("C|\(c.id)|\(c.name)|\(c.area)|\(c.households)|\(c.cadre?.rawValue ?? "")")
    }
    for g in d.gates { lines.append("G|\(g.id)|\(g.compound)|\(g.name)") }
    for b in d.buildings { lines.append("B|\(b.id)|\(b.name)|\(b.households)|\(b.leader?.rawValue ?? "")") }
    for p in d.people {
        let availability = p.availability.isUnrestricted ? "always" : Weekday.allCases.map { day in
            (p.availability.days[day] ?? []).map(\.description).joined(separator: ",")
        }.joined(separator: "/")
        let leave = p.unavailable.map { "\($0.from)..\($0.to)@\($0.hours?.description ?? "")" }.joined(separator: ",")
        lines.append("P|\(p.id)|\(p.name)|\(p.phone)|\(p.sex.rawValue)|\(p.birthYear)|\(p.compound)|"
            + "\(p.building?.rawValue ?? "")|\(p.organisation?.rawValue ?? "")|"
            + "\(p.roles.sorted().map(\.rawValue).joined(separator: ","))|\(p.skills.joined(separator: ","))|"
            + "\(availability)|\(leave)|\(p.maxHoursPerWeek.map(String.init) ?? "")|\(p.nightDutyAllowed)|\(p.notes)")
    }
    for t in d.shiftTemplates {
        lines.append("T|\(t.id)|\(t.name)|" + t.shifts.map { "\($0.code)=\($0.name)@\($0.start)-\($0.end)" }
            .joined(separator: ","))
    }
    for p in d.posts {
        let rules = p.staffing.map { r in
            "\(r.shift):\(r.minimum)-\(r.maximum)" + r.requirements.map {
                "[\($0.group.roles.sorted().map(\.rawValue).joined(separator: "|"))>=\($0.atLeast)]"
            }.joined()
        }.joined(separator: ",")
        lines.append("S|\(p.id)|\(p.name)|\(p.kind.rawValue)|\(p.compound)|\(p.gate?.rawValue ?? "")|\(p.template)|"
            + "\(rules)|\(p.minAge.map(String.init) ?? "")|\(p.maxAge.map(String.init) ?? "")")
    }
    return lines.joined(separator: "\n")
}

/// FNV-1a, 64 bits, as hex.
func fingerprint(_ d: Directory) -> String {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in canonicalText(d).utf8 {
        hash ^= UInt64(byte)
        hash &*= 0x0000_0100_0000_01B3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
}

// MARK: - Counts

@Suite struct Counts {
    @Test func cityHasTheReportsCounts() {
        #expect(fullCity.areas.count == 6)
        #expect(fullCity.compounds.count >= 140)
        #expect(fullCity.organisations.count == 211)
        #expect(fullCity.people.count >= 4000)
        #expect(fullCity.people.count == 3057 + 1100)
        #expect(fullCity.people.filter { $0.organisation != nil }.count == 3057)
        #expect(fullCity.people.filter { $0.organisation == nil }.count == 1100)
        #expect(Set(fullCity.posts.map(\.kind)) == Set(PostKind.allCases))
        #expect(Set(fullCity.organisations.map(\.kind)) == Set(OrganisationKind.allCases))
    }

    @Test func smallPresetIsAboutOneHundredFifty() {
        #expect(smallCity.areas.count == 1)
        #expect(smallCity.compounds.count == 5)
        #expect((140...160).contains(smallCity.people.count))
        #expect((10...14).contains(smallCity.organisations.count))
        #expect(smallCity.gates.count > smallCity.compounds.count, "some compound has a second gate")
    }

    @Test(arguments: [SampleCity.Parameters.small, .city])
    func everyGateHasOneCheckpointAroundTheClock(_ p: SampleCity.Parameters) {
        let d = generated(p)
        let templates = Dictionary(uniqueKeysWithValues: d.shiftTemplates.map { ($0.id, $0) })
        let checkpoints = d.posts.filter { $0.kind == .checkpoint }
        #expect(checkpoints.count == d.gates.count)
        for gate in d.gates {
            let own = checkpoints.filter { $0.gate == gate.id }
            #expect(own.count == 1, "gate \(gate.id)")
            if let post = own.first {
                #expect(post.compound == gate.compound)
                #expect(templates[post.template]?.coveredMinutes == 1440, "post \(post.id)")
            }
        }
    }

    @Test(arguments: [SampleCity.Parameters.small, .city])
    func everyCompoundHasOnePostOfEachOtherKind(_ p: SampleCity.Parameters) {
        let d = generated(p)
        for compound in d.compounds {
            for kind in PostKind.allCases where kind != .checkpoint {
                #expect(d.posts.filter { $0.compound == compound.id && $0.kind == kind }.count == 1,
                        "\(compound.id) \(kind)")
            }
        }
        // One shift template per kind, shared by all posts of that kind.
        #expect(d.shiftTemplates.count == PostKind.allCases.count)
        for kind in PostKind.allCases {
            #expect(Set(d.posts.filter { $0.kind == kind }.map(\.template)).count == 1, "\(kind)")
        }
    }

    @Test(arguments: [SampleCity.Parameters.small, .city])
    func compoundsHaveGatesBuildingsAndHouseholds(_ p: SampleCity.Parameters) {
        let d = generated(p)
        for c in d.compounds {
            let buildings = d.buildings.filter { $0.compound == c.id }
            let gates = d.gates.filter { $0.compound == c.id }
            #expect((4...20).contains(buildings.count), "\(c.id)")
            #expect((1...3).contains(gates.count), "\(c.id)")
            #expect(Set(gates.map(\.name)).count == gates.count, "\(c.id) gate names repeat")
            #expect(c.households == buildings.reduce(0) { $0 + $1.households }, "\(c.id)")
            #expect(buildings.allSatisfy { $0.households > 0 && $0.name.hasSuffix("号楼") })
        }
        #expect(Set(d.compounds.map(\.name)).count == d.compounds.count, "compound names repeat")
        #expect(Set(d.organisations.map(\.name)).count == d.organisations.count, "organisation names repeat")
        #expect(Set(d.areas.map(\.name)).count == d.areas.count)
    }

    @Test func idsFollowTheDocumentedPatterns() {
        for d in [smallCity, fullCity] {
            #expect(d.areas.allSatisfy { $0.id.rawValue.wholeMatch(of: /A\d{2}/) != nil })
            #expect(d.compounds.allSatisfy { $0.id.rawValue.wholeMatch(of: /C\d{3}/) != nil })
            #expect(d.gates.allSatisfy { $0.id.rawValue.wholeMatch(of: /C\d{3}-G[1-3]/) != nil })
            #expect(d.buildings.allSatisfy { $0.id.rawValue.wholeMatch(of: /C\d{3}-B\d{2}/) != nil })
            #expect(d.organisations.allSatisfy { $0.id.rawValue.wholeMatch(of: /O\d{3}/) != nil })
            #expect(d.people.allSatisfy { $0.id.rawValue.wholeMatch(of: /P\d{4}/) != nil })
            #expect(d.shiftTemplates.allSatisfy { $0.id.rawValue.wholeMatch(of: /T-[a-z]+/) != nil })
            #expect(d.posts.allSatisfy {
                $0.id.rawValue.wholeMatch(of: /C\d{3}-(checkpoint-G[1-3]|[a-z]+)/) != nil
            })
            #expect(d.people.first?.id.rawValue == "P0001")
            #expect(d.compounds.first?.id.rawValue == "C001")
        }
        #expect(fullCity.posts.contains { $0.id.rawValue == "C001-checkpoint-G1" })
        #expect(fullCity.posts.contains { $0.id.rawValue == "C001-patrol" })
        #expect(fullCity.posts.contains { $0.id.rawValue == "C001-publicity" })
        #expect(fullCity.shiftTemplates.contains { $0.id.rawValue == "T-checkpoint" })
    }
}

// MARK: - Validation

@Test(arguments: sampleCases)
func validationFindsNoProblems(_ p: SampleCity.Parameters) {
    let problems = Validation.problems(in: generated(p))
    #expect(problems.isEmpty, "\(problems.prefix(5).map(\.description))")
}

@Test func tooSmallParametersAreRaisedToAWorkingCity() {
    let p = SampleCity.Parameters(areas: 0, compounds: 0, organisations: 0, people: 0, volunteers: -5, seed: 3)
    let d = SampleCity.generate(p)
    #expect(p.effective.areas == 1 && p.effective.compounds == 1 && p.effective.volunteers == 0)
    #expect(d.areas.count == 1 && d.compounds.count == 1)
    #expect(d.organisations.count == p.effective.organisations)
    #expect(d.people.count == p.effective.people)
    #expect(Validation.problems(in: d).isEmpty)
    #expect(SampleCity.Parameters.city.effective == .city)
    #expect(SampleCity.Parameters.small.effective == .small)
}

// MARK: - People

@Suite struct People {
    @Test(arguments: [SampleCity.Parameters.small, .city])
    func roleMixIsWithinTheDocumentedBounds(_ p: SampleCity.Parameters) {
        let d = generated(p)
        let n = Double(p.people)
        func share(_ role: Role) -> Double { Double(d.people.filter { $0.roles.contains(role) }.count) / n }
        #expect((0.07...0.09).contains(share(.medicalWorker)))
        #expect((0.04...0.06).contains(share(.communityPolice)))
        #expect((0.07...0.09).contains(share(.propertyStaff)))
        #expect((0.10...0.14).contains(share(.retiredPartyMember)))
        #expect((0.55...0.80).contains(share(.partyMemberInService)))
        let pureInService = d.people.filter { $0.roles.subtracting([.buildingLeader]) == [.partyMemberInService] }
        #expect((0.55...0.65).contains(Double(pureInService.count) / n))
        let cadres = d.people.filter { $0.roles.contains(.compoundCadre) }.count
        #expect(cadres == p.compounds + max(1, p.compounds / 20))
        #expect(d.people.filter { $0.roles.contains(.streetLeader) }.count == p.areas)
        #expect(d.people.filter { $0.roles.contains(.buildingLeader) }.count == d.buildings.count)
        let pureVolunteers = d.people.filter { $0.roles.subtracting([.buildingLeader]) == [.residentVolunteer] }
        #expect(pureVolunteers.count == p.volunteers)
        #expect(d.people.filter { $0.roles.contains(.residentVolunteer) }.count == p.volunteers)
        // Party membership is never mixed up: no one is both in service and retired.
        #expect(!d.people.contains { $0.roles.isSuperset(of: [.partyMemberInService, .retiredPartyMember]) })
    }

    @Test(arguments: [SampleCity.Parameters.small, .city])
    func everyCompoundHasACadreAndEveryBuildingALeader(_ p: SampleCity.Parameters) {
        let d = generated(p)
        let people = Dictionary(uniqueKeysWithValues: d.people.map { ($0.id, $0) })
        for area in d.areas {
            let leader = area.leader.flatMap { people[$0] }
            #expect(leader?.roles.contains(.streetLeader) == true, "\(area.id)")
            #expect(leader.map { person in d.compounds.first { $0.id == person.compound }?.area } == area.id)
        }
        for compound in d.compounds {
            let cadre = compound.cadre.flatMap { people[$0] }
            #expect(cadre?.roles.contains(.compoundCadre) == true, "\(compound.id)")
            #expect(cadre?.compound == compound.id, "\(compound.id)")
        }
        for building in d.buildings {
            let leader = building.leader.flatMap { people[$0] }
            #expect(leader?.roles.contains(.buildingLeader) == true, "\(building.id)")
            #expect(leader?.compound == building.compound && leader?.building == building.id, "\(building.id)")
        }
        let leaders = d.buildings.compactMap(\.leader)
        #expect(Set(leaders).count == leaders.count, "someone leads two buildings")
    }

    @Test(arguments: [SampleCity.Parameters.small, .city])
    func everyoneLivesInABuildingOfTheirCompound(_ p: SampleCity.Parameters) {
        let d = generated(p)
        let buildings = Dictionary(uniqueKeysWithValues: d.buildings.map { ($0.id, $0) })
        for person in d.people {
            #expect(person.building.flatMap { buildings[$0] }?.compound == person.compound, "\(person.id)")
        }
    }

    @Test func namesArePlausible() {
        for d in [smallCity, fullCity] {
            #expect(d.people.allSatisfy { PersonRules.isValidName($0.name) })
            #expect(d.people.contains { $0.name.count == 2 })
            #expect(d.people.contains { $0.name.count == 3 })
            #expect(d.people.contains { $0.name == "阿依古丽·买买提" })
            #expect(d.people.contains { $0.name.contains("·") && !hasLatinLetter($0.name) })
            #expect(d.people.contains { hasLatinLetter($0.name) })
        }
        let ordinary = fullCity.people.filter { !$0.name.contains("·") }
        let twoCharacterShare = Double(ordinary.filter { $0.name.count == 2 }.count) / Double(ordinary.count)
        #expect((0.2...0.4).contains(twoCharacterShare))
        #expect(fullCity.people.contains { twoCharacterSurnames.contains(surname($0.name)) })
    }

    @Test func smallPresetHasEveryPolyphonicSurname() {
        for s in ["曾", "单", "解", "仇", "区", "查", "朴", "盖"] {
            #expect(smallCity.people.contains { $0.name.hasPrefix(s) && $0.name.count >= 2 }, "\(s)")
        }
    }

    @Test func mostFrequentCitySurnameIsWangLiOrZhang() {
        var counts: [String: Int] = [:]
        for person in fullCity.people where !person.name.contains("·") { counts[surname(person.name), default: 0] += 1 }
        let top = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        #expect(["王", "李", "张"].contains(top ?? ""))
        #expect(counts.count >= 80, "about a hundred surnames")
    }

    @Test(arguments: [SampleCity.Parameters.small, .city])
    func phonesAreUniqueMobileNumbers(_ p: SampleCity.Parameters) {
        let phones = generated(p).people.map(\.phone)
        #expect(Set(phones).count == phones.count)
        #expect(phones.allSatisfy { PersonRules.isValidPhone($0) })
        #expect(phones.allSatisfy { ["13", "15", "17", "18", "19"].contains(String($0.prefix(2))) })
    }

    @Test(arguments: [SampleCity.Parameters.small, .city])
    func birthYearsAndNightDutyFitTheRoles(_ p: SampleCity.Parameters) {
        let year = SampleCity.referenceDate.year
        for person in generated(p).people {
            if person.roles.contains(.retiredPartyMember) {
                #expect((1945...1962).contains(person.birthYear), "\(person.id)")
            } else if person.roles.contains(.residentVolunteer) {
                #expect((1950...2004).contains(person.birthYear), "\(person.id)")
            } else {
                #expect((1965...2000).contains(person.birthYear), "\(person.id)")
            }
            if year - person.birthYear > 65 { #expect(!person.nightDutyAllowed, "\(person.id)") }
            #expect([Sex.male, .female].contains(person.sex))
        }
    }

    @Test(arguments: [SampleCity.Parameters.small, .city])
    func organisationsMatchTheRoles(_ p: SampleCity.Parameters) {
        let d = generated(p)
        let kinds = Dictionary(uniqueKeysWithValues: d.organisations.map { ($0.id, $0.kind) })
        for person in d.people {
            let kind = person.organisation.flatMap { kinds[$0] }
            let roles = person.roles.subtracting([.buildingLeader])
            if roles.contains(.medicalWorker) { #expect(kind == .hospital, "\(person.id)") }
            else if roles.contains(.communityPolice) { #expect(kind == .police, "\(person.id)") }
            else if roles.contains(.propertyStaff) { #expect(kind == .property, "\(person.id)") }
            else if roles.contains(.streetLeader) || roles.contains(.compoundCadre) {
                #expect(kind == .government || kind == .community, "\(person.id)")
            } else if roles == [.retiredPartyMember] { #expect(kind == .community, "\(person.id)") }
            else if roles == [.residentVolunteer] { #expect(person.organisation == nil, "\(person.id)") }
            else if roles == [.partyMemberInService] {
                #expect([.government, .enterprise, .school, .other].contains(kind), "\(person.id)")
            }
        }
        let used = Set(d.people.compactMap(\.organisation))
        for o in d.organisations { #expect(used.contains(o.id), "nobody from \(o.id) \(o.name)") }
    }

    @Test(arguments: [SampleCity.Parameters.small, .city])
    func availabilityHoursSkillsAndLeaveArePlausible(_ p: SampleCity.Parameters) {
        let d = generated(p)
        let n = Double(d.people.count)
        let restricted = d.people.filter { !$0.availability.isUnrestricted }
        #expect(!restricted.isEmpty && Double(restricted.count) / n < 0.5)
        let unset = d.people.filter { $0.maxHoursPerWeek == nil }
        #expect(!unset.isEmpty && Double(unset.count) / n < 0.2)
        #expect(d.people.allSatisfy { ($0.maxHoursPerWeek ?? 40) >= 16 && ($0.maxHoursPerWeek ?? 40) <= 60 })
        for person in restricted {
            let open = Weekday.allCases.reduce(0) { sum, day in
                sum + (person.availability.days[day] ?? []).reduce(0) { $0 + $1.minutes }
            }
            #expect(person.maxHoursPerWeek != nil && person.maxHoursPerWeek! * 60 <= open, "\(person.id)")
        }
        let skilled = Double(d.people.filter { !$0.skills.isEmpty }.count) / n
        #expect((0.1...0.7).contains(skilled))
        #expect(d.people.filter { $0.roles.contains(.medicalWorker) }.allSatisfy { $0.skills.contains("急救") })
        #expect(d.people.contains { !$0.nightDutyAllowed } && d.people.contains { $0.nightDutyAllowed })
        let december = LocalDate(year: 2026, month: 12, day: 1)!...LocalDate(year: 2026, month: 12, day: 31)!
        let onLeave = d.people.filter { !$0.unavailable.isEmpty }
        #expect(!onLeave.isEmpty && Double(onLeave.count) / n < 0.1)
        for leave in onLeave.flatMap(\.unavailable) {
            #expect(december.contains(leave.from) && december.contains(leave.to) && leave.from <= leave.to)
        }
    }

    @Test func everyCompoundHasMedicalAndPoliceResidents() {
        for d in [smallCity, fullCity] {
            for c in d.compounds {
                let residents = d.people.filter { $0.compound == c.id }
                #expect(residents.contains { $0.roles.contains(.medicalWorker) }, "\(c.id)")
                #expect(residents.contains { $0.roles.contains(.communityPolice) }, "\(c.id)")
                #expect(residents.contains { $0.isPartyMember }, "\(c.id)")
            }
        }
    }
}

// MARK: - Posts and capacity

@Suite struct PostsAndCapacity {
    @Test func checkpointStaffingIsStricterAtTheMainGateAtNight() {
        let responder = RoleGroup([.communityPolice, .medicalWorker, .compoundCadre])
        for post in fullCity.posts where post.kind == .checkpoint {
            let night = post.rule(for: "night")
            let main = post.gate?.rawValue.hasSuffix("-G1") == true
            #expect(night?.minimum == (main ? 3 : 2), "\(post.id)")
            #expect(night?.requirements.contains { $0.group == responder && $0.atLeast >= 1 } == main, "\(post.id)")
            for code in ["day", "eve", "night"] {
                let rule = post.rule(for: code)
                #expect((rule?.minimum ?? 0) >= 2)
                #expect(rule?.requirements.contains { $0.group == .partyMember && $0.atLeast >= 1 } == true)
            }
        }
    }

    @Test func otherPostsHaveTheirRoleRulesAndAgeLimits() {
        let templates = Dictionary(uniqueKeysWithValues: fullCity.shiftTemplates.map { ($0.id, $0) })
        for post in fullCity.posts {
            guard let template = templates[post.template] else {
                Issue.record("no template for \(post.id)")
                continue
            }
            #expect(post.staffing.count == template.shifts.count)
            switch post.kind {
            case .healthConsultation:
                #expect(post.staffing.allSatisfy { rule in
                    rule.requirements.contains { $0.group.roles == [.medicalWorker] && $0.atLeast >= 1 }
                })
            case .patrol:
                #expect(template.shifts.contains { $0.isNight })
                #expect(post.staffing.allSatisfy { rule in
                    rule.requirements.contains { $0.group.roles.contains(.communityPolice) && $0.group.roles
                        .contains(.partyMemberInService) }
                })
            case .disinfection:
                #expect(post.maxAge == 60)
            default:
                break
            }
        }
    }

    @Test func capacityIsComputedAsDocumented() {
        let template = ShiftTemplate(id: "T-x", name: "x", shifts: [
            ShiftDefinition(code: "a", name: "A", start: TimeOfDay(hour: 8)!, end: TimeOfDay(hour: 16)!),
            ShiftDefinition(code: "b", name: "B", start: TimeOfDay(hour: 22)!, end: TimeOfDay(hour: 2)!),
        ])
        let post = Post(id: "C1-x", name: "x", kind: .patrol, compound: "C1", template: "T-x", staffing: [
            StaffingRule(shift: "a", minimum: 2, maximum: 3),
            StaffingRule(shift: "b", minimum: 1, maximum: 2),
        ])
        let people = [
            Person(id: "P1", name: "王伟", phone: "", sex: .male, birthYear: 1980, compound: "C1",
                   roles: [.residentVolunteer], maxHoursPerWeek: 10),
            Person(id: "P2", name: "李娜", phone: "", sex: .female, birthYear: 1980, compound: "C1",
                   roles: [.residentVolunteer]),
        ]
        let d = Directory(people: people, shiftTemplates: [template], posts: [post])
        let capacity = SampleCity.capacity(of: d)
        #expect(capacity.demandHoursPerWeek == (2 * 8 + 1 * 4) * 7)
        #expect(capacity.supplyHoursPerWeek == 10 + 40)
    }

    @Test(arguments: sampleCases)
    func demandStaysWellBelowSupply(_ p: SampleCity.Parameters) {
        let d = generated(p)
        let (demand, supply) = SampleCity.capacity(of: d)
        let ratio = Double(demand) / Double(supply)
        #expect(ratio <= 0.75, "demand \(demand) supply \(supply)")
        #expect(ratio >= 0.4, "demand \(demand) supply \(supply): posts look understaffed")
        for c in SampleCity.capacityByCompound(of: d) {
            #expect(Double(c.demandHoursPerWeek) <= 0.9 * Double(c.supplyHoursPerWeek), "\(c.compound)")
        }
    }

    @Test func cityCapacityFigures() {
        let (demand, supply) = SampleCity.capacity(of: fullCity)
        // The figures quoted in docs/sample-city.md.
        #expect(demand == 110_740)
        #expect(supply == 162_220)
    }
}

// MARK: - CSV

/// The sample is what `zhiban sample` writes and `data/sample` holds: it must come back
/// unchanged through CSV export and import, in both languages.
@Test(arguments: [Language.zh, .en])
func surviveCSVExportAndImport(_ language: Language) {
    for d in [smallCity, fullCity] {
        let files = Exporter(language: language, encoding: .utf8BOM).texts(d).map {
            CSVFile(name: "\($0.table.fileName.zh).csv", bytes: Array($0.text.utf8))
        }
        switch Importer().read(files) {
        case let .success(result):
            #expect(result.imported.sorted() == d)
        case let .failure(failure):
            Issue.record("the sample does not import: \(failure.issues.prefix(5).map { $0.text(.en) })")
        }
    }
}
