import DutyCLI
import DutyCSV
import DutyModel
import DutySample
import DutyTestSupport
import Testing

/// The desk commands' timing (issue 13) on the small sample's first solved day: noshow only
/// after the start and the grace (else --force), checkout before the end only with --reason,
/// close-shift for forgotten check-outs (and hours counting them apart), no certificate for
/// no hours.
@Suite struct DeskTimingCommandTests {
    /// Someone whose only shift at the desk at `time` runs `start`–`end`, with that shift.
    func onlyShift(_ store: MemoryStore, _ start: String, _ end: String, at time: String = "08:50") throws -> (Person, Slot) {
        let directory = try store.loadDirectory()
        let assignments = try store.assignments(from: Sample.day, to: Sample.day)
        let desk = Desk(directory)
        let now = try #require(LocalDateTime(parsing: Sample.at(time)))
        for a in assignments where desk.window(a.slot).map({ "\($0.start.time)–\($0.end.time)" }) == "\(start)–\(end)"
            && desk.slots(of: a.person, in: assignments, now: now) == [a.slot] {
            return (try #require(directory.people.first { $0.id == a.person }), a.slot)
        }
        throw CLIError("no one only on a shift \(start)–\(end)")
    }

    func run(_ l: Language = .en, _ body: (Console) throws -> Void) throws -> Recording {
        let recording = Recording()
        try body(recording.console)
        return recording
    }

    @Test func aNoShowBeforeTheStartAndGraceIsRefusedUnlessForced() throws {
        let store = try Sample.solvedDay()
        let (person, _) = try onlyShift(store, "09:00", "11:00")
        let who = person.id.rawValue
        #expect(throws: CLIError("\(person.name)'s shift starts at 09:00 with 10 min grace: a no-show only after 09:10; "
                                 + "to mark it now anyway add --force; if they cannot come, use --excused")) {
            try DeskRecords.noShow(store, who, post: nil, at: Sample.at("08:50"), grace: 10, excused: false, reason: "", .en,
                                   Recording().console)
        }
        #expect(throws: CLIError("\(person.name) 的班次 09:00 开始，宽限 10 分钟，09:10 后仍未到才算缺岗；确要现在记，请加 --force；来不了的请用 --excused 记请假")) {
            try DeskRecords.noShow(store, who, post: nil, at: Sample.at("09:10"), grace: 10, excused: false, reason: "", .zh,
                                   Recording().console)
        }
        #expect(try store.checkInLog().isEmpty)
        _ = try run { try DeskRecords.noShow(store, who, post: nil, at: Sample.at("08:50"), grace: 10, excused: false, reason: "",
                                             force: true, .en, $0) }
        #expect(try store.checkInLog().map(\.record.status) == [.noShow])
    }

    @Test func excusedAndLateNoShowsNeedNoForce() throws {
        let store = try Sample.solvedDay()
        let (early, _) = try onlyShift(store, "09:00", "11:00")
        _ = try run { try DeskRecords.noShow(store, early.id.rawValue, post: nil, at: Sample.at("08:30"), grace: 10, excused: true,
                                             reason: "发烧", .en, $0) }
        let (late, _) = try onlyShift(store, "07:00", "15:00")
        _ = try run { try DeskRecords.noShow(store, late.id.rawValue, post: nil, at: Sample.at("08:50"), grace: 10, excused: false,
                                             reason: "", .en, $0) }
        #expect(try store.checkInLog().map(\.record.status) == [.excused, .noShow])
    }

    @Test func anEarlyCheckOutNeedsAReason() throws {
        let store = try Sample.solvedDay()
        let (person, slot) = try onlyShift(store, "07:00", "15:00")
        let end = try #require(Desk(try store.loadDirectory()).window(slot)?.end)
        let who = person.id.rawValue
        _ = try run { try DeskRecords.checkIn(store, who, post: nil, at: Sample.at("07:00"), grace: 10, .en, $0) }
        #expect(throws: CLIError("\(person.name)'s shift ends at \(end.time): to check out early, say why with --reason")) {
            try DeskRecords.checkOut(store, who, post: nil, at: Sample.at("11:00"), grace: 10, .en, Recording().console)
        }
        #expect(throws: CLIError("\(person.name) 的班次 \(end.time) 才结束：提前签退请用 --reason 写明原因")) {
            try DeskRecords.checkOut(store, who, post: nil, at: Sample.at("11:00"), grace: 10, reason: "  ", .zh, Recording().console)
        }
        let out = try run { try DeskRecords.checkOut(store, who, post: nil, at: Sample.at("11:00"), grace: 10, reason: "家中有事", .en, $0) }
        #expect(out.output.hasPrefix("Checked out \(person.name) at 11:00 (early: 家中有事) after 4 h 0 min: "), "\(out.output)")
        let last = try #require(try store.checkInLog().last?.record)
        #expect(last.action == .checkOut && last.reason == "家中有事")
    }

    @Test func closeShiftChecksOutTheForgottenAtThePlannedEndAndHoursListThemApart() throws {
        let store = try Sample.solvedDay()
        let (person, slot) = try onlyShift(store, "07:00", "15:00")
        let end = try #require(Desk(try store.loadDirectory()).window(slot)?.end)
        _ = try run { try DeskRecords.checkIn(store, person.id.rawValue, post: nil, at: Sample.at("07:00"), grace: 10, .en, $0) }
        // Before the shift ends: nothing closed, the open one named on standard error.
        let early = try run { try CloseShiftCommand.run(store, date: Sample.day, post: nil, shift: nil, at: Sample.at("12:00"), .en, $0) }
        #expect(early.output == "Nothing to close on \(Sample.day): everyone on an ended shift checked out\n")
        #expect(early.errors.hasPrefix("1 on shifts not ended yet, left open:\n  \(person.id.rawValue) \(person.name) "), "\(early.errors)")
        #expect(try store.checkInLog().count == 1)
        #expect(throws: CLIError("there is no post with ID nowhere")) {
            try CloseShiftCommand.run(store, date: Sample.day, post: "nowhere", shift: nil, at: Sample.at("23:00"), .en, Recording().console)
        }
        // After it: checked out at the planned end, marked as the coordinator's.
        let closed = try run { try CloseShiftCommand.run(store, date: Sample.day, post: slot.post.rawValue, shift: slot.shift,
                                                         at: Sample.at("23:00"), .zh, $0) }
        #expect(closed.output.hasPrefix("已按计划结束时间签退 1 人（记为协调员结束）：\n  \(person.id.rawValue) \(person.name) "), "\(closed.output)")
        #expect(closed.output.hasSuffix("：签到至结束 07:00–\(end.time)\n"), "\(closed.output)")
        let last = try #require(try store.checkInLog().last)
        #expect(last.record.action == .closed && last.record.timeOut == end && last.enteredBy == "test")
        // Hours count it and list it apart; CSV has the count.
        let hours = try run { try HoursCommand.run(store, Sample.day...Sample.day, by: .person, csv: false, .zh, $0) }
        #expect(hours.output.contains("其中 1 次由协调员按计划结束时间结束（未见签退，按计划计时）：\n  \(person.id.rawValue) \(person.name) "),
                "\(hours.output)")
        let csv = try run { try HoursCommand.run(store, Sample.day...Sample.day, by: .person, csv: true, .en, $0) }
        #expect(csv.output.hasSuffix("\n\(person.id.rawValue),\(person.name),8.00,1,1,0,0,0,0\n"), "\(csv.output)")
        // Closing again finds nothing left.
        let again = try run { try CloseShiftCommand.run(store, date: Sample.day, post: nil, shift: nil, at: Sample.at("23:00"), .en, $0) }
        #expect(again.output.hasPrefix("Nothing to close"))
    }

    /// Issue 14, point 11: `hours --csv` quotes a name with a comma or quote (one field, not
    /// five) and neutralises one that starts like a spreadsheet formula.
    @Test func hoursCSVQuotesAndNeutralisesNames() throws {
        let store = try Sample.solvedDay()
        let (person, slot) = try onlyShift(store, "07:00", "15:00")
        var renamed = person
        renamed.name = "=甲单位, 乙部门 \"东\""
        _ = try store.save(Directory(people: [renamed]), action: "edit", basedOn: nil)
        _ = try run { try DeskRecords.checkIn(store, person.id.rawValue, post: nil, at: Sample.at("07:00"), grace: 10, .en, $0) }
        _ = try run { try CloseShiftCommand.run(store, date: Sample.day, post: slot.post.rawValue, shift: slot.shift,
                                                at: Sample.at("23:00"), .en, $0) }
        let csv = try run { try HoursCommand.run(store, Sample.day...Sample.day, by: .person, csv: true, .en, $0) }
        let records = CSVParser.parse(csv.output).records
        #expect(records.allSatisfy { $0.fields.count == 9 }, "\(csv.output)")
        let line = try #require(records.first { $0.fields.first?.text == person.id.rawValue })
        #expect(line.fields[1].text == "'=甲单位, 乙部门 \"东\"", "\(csv.output)")
    }

    @Test func noCertificateForNoHours() throws {
        let store = try Sample.solvedDay()
        let (person, _) = try onlyShift(store, "07:00", "15:00")
        let who = person.id.rawValue
        #expect(throws: CLIError("\(person.name) served no hours from \(Sample.day) to \(Sample.day) (no record with both a check-in and a check-out); no certificate issued")) {
            try CertificateCommand.run(store, who, Sample.day...Sample.day, issuer: nil, out: nil, .en, Recording().console)
        }
        _ = try run { try DeskRecords.checkIn(store, who, post: nil, at: Sample.at("07:00"), grace: 10, .en, $0) }
        #expect(throws: CLIError("\(person.name) 在 \(Sample.day) 至 \(Sample.day) 没有服务时长（没有签到、签退齐全的记录），不出具证明；"
                                 + "有 1 次签到未签退：可用 zhiban close-shift 按计划结束时间结束，或更正后再出具")) {
            try CertificateCommand.run(store, who, Sample.day...Sample.day, issuer: nil, out: nil, .zh, Recording().console)
        }
        _ = try run { try CloseShiftCommand.run(store, date: Sample.day, post: nil, shift: nil, at: Sample.at("23:59"), .en, $0) }
        let certificate = try run { try CertificateCommand.run(store, who, Sample.day...Sample.day, issuer: nil, out: nil, .en, $0) }
        #expect(certificate.output.contains("共 1 次，累计服务 8 小时"), "\(certificate.output)")
        #expect(certificate.output.contains("其中 1 次未签退，由协调员按计划结束时间结束。"))
    }
}
