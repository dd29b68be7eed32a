import DutyEngine
import Testing

@Suite struct NoOverlapTests {
    @Test func overlappingSlotsAreOnePairEach() {
        var f = DutyFixture()
        let p = f.person("张伟")
        let a = f.slot(day: 0, from: 7, hours: 8), b = f.slot(day: 0, from: 9, hours: 2), c = f.slot(day: 0, from: 14, hours: 3)
        #expect(f.penalty(NoOverlap(), [(a, p), (b, p)]) == 1)
        #expect(f.penalty(NoOverlap(), [(a, p), (b, p), (c, p)]) == 2)   // a–b and a–c
        let v = f.violations(NoOverlap(), [(a, p), (b, p)])
        #expect(v.first?.message.zh.contains("张伟") == true)
    }

    @Test func acrossMidnight() {
        var f = DutyFixture()
        let p = f.person("李娜")
        let night = f.slot(day: 0, from: 23, hours: 8, night: true), morning = f.slot(day: 1, from: 6, hours: 2)
        #expect(f.penalty(NoOverlap(), [(night, p), (morning, p)]) == 1)
    }

    /// Back to back is not an overlap; the rest rule (its sibling) is what minds the gap.
    @Test func backToBackIsNotAnOverlap() {
        var f = DutyFixture()
        let p = f.person("王芳")
        let a = f.slot(day: 0, from: 7, hours: 8), b = f.slot(day: 0, from: 15, hours: 2)
        #expect(f.penalty(NoOverlap(), [(a, p), (b, p)]) == 0)
        #expect(f.penalty(MinRest(), [(a, p), (b, p)]) == 1)
    }
}
