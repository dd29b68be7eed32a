import DutyModel
import DutyTestSupport
import Testing

@Suite struct ShiftTests {
    func shift(_ a: String, _ b: String) -> ShiftDefinition {
        ShiftDefinition(code: "x", name: "x", start: Fixtures.time(a), end: Fixtures.time(b))
    }

    @Test func lengthsAndMidnight() {
        #expect(shift("07:00", "15:00").minutes == 480)
        #expect(!shift("07:00", "15:00").crossesMidnight)
        #expect(shift("23:00", "07:00").minutes == 480)
        #expect(shift("23:00", "07:00").crossesMidnight)
        #expect(shift("16:00", "00:00").minutes == 480)
        #expect(!shift("16:00", "00:00").crossesMidnight)
        #expect(shift("16:00", "24:00").minutes == 480)
        #expect(shift("08:00", "08:00").minutes == 1440)
    }

    /// Unless the file says, a night shift is one with more than half its minutes in 22:00–06:00.
    @Test func byDefaultANightShiftIsMostlyInTheNightWindow() {
        #expect(!shift("16:00", "24:00").isNight)     // 2 of 8 h: the 中班 that blocked people before
        #expect(shift("00:00", "08:00").isNight)      // 6 of 8 h
        #expect(shift("22:00", "06:00").isNight)      // all of it
        #expect(shift("20:00", "02:00").isNight)      // 4 of 6 h: the patrol
        #expect(!shift("18:00", "24:00").isNight)     // 2 of 6 h
        #expect(!shift("20:00", "24:00").isNight)     // exactly half is not more than half
        #expect(shift("23:00", "07:00").isNight)
        #expect(shift("00:00", "04:00").isNight)
        #expect(!shift("15:00", "23:00").isNight)
        #expect(!shift("07:00", "15:00").isNight)
        #expect(!shift("05:00", "09:00").isNight)
        #expect(shift("20:00", "02:00").nightMinutes == 240)
        #expect(shift("16:00", "24:00").nightMinutes == 120)
        #expect(shift("08:00", "08:00").nightMinutes == 480)   // a 24-hour shift: 8 of 24 h
        #expect(!shift("08:00", "08:00").isNight)
    }

    /// What the template file says wins over the default, both ways.
    @Test func theFilesWordOverridesTheDefault() {
        var evening = shift("16:00", "24:00")
        evening.night = true
        #expect(evening.isNight && !evening.nightByDefault)
        var small = shift("00:00", "08:00")
        small.night = false
        #expect(!small.isNight && small.nightByDefault)
        #expect(shift("00:00", "08:00").night == nil)
    }

    @Test func checkpointTemplateCoversTheDay() {
        let template = Fixtures.tiny().shiftTemplates[0]
        #expect(template.coveredMinutes == 1440)
        #expect(Fixtures.tiny().shiftTemplates[1].coveredMinutes == 240)
    }
}
