import DutyModel
import Testing

@Suite struct CalendarTests {
    @Test func dayNumbersRoundTripAcrossCenturies() {
        for n in stride(from: -700_000, through: 2_900_000, by: 997) {
            let date = LocalDate(dayNumber: n)
            #expect(date.dayNumber == n)
            #expect(LocalDate(year: date.year, month: date.month, day: date.day) == date)
        }
    }

    @Test func knownDates() throws {
        let d = try #require(LocalDate(parsing: "2026-11-29"))
        #expect(d.weekday == .sunday)
        #expect(d.adding(days: 1).description == "2026-11-30")
        #expect(d.adding(days: 3).description == "2026-12-02")
        #expect(LocalDate(dayNumber: 0).description == "1970-01-01")
        #expect(try #require(LocalDate(parsing: "2024-2-29")).description == "2024-02-29")
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-00-10", "26-01-01", "2026-1-32", "", "2026/01", "abcd-ef-gh"])
    func invalidDatesAreRejected(_ text: String) {
        #expect(LocalDate(parsing: text) == nil)
    }

    @Test func timesParseAndPrint() throws {
        #expect(try #require(TimeOfDay(parsing: "7:05")).description == "07:05")
        #expect(try #require(TimeOfDay(parsing: "24:00")).minutes == 1440)
        #expect(try #require(TimeOfDay(parsing: "08：30")).minutes == 510)
        for bad in ["24:01", "7", "07:5", "25:00", "ab:cd", "-1:00", "07:60"] {
            #expect(TimeOfDay(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func dateTimeAtMidnightRollsOver() throws {
        let d = try #require(LocalDate(parsing: "2026-12-31"))
        let t = LocalDateTime(date: d, time: .endOfDay)
        #expect(t.description == "2027-01-01 00:00")
        #expect(LocalDateTime(parsing: "2026-12-01 07:30")?.minuteNumber == (try #require(LocalDate(parsing: "2026-12-01"))).dayNumber * 1440 + 450)
    }
}
