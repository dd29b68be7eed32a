import DutyEngine
import Testing

@Suite struct AvailabilityTests {
    @Test func onlyInsideTheirHours() {
        var f = DutyFixture()
        // Available day 0 07:00–19:00 only.
        let p = f.person("孙秀英", available: [(7 * 60)..<(19 * 60)])
        let inside = f.slot(day: 0, from: 9, hours: 2), partly = f.slot(day: 0, from: 17, hours: 3)
        let other = f.slot(day: 1, from: 9, hours: 2)
        #expect(f.penalty(Availability(), [(inside, p)]) == 0)
        #expect(f.penalty(Availability(), [(partly, p)]) == 1)
        #expect(f.penalty(Availability(), [(inside, p), (partly, p), (other, p)]) == 2)
    }

    /// An age limit is eligibility, not availability.
    @Test func differsFromEligibility() {
        var f = DutyFixture()
        let p = f.person("周桂兰", age: 70)
        let s = f.slot(day: 0, from: 9, hours: 2, maxAge: 65)
        #expect(f.penalty(Availability(), [(s, p)]) == 0)
        #expect(f.penalty(Eligibility(), [(s, p)]) == 1)
    }
}
