import DutyModel
import DutyTestSupport
import Testing

/// The desk's timing rules (issue 13): when a no-show may be marked, when a check-out is early,
/// and closing a forgotten check-out at the planned end, counted apart in the hours.
@Suite struct DeskTimingTests {
    let desk = Desk(Fixtures.tiny(), graceMinutes: 10)
    let day = Slot(post: "C1-gate-G1", date: Fixtures.date("2026-12-07"), shift: "day")        // 07:00–15:00
    let night = Slot(post: "C1-gate-G1", date: Fixtures.date("2026-12-07"), shift: "night")    // 23:00–07:00

    func at(_ text: String) -> LocalDateTime {
        guard let t = LocalDateTime(parsing: text) else { preconditionFailure(text) }
        return t
    }

    /// A no-show only after the start and the grace, when the desk shows someone as not here.
    @Test func aNoShowIsEarlyUntilTheStartPlusTheGrace() {
        #expect(desk.noShowAfter(day) == at("2026-12-07 07:10"))
        #expect(desk.isTooEarlyForNoShow(at("2026-12-07 06:50"), on: day))
        #expect(desk.isTooEarlyForNoShow(at("2026-12-07 07:10"), on: day))
        #expect(!desk.isTooEarlyForNoShow(at("2026-12-07 07:11"), on: day))
        #expect(desk.state(nil, slot: day, now: at("2026-12-07 07:11")) == .overdue)
        #expect(desk.noShowAfter(night) == at("2026-12-07 23:10"))
    }

    /// Leaving more than the grace before the planned end is early; within it, not.
    @Test func aCheckOutIsEarlyBeforeTheEndLessTheGrace() {
        #expect(desk.isEarly(at("2026-12-07 11:00"), leaving: day))
        #expect(desk.isEarly(at("2026-12-07 14:49"), leaving: day))
        #expect(!desk.isEarly(at("2026-12-07 14:50"), leaving: day))
        #expect(!desk.isEarly(at("2026-12-07 15:30"), leaving: day))
        #expect(desk.isEarly(at("2026-12-08 06:00"), leaving: night))
        let record = desk.checkIn("P001", on: day, at: at("2026-12-07 07:00"))
        let out = desk.checkOut(record, at: at("2026-12-07 11:00"), reason: " 孩子发烧 ")
        #expect(out.reason == "孩子发烧" && out.action == .checkOut)
    }

    /// Closing sets the check-out at the planned end, marked as the coordinator's; only open
    /// records on shifts that have ended.
    @Test func closingChecksOutAtThePlannedEnd() throws {
        let open = desk.checkIn("P001", on: night, at: at("2026-12-07 22:55"))
        #expect(desk.close(open, now: at("2026-12-08 06:59")) == nil)
        let closed = try #require(desk.close(open, now: at("2026-12-08 09:00")))
        #expect(closed.timeOut == at("2026-12-08 07:00") && closed.action == .closed && closed.id == open.id)
        #expect(closed.timeIn == open.timeIn && closed.status == open.status && !closed.isOpen)
        let done = desk.checkOut(open, at: at("2026-12-08 07:02"))
        #expect(desk.close(done, now: at("2026-12-08 09:00")) == nil)
        #expect(desk.close(desk.absent("P002", on: night), now: at("2026-12-08 09:00")) == nil)
    }

    /// Closed records count up to the planned end, and are counted and listed apart.
    @Test func hoursCountClosedRecordsAndNameThemApart() throws {
        let closed = try #require(desk.close(desk.checkIn("P001", on: day, at: at("2026-12-07 07:00")), now: at("2026-12-07 18:00")))
        let records = [
            closed,
            desk.checkOut(desk.checkIn("P002", on: day, at: at("2026-12-07 07:00")), at: at("2026-12-07 15:00")),
            desk.checkIn("P004", on: day, at: at("2026-12-07 07:00")),
        ]
        let report = ServiceHours.report(records, directory: Fixtures.tiny(), from: Fixtures.date("2026-12-07"),
                                         to: Fixtures.date("2026-12-07"), by: .person)
        #expect(report.lines.map(\.minutes) == [480, 480])
        #expect(report.lines.map(\.closed) == [1, 0])
        #expect(report.closed.map(\.person) == ["P001"])
        #expect(report.open.map(\.person) == ["P004"])
        #expect(CheckInAction.closed.name.zh == "协调员结束")
    }
}
