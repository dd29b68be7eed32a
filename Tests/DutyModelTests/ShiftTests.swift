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

    @Test func nightShiftsHaveTwoHoursInTheNightWindow() {
        #expect(shift("23:00", "07:00").isNight)
        #expect(shift("20:00", "24:00").isNight)
        #expect(shift("00:00", "04:00").isNight)
        #expect(!shift("15:00", "23:00").isNight)
        #expect(!shift("07:00", "15:00").isNight)
        #expect(!shift("05:00", "09:00").isNight)
    }

    @Test func checkpointTemplateCoversTheDay() {
        let template = Fixtures.tiny().shiftTemplates[0]
        #expect(template.coveredMinutes == 1440)
        #expect(Fixtures.tiny().shiftTemplates[1].coveredMinutes == 240)
    }
}
