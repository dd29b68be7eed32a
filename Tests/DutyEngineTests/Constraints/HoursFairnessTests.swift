import DutyEngine
import Testing

@Suite struct HoursFairnessTests {
    /// Squares: two people with 8 h each cost less than one with 16 h.
    @Test func evenSharesCostLess() {
        var f = DutyFixture()
        let a = f.person("甲"), b = f.person("乙")
        let s1 = f.slot(day: 0, from: 7, hours: 8), s2 = f.slot(day: 1, from: 7, hours: 8)
        let together = f.penalty(HoursFairness(), [(s1, a), (s2, a)])
        let shared = f.penalty(HoursFairness(), [(s1, a), (s2, b)])
        #expect(together == 256)
        #expect(shared == 128)
    }

    /// Scaled by the person's limit: the same hours weigh double for someone who offered 20 h.
    @Test func scaledByTheLimit() {
        var f = DutyFixture()
        let twenty = f.person("丙", maxHours: 20), forty = f.person("丁", maxHours: 40)
        let s = f.slot(day: 0, from: 7, hours: 8)
        #expect(f.penalty(HoursFairness(), [(s, twenty)]) == 2 * f.penalty(HoursFairness(), [(s, forty)]))
        // Within the limit: the hard weekly rule is silent.
        #expect(f.penalty(MaxWeeklyHours(), [(s, twenty)]) == 0)
    }
}
