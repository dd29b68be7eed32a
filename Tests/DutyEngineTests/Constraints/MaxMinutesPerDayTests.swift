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

    /// A long day on the context day before the horizon (two overridden long shifts) is said
    /// with that day's name, not found past the end of the names (the desk's standby crashed).
    @Test func aLongDayBeforeTheHorizonIsNamed() {
        var f = DutyFixture()
        let p = f.person("王芳")
        let a = f.slot(day: -1, from: 0, hours: 8), b = f.slot(day: -1, from: 12, hours: 8)
        let found = f.violations(MaxMinutesPerDay(), [(a, p), (b, p)])
        #expect(found.count == 1 && found[0].message.zh.contains("前1天"), "\(found)")
    }
}
