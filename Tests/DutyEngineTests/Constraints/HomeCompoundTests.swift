import DutyEngine
import Testing

@Suite struct HomeCompoundTests {
    @Test func awayCostsMoreInAnotherArea() {
        var f = DutyFixture()
        let p = f.person("宋佳", home: 0)
        let home = f.slot(day: 0, from: 9, hours: 2, place: 0)
        let neighbour = f.slot(day: 1, from: 9, hours: 2, place: 1)   // same area
        let far = f.slot(day: 2, from: 9, hours: 2, place: 2)          // other area
        #expect(f.penalty(HomeCompound(), [(home, p)]) == 0)
        #expect(f.penalty(HomeCompound(), [(neighbour, p)]) == 2 * 20)
        #expect(f.penalty(HomeCompound(), [(far, p)]) == 2 * 100)
    }

    /// Serving elsewhere breaks no hard rule: availability and eligibility do not care.
    @Test func isSoftAndDiffersFromAvailability() {
        var f = DutyFixture()
        let p = f.person("唐亮", home: 2)
        let s = f.slot(day: 0, from: 9, hours: 2, place: 0)
        #expect(HomeCompound().level == .soft)
        #expect(f.penalty(Availability(), [(s, p)]) == 0)
        #expect(f.penalty(HomeCompound(), [(s, p)]) == 200)
    }
}
