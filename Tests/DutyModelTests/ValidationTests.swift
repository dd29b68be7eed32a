import DutyModel
import DutyTestSupport
import Testing

/// Each case breaks one thing in a valid directory and expects exactly the problem it causes.
@Suite struct ValidationTests {
    func problems(_ change: (inout Directory) -> Void) -> [String] {
        var d = Fixtures.tiny()
        change(&d)
        return Validation.problems(in: d).map { "\($0.entity.rawValue) \($0.id) \($0.field)" }
    }

    @Test func theFixtureIsValid() {
        #expect(Validation.problems(in: Fixtures.tiny()).isEmpty)
    }

    @Test func everyProblemIsReportedNotJustTheFirst() {
        let found = problems { d in
            d.people[0].phone = "12345"
            d.people[1].birthYear = 1800
            d.people[3].compound = "C9"
        }
        #expect(found == ["person P001 phone", "person P002 birth_year", "person P004 compound"])
    }

    @Test func duplicateIDs() {
        #expect(problems { $0.people.append($0.people[4]) } == ["person P005 id"])
        #expect(problems { $0.gates.append(Gate(id: "C1-G1", compound: "C1", name: "西门")) } == ["gate C1-G1 id"])
    }

    @Test func malformedIDs() {
        #expect(problems { $0.gates[1].id = "C2 G1" } == ["gate C2 G1 id"])
        // A broken ID also breaks what refers to it: both are reported.
        #expect(problems { $0.organisations[1].id = "O 2" } == ["organisation O 2 id", "person P006 organisation"])
    }

    @Test(arguments: ["1380000123", "23800001234", "1380000123x", "138-0000-1234", "１３８００００１２３４"])
    func malformedPhones(_ phone: String) {
        #expect(problems { $0.people[0].phone = phone } == ["person P001 phone"])
    }

    @Test func emptyPhoneIsAllowed() {
        #expect(problems { $0.people[0].phone = "" } == [])
    }

    @Test(arguments: ["", " 张伟", "张伟2", "张@伟", String(repeating: "张", count: 31)])
    func badNames(_ name: String) {
        #expect(problems { $0.people[0].name = name } == ["person P001 name"])
    }

    @Test(arguments: ["买买提·艾力", "李Anna", "Mary Smith", "诸葛亮", "安娜・Smith"])
    func unusualButValidNames(_ name: String) {
        #expect(problems { $0.people[0].name = name } == [])
    }

    @Test func unknownReferences() {
        #expect(problems { $0.compounds[1].area = "A9" } == ["compound C2 area"])
        #expect(problems { $0.people[3].organisation = "O99" } == ["person P004 organisation"])
        #expect(problems { $0.people[0].building = "C1-B9" } == ["person P001 building"])
        #expect(problems { $0.gates[1].compound = "C7" } == ["gate C2-G1 compound"])
        #expect(problems { $0.posts[1].template = "T-none" } == ["post C2-health template"])
    }

    @Test func buildingOfAnotherCompound() {
        #expect(problems { $0.people[4].building = "C1-B2" } == ["person P005 building"])
    }

    @Test func leadersMustExistAndHoldTheRole() {
        #expect(problems { $0.areas[0].leader = "P002" } == ["area A1 leader"])
        #expect(problems { $0.compounds[0].cadre = "P404" } == ["compound C1 cadre"])
        #expect(problems { $0.buildings[0].leader = "P001" } == ["building C1-B1 leader"])
        // A building leader who lives in another compound.
        #expect(problems { $0.people[2].compound = "C2"; $0.people[2].building = nil } == ["building C1-B1 leader"])
    }

    @Test func roleListMustNotBeEmpty() {
        #expect(problems { $0.people[4].roles = [] } == ["person P005 roles"])
    }

    @Test func hoursAndHouseholds() {
        #expect(problems { $0.people[0].maxHoursPerWeek = 100 } == ["person P001 max_hours_week"])
        #expect(problems { $0.compounds[0].households = -1 } == ["compound C1 households"])
    }

    @Test func checkpointNeedsAGateOfItsCompound() {
        #expect(problems { $0.posts[0].gate = nil } == ["post C1-gate-G1 gate"])
        #expect(problems { $0.posts[0].gate = "C2-G1" } == ["post C1-gate-G1 gate"])
    }

    @Test func staffingRules() {
        #expect(problems { $0.posts[0].staffing.removeLast() } == ["post C1-gate-G1 staffing"])
        #expect(problems { $0.posts[0].staffing[0].shift = "noon" } == ["post C1-gate-G1 shift", "post C1-gate-G1 staffing"])
        #expect(problems { $0.posts[0].staffing[0].maximum = 1 } == ["post C1-gate-G1 max"])
        #expect(problems { $0.posts[1].staffing[0].requirements[0].atLeast = 3 } == ["post C2-health roles"])
        #expect(problems { $0.posts[1].minAge = 70 } == ["post C2-health max_age"])
        #expect(problems { $0.posts[1].minAge = -5 } == ["post C2-health min_age"])
    }

    @Test func shiftTemplates() {
        #expect(problems { $0.shiftTemplates[0].shifts[1].code = "day" }.contains("shiftTemplate T-gate shift"))
        #expect(problems { $0.shiftTemplates[1].shifts[0].name = " " } == ["shiftTemplate T-health shift_name"])
    }

    @Test func problemsLocateTheRecordAndPart() throws {
        var d = Fixtures.tiny()
        d.posts[0].staffing[2].maximum = 0
        let problem = try #require(Validation.problems(in: d).first)
        #expect(problem.entity == .post && problem.index == 0 && problem.part == 2)
        #expect(problem.message.zh.contains("人数范围"))
        #expect(problem.message.en.contains("headcount"))
    }
}
