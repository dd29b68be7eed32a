import DutyModel
import DutyTestSupport
import Testing

/// The leave an absence records: the entries that cover a range of time.
@Suite struct UnavailabilityTests {
    func at(_ text: String) -> LocalDateTime {
        guard let t = LocalDateTime(parsing: text) else { preconditionFailure(text) }
        return t
    }

    /// Each entry as "from to hours" ("all day" for whole days).
    func covering(_ from: String, _ until: String) -> [String] {
        Unavailability.covering(from: at(from), until: at(until))
            .map { "\($0.from) \($0.to) \($0.hours.map { "\($0.start)-\($0.end)" } ?? "all day")" }
    }

    @Test func partOfOneDay() {
        #expect(covering("2026-12-03 08:00", "2026-12-03 12:30") == ["2026-12-03 2026-12-03 08:00-12:30"])
    }

    @Test func wholeDays() {
        #expect(covering("2026-12-03 00:00", "2026-12-06 00:00") == ["2026-12-03 2026-12-05 all day"])
        #expect(covering("2026-12-03 00:00", "2026-12-04 00:00") == ["2026-12-03 2026-12-03 all day"])
    }

    @Test func partlyTakenFirstAndLastDays() {
        #expect(covering("2026-12-03 08:00", "2026-12-06 10:00") == [
            "2026-12-03 2026-12-03 08:00-24:00", "2026-12-04 2026-12-05 all day", "2026-12-06 2026-12-06 00:00-10:00",
        ])
        // Two days next to each other: no whole day between.
        #expect(covering("2026-12-03 20:00", "2026-12-04 06:00") == [
            "2026-12-03 2026-12-03 20:00-24:00", "2026-12-04 2026-12-04 00:00-06:00",
        ])
    }

    @Test func anEmptyOrBackwardRangeCoversNothing() {
        #expect(covering("2026-12-03 08:00", "2026-12-03 08:00").isEmpty)
        #expect(covering("2026-12-03 08:00", "2026-12-02 08:00").isEmpty)
    }
}
