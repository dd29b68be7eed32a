import DutyEngine
import Testing

@Suite struct MaxMinutesPerDayTests {
    @Test func hoursOverTheDailyLimitCount() {
        var f = DutyFixture()
        let p = f.person("杨敏")
        let a = f.slot(day: 0, from: 0, hours: 8), b = f.slot(day: 0, from: 16, hours: 3), c = f.slot(day: 0, from: 20, hours: 2)
        #expect(f.penalty(MaxMinutesPerDay(), [(a, p), (b, p)]) == 1)          // 11 h: one hour over 10
        #expect(f.penalty(MaxMinutesPerDay(), [(a, p), (b, p), (c, p)]) == 3)  // 13 h
        #expect(f.penalty(MaxMinutesPerDay(), [(a, p), (c, p)]) == 0)          // 10 h
    }

    /// A long day within the week's hours breaks the daily rule only; many ordinary days
    /// over the weekly limit break the weekly rule only.
    @Test func differsFromTheWeeklyLimit() {
        var f = DutyFixture()
        let p = f.person("黄磊", maxHours: 20)
        let a = f.slot(day: 0, from: 0, hours: 8), b = f.slot(day: 0, from: 16, hours: 4)
        #expect(f.penalty(MaxMinutesPerDay(), [(a, p), (b, p)]) == 2)
        #expect(f.penalty(MaxWeeklyHours(), [(a, p), (b, p)]) == 0)
        let days = (1...3).map { f.slot(day: $0, from: 7, hours: 8) }
        #expect(f.penalty(MaxMinutesPerDay(), days.map { ($0, p) }) == 0)
        #expect(f.penalty(MaxWeeklyHours(), days.map { ($0, p) }) == 4)
    }
}
