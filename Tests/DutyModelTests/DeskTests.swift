import DutyModel
import DutyTestSupport
import Testing

/// The duty desk's rules: shift windows, lateness with a grace, the slots someone is at the
/// desk for, and the versions each action appends (undo included).
@Suite struct DeskTests {
    let desk = Desk(Fixtures.tiny(), graceMinutes: 10)
    let day = Slot(post: "C1-gate-G1", date: Fixtures.date("2026-12-07"), shift: "day")
    let night = Slot(post: "C1-gate-G1", date: Fixtures.date("2026-12-07"), shift: "night")
    let health = Slot(post: "C2-health", date: Fixtures.date("2026-12-07"), shift: "am")

    func at(_ text: String) -> LocalDateTime {
        guard let t = LocalDateTime(parsing: text) else { preconditionFailure(text) }
        return t
    }

    @Test func aNightShiftEndsOnTheNextDay() throws {
        let w = try #require(desk.window(night))
        #expect(w.start == at("2026-12-07 23:00"))
        #expect(w.end == at("2026-12-08 07:00"))
        #expect(desk.window(Slot(post: "C1-gate-G1", date: Fixtures.date("2026-12-07"), shift: "nope")) == nil)
    }

    /// Arriving at the start plus the grace is on time; a minute later is late.
    @Test func lateIsPastTheStartPlusTheGrace() {
        #expect(desk.checkIn("P001", on: day, at: at("2026-12-07 07:10")).status == .onTime)
        #expect(desk.checkIn("P001", on: day, at: at("2026-12-07 07:11")).status == .late)
        #expect(desk.checkIn("P001", on: day, at: at("2026-12-07 06:30")).status == .onTime)
        var strict = desk
        strict.graceMinutes = 0
        #expect(strict.checkIn("P001", on: day, at: at("2026-12-07 07:01")).status == .late)
        // A walk-in was not expected, so is never late.
        #expect(desk.checkIn("P001", on: day, at: at("2026-12-07 09:00"), walkIn: true).status == .onTime)
    }

    @Test func statesFollowTheRecordAndTheClock() {
        #expect(desk.state(nil, slot: day, now: at("2026-12-07 07:10")) == .expected)
        #expect(desk.state(nil, slot: day, now: at("2026-12-07 07:11")) == .overdue)
        let late = desk.checkIn("P001", on: day, at: at("2026-12-07 07:20"))
        #expect(desk.state(late, slot: day, now: at("2026-12-07 08:00")) == .onDuty(late: true))
        #expect(desk.state(desk.checkOut(late, at: at("2026-12-07 15:00")), slot: day, now: at("2026-12-07 15:01")) == .done(late: true))
        #expect(desk.state(desk.absent("P001", on: day), slot: day, now: at("2026-12-07 08:00")) == .noShow)
        #expect(desk.state(desk.absent("P001", on: day, excused: true), slot: day, now: at("2026-12-07 08:00")) == .excused)
        var withdrawn = late
        withdrawn.voided = true
        #expect(desk.state(withdrawn, slot: day, now: at("2026-12-07 08:00")) == .overdue)
    }

    /// Someone is at the desk for a slot that runs now or starts within the lead time.
    @Test func theSlotsSomeoneIsAtTheDeskFor() {
        let assignments = [day, night, health].map { Assignment(person: "P001", slot: $0, source: .manual) }
            + [Assignment(person: "P002", slot: day, source: .manual)]
        #expect(desk.slots(of: "P001", in: assignments, now: at("2026-12-07 05:59")) == [day])
        #expect(desk.slots(of: "P001", in: assignments, now: at("2026-12-07 07:30")) == [day, health])
        #expect(desk.slots(of: "P001", in: assignments, now: at("2026-12-07 07:30"), post: "C2-health") == [health])
        #expect(desk.slots(of: "P001", in: assignments, now: at("2026-12-08 06:59")) == [night])
        #expect(desk.slots(of: "P001", in: assignments, now: at("2026-12-08 07:00")).isEmpty)
        #expect(desk.slots(of: "P003", in: assignments, now: at("2026-12-07 07:30")).isEmpty)
    }

    @Test func aCorrectionNeedsAReasonAndTimesInOrder() throws {
        let record = desk.checkIn("P001", on: day, at: at("2026-12-07 07:20"))
        #expect(desk.correction(record, timeIn: at("2026-12-07 07:00"), timeOut: nil, reason: " ") == nil)
        #expect(desk.correction(record, timeIn: at("2026-12-07 09:00"), timeOut: at("2026-12-07 08:00"), reason: "x") == nil)
        let fixed = try #require(desk.correction(record, timeIn: at("2026-12-07 07:05"), timeOut: nil, reason: "补登：早到未签"))
        #expect(fixed.status == .onTime && fixed.action == .correction && fixed.reason == "补登：早到未签")
        #expect(fixed.id == record.id)
    }

    /// Undo takes back the newest record not yet taken back, one after another: a check-out
    /// goes back to on duty, a first check-in is withdrawn.
    /// Undoing one's own record leaves records entered since by others alone.
    @Test func undoOfAGivenRecordRestoresItsOwnPreviousVersion() throws {
        let a = desk.checkIn("P001", on: day, at: at("2026-12-07 07:00"))
        let aOut = desk.checkOut(a, at: at("2026-12-07 15:00"))
        let other = desk.checkIn("P002", on: day, at: at("2026-12-07 15:01"))
        let log = [a, aOut, other]
        let back = try #require(Desk.undo(aOut, in: log))
        #expect(back.id == a.id && back.timeOut == nil && back.timeIn == a.timeIn && !back.voided && back.action == .undo)
        let withdrawn = try #require(Desk.undo(a, in: [a, other]))
        #expect(withdrawn.id == a.id && withdrawn.voided)
        #expect(Desk.undo(other, in: [a]) == nil)
    }

    @Test func undoTakesBackTheNewestRecordsInTurn() throws {
        var log: [CheckIn] = []
        let a = desk.checkIn("P001", on: day, at: at("2026-12-07 07:00"))
        let b = desk.checkIn("P002", on: day, at: at("2026-12-07 07:02"))
        let aOut = desk.checkOut(a, at: at("2026-12-07 15:00"))
        log = [a, b, aOut]
        let first = try #require(Desk.undo(log))
        #expect(first.id == a.id && first.timeOut == nil && first.timeIn == a.timeIn && !first.voided && first.action == .undo)
        log.append(first)
        let second = try #require(Desk.undo(log))
        #expect(second.id == b.id && second.voided)
        log.append(second)
        let third = try #require(Desk.undo(log))
        #expect(third.id == a.id && third.voided)
        log.append(third)
        #expect(Desk.undo(log) == nil)
    }
}

/// Hours served: check-out minus check-in of the records in force; open check-ins are listed,
/// not counted.
@Suite struct ServiceHoursTests {
    let desk = Desk(Fixtures.tiny())

    func at(_ text: String) -> LocalDateTime {
        guard let t = LocalDateTime(parsing: text) else { preconditionFailure(text) }
        return t
    }

    /// Hours as printed: tenths, rounded half up, no trailing ".0"; for spreadsheets, hundredths.
    @Test func hoursAreWrittenToATenthOrAHundredth() {
        #expect([0, 240, 245, 130, 135, 59].map(HoursText.tenths) == ["0", "4", "4.1", "2.2", "2.3", "1"])
        #expect([0, 150, 135, 100, 1, 605, -5].map(HoursText.hundredths) == ["0.00", "2.50", "2.25", "1.67", "0.02", "10.08", "0.00"])
        #expect(HoursText.span(150) == Localized(zh: "2 小时 30 分", en: "2 h 30 min"))
    }

    /// A walk-in's number: after the highest P number, as wide as the widest; other IDs ignored.
    @Test func aNewPersonNumberFollowsTheHighest() {
        #expect(Fixtures.tiny().nextPersonID() == "P0007")
        var wide = Fixtures.tiny()
        wide.people.append(Person(id: "P12345", name: "甲", phone: "", sex: .male, birthYear: 1980, compound: "C1", roles: []))
        wide.people.append(Person(id: "X99999", name: "乙", phone: "", sex: .male, birthYear: 1980, compound: "C1", roles: []))
        #expect(wide.nextPersonID() == "P12346")
        #expect(Directory().nextPersonID() == "P0001")
    }

    @Test func hoursAreCheckOutMinusCheckInAndOpenOnesAreListed() throws {
        let dir = Fixtures.tiny()
        let day = Slot(post: "C1-gate-G1", date: Fixtures.date("2026-12-07"), shift: "day")
        let health = Slot(post: "C2-health", date: Fixtures.date("2026-12-07"), shift: "am")
        let later = Slot(post: "C2-health", date: Fixtures.date("2026-12-20"), shift: "am")
        let records = [
            desk.checkOut(desk.checkIn("P001", on: day, at: at("2026-12-07 06:55")), at: at("2026-12-07 15:05")),
            desk.checkOut(desk.checkIn("P004", on: health, at: at("2026-12-07 08:00")), at: at("2026-12-07 12:00")),
            desk.checkOut(desk.checkIn("P006", on: health, at: at("2026-12-07 08:30")), at: at("2026-12-07 11:00")),
            desk.checkIn("P002", on: day, at: at("2026-12-07 07:00")),
            desk.absent("P003", on: day),
            desk.checkOut(desk.checkIn("P004", on: later, at: at("2026-12-20 08:00")), at: at("2026-12-20 12:00")),
        ]
        let byPerson = ServiceHours.report(records, directory: dir, from: Fixtures.date("2026-12-01"),
                                           to: Fixtures.date("2026-12-10"), by: .person)
        // The no-show serves nothing and is counted as one (plan and actual).
        #expect(byPerson.lines.map(\.key) == ["P001", "P003", "P004", "P006"])
        #expect(byPerson.lines.map(\.minutes) == [490, 0, 240, 150])
        #expect(byPerson.lines.map(\.noShows) == [0, 1, 0, 0] && byPerson.absences.map(\.person) == ["P003"])
        #expect(byPerson.totalMinutes == 880)
        #expect(byPerson.open.map(\.person) == ["P002"])
        let byCompound = ServiceHours.report(records, directory: dir, from: Fixtures.date("2026-12-01"),
                                             to: Fixtures.date("2026-12-31"), by: .compound)
        #expect(byCompound.lines.map(\.name) == ["幸福家园", "银河小区"])
        #expect(byCompound.lines.map(\.minutes) == [490, 630])
        let byOrganisation = ServiceHours.report(records, directory: dir, from: Fixtures.date("2026-12-01"),
                                                 to: Fixtures.date("2026-12-31"), by: .organisation)
        #expect(byOrganisation.lines.map(\.key) == ["", "O01", "O02"])
        #expect(byOrganisation.lines.map(\.minutes) == [490, 480, 150])
    }

    /// The certificate lists one person's served records in the range, totals them, counts
    /// open check-ins apart and names the street office and compound as issuer.
    @Test func aCertificateListsThePersonsServedRecordsInTheRange() throws {
        let dir = Fixtures.tiny()
        let person = try #require(dir.people.first { $0.id == "P001" })
        let day = Slot(post: "C1-gate-G1", date: Fixtures.date("2026-12-07"), shift: "day")
        let night = Slot(post: "C1-gate-G1", date: Fixtures.date("2026-12-08"), shift: "night")
        let open = Slot(post: "C1-gate-G1", date: Fixtures.date("2026-12-09"), shift: "day")
        let outside = Slot(post: "C1-gate-G1", date: Fixtures.date("2026-12-20"), shift: "day")
        let records = [
            desk.checkOut(desk.checkIn("P001", on: night, at: at("2026-12-08 22:55")), at: at("2026-12-09 07:05")),
            desk.checkOut(desk.checkIn("P001", on: day, at: at("2026-12-07 07:00")), at: at("2026-12-07 15:00")),
            desk.checkIn("P001", on: open, at: at("2026-12-09 07:00")),
            desk.checkOut(desk.checkIn("P001", on: outside, at: at("2026-12-20 07:00")), at: at("2026-12-20 15:00")),
            desk.checkOut(desk.checkIn("P002", on: day, at: at("2026-12-07 07:00")), at: at("2026-12-07 15:00")),
        ]
        let c = ServiceCertificate(person: person, records: records, directory: dir, from: Fixtures.date("2026-12-01"),
                                   to: Fixtures.date("2026-12-10"), issued: Fixtures.date("2026-12-11"))
        #expect(c.entries.map(\.date) == [Fixtures.date("2026-12-07"), Fixtures.date("2026-12-08")])
        #expect(c.entries.map(\.shift) == ["早班", "夜班"])
        #expect(c.entries.map(\.minutes) == [480, 490])
        #expect(c.totalMinutes == 970 && c.open == 1)
        #expect(c.issuer == "蒲东街道 幸福家园" && c.compound == "幸福家园")
        let other = ServiceCertificate(person: person, records: records, directory: dir, from: Fixtures.date("2026-12-01"),
                                       to: Fixtures.date("2026-12-10"), issued: Fixtures.date("2026-12-11"), issuer: "蒲东街道办事处")
        #expect(other.issuer == "蒲东街道办事处")
    }
}
