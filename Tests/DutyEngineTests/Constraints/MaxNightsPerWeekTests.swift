import DutyEngine
import Testing

@Suite struct MaxNightsPerWeekTests {
    @Test func nightsOverThreeAWeek() {
        var f = DutyFixture()
        let p = f.person("林涛")
        let nights = (0..<5).map { f.slot(day: $0 * 1, from: 23, hours: 8, night: true) }
        #expect(f.penalty(MaxNightsPerWeek(), nights.prefix(3).map { ($0, p) }) == 0)
        #expect(f.penalty(MaxNightsPerWeek(), nights.map { ($0, p) }) == 2)
    }

    /// Within the limit nights still weigh in fairness (the soft sibling), not here.
    @Test func differsFromNightFairness() {
        var f = DutyFixture()
        let p = f.person("梁静")
        let nights = (0..<3).map { f.slot(day: $0 * 2, from: 23, hours: 8, night: true) }
        #expect(f.penalty(MaxNightsPerWeek(), nights.map { ($0, p) }) == 0)
        #expect(f.penalty(NightFairness(), nights.map { ($0, p) }) == 9 * 20)
    }
}
