import DutyEngine
import Testing

@Suite struct MinRestTests {
    @Test func longShiftNeedsEightHoursBeforeAndAfter() {
        var f = DutyFixture()
        let p = f.person("赵强")
        let night = f.slot(day: 0, from: 23, hours: 8, night: true)      // ends day 1 07:00
        let afternoon = f.slot(day: 1, from: 14, hours: 3)               // 7 h later
        let evening = f.slot(day: 1, from: 15, hours: 2)                 // 8 h later
        let before = f.slot(day: 0, from: 17, hours: 2)                  // ends 19:00, 4 h before the night
        #expect(f.penalty(MinRest(), [(night, p), (afternoon, p)]) == 1)
        #expect(f.penalty(MinRest(), [(night, p), (evening, p)]) == 0)
        #expect(f.penalty(MinRest(), [(before, p), (night, p)]) == 1)
    }

    @Test func shortSessionsMayFollowEachOther() {
        var f = DutyFixture()
        let p = f.person("刘洋")
        let a = f.slot(day: 0, from: 9, hours: 2), b = f.slot(day: 0, from: 11, hours: 3)
        #expect(f.penalty(MinRest(), [(a, p), (b, p)]) == 0)
    }

    /// Overlaps are NoOverlap's, not counted twice here.
    @Test func overlapIsNotARestViolation() {
        var f = DutyFixture()
        let p = f.person("陈静")
        let a = f.slot(day: 0, from: 7, hours: 8), b = f.slot(day: 0, from: 14, hours: 3)
        #expect(f.penalty(MinRest(), [(a, p), (b, p)]) == 0)
        #expect(f.penalty(NoOverlap(), [(a, p), (b, p)]) == 1)
    }
}
