import DutyEngine
import Testing

@Suite struct MaxWeeklyHoursTests {
    @Test func eachWeekAgainstThePersonsLimit() {
        var f = DutyFixture(days: 14)
        let p = f.person("何敏", maxHours: 16)
        let week1 = (0..<3).map { f.slot(day: $0, from: 7, hours: 8) }       // 24 h
        let week2 = (7..<9).map { f.slot(day: $0, from: 7, hours: 8) }       // 16 h
        #expect(f.penalty(MaxWeeklyHours(), (week1 + week2).map { ($0, p) }) == 8)
        #expect(f.penalty(MaxWeeklyHours(), week2.map { ($0, p) }) == 0)
    }

    /// Limits are the person's own: the same hours are fine for someone who offered more.
    @Test func differsFromFairness() {
        var f = DutyFixture()
        let few = f.person("罗丽", maxHours: 8), many = f.person("高军", maxHours: 40)
        let a = f.slot(day: 0, from: 7, hours: 8), b = f.slot(day: 1, from: 7, hours: 8)
        #expect(f.penalty(MaxWeeklyHours(), [(a, few), (b, few)]) == 8)
        #expect(f.penalty(MaxWeeklyHours(), [(a, many), (b, many)]) == 0)
        #expect(f.penalty(HoursFairness(), [(a, many), (b, many)]) > 0)
    }
}
