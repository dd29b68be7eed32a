import DutyEngine
import Testing

@Suite struct EligibilityTests {
    @Test func ageLimitsAndNightDuty() {
        var f = DutyFixture()
        let young = f.person("吴子涵", age: 17), old = f.person("郑国庆", age: 66), dayOnly = f.person("王淑珍", night: false)
        let patrol = f.slot(day: 0, from: 14, hours: 3, minAge: 18, maxAge: 65)
        let night = f.slot(day: 0, from: 23, hours: 8, night: true)
        #expect(f.penalty(Eligibility(), [(patrol, young)]) == 1)
        #expect(f.penalty(Eligibility(), [(patrol, old)]) == 1)
        #expect(f.penalty(Eligibility(), [(patrol, dayOnly)]) == 0)
        #expect(f.penalty(Eligibility(), [(night, dayOnly)]) == 1)
        #expect(f.violations(Eligibility(), [(night, dayOnly)]).first?.message.zh.contains("不值夜班") == true)
    }

    /// Someone who may not do nights but is free then breaks eligibility, not availability.
    @Test func differsFromAvailability() {
        var f = DutyFixture()
        let p = f.person("冯建国", night: false)
        let night = f.slot(day: 0, from: 23, hours: 8, night: true)
        #expect(f.penalty(Availability(), [(night, p)]) == 0)
        #expect(f.penalty(Eligibility(), [(night, p)]) == 1)
    }
}
