import DutyCLI
import DutyModel
import DutySample
import DutyTestSupport
import Testing

/// checkin, checkout, hours and a failed check-in on the small sample's first solved day.
@Suite struct DeskCommandTests {
    /// Someone on one shift at 08:50 whose pinyin initials name them alone among those on duty.
    func onDutyByInitials(_ store: MemoryStore) throws -> (Person, String) {
        let directory = try store.loadDirectory()
        let assignments = try store.assignments(from: Sample.day, to: Sample.day)
        let desk = Desk(directory)
        let now = try #require(LocalDateTime(parsing: Sample.at("08:50")))
        let onDuty = Set(assignments.map(\.person)).filter { desk.slots(of: $0, in: assignments, now: now).count == 1 }
        let lookup = PersonLookup(directory.people)
        let person = try #require(directory.people.first { person in
            onDuty.contains(person.id)
                && lookup.find(Pinyin.initials(of: person.name)).filter { onDuty.contains($0.person) }.map(\.person) == [person.id]
        })
        return (person, Pinyin.initials(of: person.name))
    }

    func checkIn(_ store: MemoryStore, _ query: String, at time: String, _ l: Language = .en) throws -> Recording {
        let recording = Recording()
        try DeskRecords.checkIn(store, query, post: nil, at: Sample.at(time), grace: 10, l, recording.console)
        return recording
    }

    func checkOut(_ store: MemoryStore, _ query: String, at time: String, _ l: Language = .en) throws -> Recording {
        let recording = Recording()
        try DeskRecords.checkOut(store, query, post: nil, at: Sample.at(time), grace: 10, l, recording.console)
        return recording
    }

    func hours(_ store: MemoryStore, csv: Bool) throws -> Recording {
        let recording = Recording()
        try HoursCommand.run(store, Sample.day...Sample.day, by: .person, csv: csv, .en, recording.console)
        return recording
    }

    @Test func checkInByInitialsThenCheckOutAndTheHoursServed() throws {
        let store = try Sample.solvedDay()
        let (person, initials) = try onDutyByInitials(store)
        let checkIn = try self.checkIn(store, initials, at: "08:50")
        #expect(checkIn.output.hasPrefix("Checked in \(person.name) at 08:50"), "\(checkIn.output)")
        let again = try self.checkIn(store, initials, at: "08:55", .zh)
        #expect(again.output.hasPrefix("\(person.name) 已于 08:50 签到："), "\(again.output)")
        let checkOut = try self.checkOut(store, initials, at: "11:20")
        #expect(checkOut.output.hasPrefix("Checked out \(person.name) at 11:20 after 2 h 30 min: "), "\(checkOut.output)")
        let log = try store.checkInLog().map(\.record)
        #expect(log.map(\.action) == [.checkIn, .checkOut])
        #expect(log.allSatisfy { $0.person == person.id })
        #expect(log.last?.timeOut?.description == Sample.at("11:20"))

        let hours = try self.hours(store, csv: true)
        #expect(hours.output == "id,name,hours,records,closed,late,walk_ins,no_shows,excused\n\(person.id.rawValue),\(person.name),2.50,1,0,0,0,0,0\n")
        #expect(hours.errors.isEmpty)
    }

    /// A check-in not closed is listed on standard error, not counted.
    @Test func hoursListOpenCheckInsApart() throws {
        let store = try Sample.solvedDay()
        let (person, initials) = try onDutyByInitials(store)
        _ = try checkIn(store, initials, at: "08:50")
        let hours = try self.hours(store, csv: false)
        #expect(hours.output.hasSuffix("Total 0.00 hours\n"), "\(hours.output)")
        #expect(hours.errors.hasPrefix("1 check-ins without a check-out, not counted:\n  \(person.id.rawValue) \(person.name) "))
        #expect(throws: CLIError("--by “street”: expected person, organisation or compound")) { try HoursCommand.grouping("street", .en) }
        #expect(throws: CLIError("--from is after --to")) { try ArgumentValue.dates(from: "2026-12-02", to: "2026-12-01", .en) }
    }

    /// The log names the shift, not its code; says when in local time as a coordinator types
    /// it; and an undo's reason in the one language (the store keeps "请假 excused").
    @Test func theLogIsInOneLanguageWithLocalTimes() throws {
        let store = try Sample.solvedDay()
        let (person, initials) = try onDutyByInitials(store)
        let marked = Recording()
        try DeskRecords.noShow(store, initials, post: nil, at: Sample.at("08:50"), grace: 10, excused: true, reason: "", .zh,
                               marked.console)
        #expect(marked.output.hasPrefix("已记 \(person.name) 请假："), "\(marked.output)")
        #expect(!marked.output.contains(" day ") && !marked.output.contains(" am ") && !marked.output.contains(" pm "),
                "the shift by its name: \(marked.output)")
        let undo = try #require(Desk.undo(try store.checkInLog().map(\.record)))
        #expect(undo.reason == "请假 excused")
        _ = try store.append(undo, basedOn: try store.version())
        for (l, shown, hidden) in [(Language.zh, "请假", "excused"), (.en, "excused", "请假")] {
            let log = Recording()
            try CheckInLogCommand.run(store, date: nil, l, log.console)
            let undoLine = try #require(log.output.split(separator: "\n").last { $0.contains(undo.action.name(l)) })
            #expect(undoLine.contains(shown) && !undoLine.contains(hidden), "\(undoLine)")
            #expect(!log.output.contains("T08:00") && !log.output.contains("+08:00"), "\(log.output)")
            #expect(log.output.contains(try #require(LocalDateTime(stamp: "2026-12-01T08:00:00+08:00")).description))
        }
    }

    @Test func anUnknownPersonIsAClearErrorAndNothingIsWritten() throws {
        let store = try Sample.solvedDay()
        let recording = Recording()
        #expect(throws: CLIError("nobody fits “xqxq”")) {
            try DeskRecords.checkIn(store, "xqxq", post: nil, at: Sample.at("08:50"), grace: 10, .en, recording.console)
        }
        #expect(throws: CLIError("没有人符合“xqxq”")) {
            try DeskRecords.checkOut(store, "xqxq", post: nil, at: Sample.at("08:50"), grace: 10, .zh, recording.console)
        }
        #expect(throws: CLIError("--at “tomorrow” is not a time: expected YYYY-MM-DD HH:MM")) {
            try DeskRecords.noShow(store, "P0001", post: nil, at: "tomorrow", grace: 10, excused: false, reason: "", .en,
                                   recording.console)
        }
        #expect(recording.output.isEmpty && recording.errors.isEmpty)
        #expect(try store.checkInLog().isEmpty)
    }

    /// A query that fits several people on duty lists them and asks for more.
    @Test func aQueryFittingSeveralListsThem() throws {
        let store = try Sample.solvedDay()
        #expect {
            _ = try checkIn(store, "z", at: "08:50")
        } throws: { error in
            let message = (error as? CLIError)?.description ?? ""
            return message.hasPrefix("“z” fits ") && message.contains(" people; type more:\n  P")
        }
    }
}
