import DutyEngine
import Testing

@Suite struct NightFairnessTests {
    @Test func nightsSquaredPerWeek() {
        var f = DutyFixture(days: 14)
        let a = f.person("甲"), b = f.person("乙")
        let n1 = f.slot(day: 0, from: 23, hours: 8, night: true), n2 = f.slot(day: 2, from: 23, hours: 8, night: true)
        let n3 = f.slot(day: 8, from: 23, hours: 8, night: true)
        #expect(f.penalty(NightFairness(), [(n1, a), (n2, a)]) == 4 * 20)
        #expect(f.penalty(NightFairness(), [(n1, a), (n2, b)]) == 2 * 20)
        #expect(f.penalty(NightFairness(), [(n1, a), (n3, a)]) == 2 * 20)   // different weeks
    }

    /// Day shifts are not nights, however long.
    @Test func dayShiftsDoNotCount() {
        var f = DutyFixture()
        let a = f.person("丙")
        let day = f.slot(day: 0, from: 7, hours: 8)
        #expect(f.penalty(NightFairness(), [(day, a)]) == 0)
        #expect(f.penalty(HoursFairness(), [(day, a)]) > 0)
    }
}
