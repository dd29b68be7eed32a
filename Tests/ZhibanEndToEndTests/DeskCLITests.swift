import DutyModel
import DutyStore
import Foundation
import Testing

/// checkin, checkout, noshow and hours on a database made from data/sample with a solved day.
@Suite(.serialized) struct DeskCLITests {
    let sample = Zhiban.root.appendingPathComponent("data/sample").path
    let day = "2026-12-01"

    @Test func checkInOutNoShowAndHoursLeaveExactlyThoseRecords() throws {
        let tmp = try TemporaryFolder()
        let db = tmp.path("z.sqlite")
        try #require(try Zhiban.run(["import", "--db", db, sample]).status == 0)
        try #require(try Zhiban.run(["solve", "--db", db, "--from", day, "--days", "1", "--steps", "2000"]).status == 0)
        let store = try AppDatabase.open(path: db, create: false)
        let directory = try store.loadDirectory()
        let date = try #require(LocalDate(parsing: day))
        let desk = Desk(directory)
        let now = LocalDateTime(date: date, time: try #require(TimeOfDay(parsing: "08:50")))
        // People on a shift at 08:50 (running or starting within two hours), each on one slot only.
        let assignments = try store.assignments(from: date, to: date)
        let onDuty = Set(assignments.map(\.person)).sorted { $0.rawValue < $1.rawValue }
            .filter { desk.slots(of: $0, in: assignments, now: now).count == 1 }
        let people = Dictionary(directory.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let lookup = PersonLookup(directory.people)
        // Someone whose initials name them alone among those on duty, and someone with a phone.
        let byInitials = try #require(onDuty.first { id in
            guard let person = people[id] else { return false }
            return lookup.find(Pinyin.initials(of: person.name)).filter { onDuty.contains($0.person) }.map(\.person) == [id]
        })
        let byPhone = try #require(onDuty.first { $0 != byInitials && !(people[$0]?.phone.isEmpty ?? true) })
        let absent = try #require(onDuty.first { $0 != byInitials && $0 != byPhone })
        let initials = Pinyin.initials(of: try #require(people[byInitials]).name)
        let phone = String(try #require(people[byPhone]).phone.suffix(8))

        let a = try Zhiban.run(["checkin", "--db", db, initials, "--at", "\(day) 08:50"])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout.contains("Checked in \(people[byInitials]?.name ?? "")"), "\(a.stdout)")
        let b = try Zhiban.run(["checkin", "--db", db, phone, "--at", "\(day) 08:52", "--lang", "zh"])
        #expect(b.status == 0, "\(b.stderr)")
        #expect(b.stdout.contains("已签到"))
        // Again: nothing new is written.
        let again = try Zhiban.run(["checkin", "--db", db, initials, "--at", "\(day) 08:55"])
        #expect(again.stdout.contains("checked in already at 08:50"), "\(again.stdout)")
        let c = try Zhiban.run(["noshow", "--db", db, absent.rawValue, "--at", "\(day) 09:30", "--reason", "电话未接"])
        #expect(c.status == 0, "\(c.stderr)")
        let d = try Zhiban.run(["checkout", "--db", db, initials, "--at", "\(day) 11:20"])
        #expect(d.status == 0, "\(d.stderr)")
        #expect(d.stdout.contains("after 2 h 30 min"), "\(d.stdout)")

        let log = try store.checkInLog()
        #expect(log.map(\.record.action) == [.checkIn, .checkIn, .noShow, .checkOut])
        #expect(log.map(\.record.person) == [byInitials, byPhone, absent, byInitials])
        #expect(log[0].record.timeIn?.description == "\(day) 08:50")
        #expect(log[3].record.timeOut?.description == "\(day) 11:20")
        #expect(log[2].record.reason == "电话未接" && log[2].record.status == .noShow)
        #expect(log.allSatisfy { !$0.enteredAt.isEmpty && !$0.enteredBy.isEmpty })

        let hours = try Zhiban.run(["hours", "--db", db, "--from", day, "--to", day, "--csv"])
        #expect(hours.status == 0, "\(hours.stderr)")
        #expect(hours.stdout.contains("\(byInitials.rawValue),\(people[byInitials]?.name ?? ""),2.50,1"), "\(hours.stdout)")
        #expect(hours.stderr.contains("1 check-ins without a check-out"), "\(hours.stderr)")
        #expect(hours.stderr.contains(byPhone.rawValue))

        // The certificate of the one checked out: their record, 2.5 hours, written whole once.
        let file = tmp.path("certificate.txt")
        let certificate = try Zhiban.run(["certificate", "--db", db, byInitials.rawValue, "--from", day, "--to", day, "--out", file])
        #expect(certificate.status == 0, "\(certificate.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("志愿服务记录证明") && text.contains("合计：2.5 小时") && text.contains("（盖章）"), "\(text)")
        #expect(text.contains(people[byInitials]?.name ?? "?"))
        let twice = try Zhiban.run(["certificate", "--db", db, byInitials.rawValue, "--from", day, "--to", day, "--out", file])
        #expect(twice.status != 0 && twice.stderr.contains("not overwritten"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == text)
    }

    @Test func unclearOrUnknownQueriesFailWithTheMatchesListed() throws {
        let tmp = try TemporaryFolder()
        let db = tmp.path("z.sqlite")
        try #require(try Zhiban.run(["import", "--db", db, sample]).status == 0)
        let nobody = try Zhiban.run(["checkin", "--db", db, "xqxq", "--at", "\(day) 08:50"])
        #expect(nobody.status != 0)
        #expect(nobody.stderr.contains("nobody fits “xqxq”"), "\(nobody.stderr)")
        let many = try Zhiban.run(["checkin", "--db", db, "z", "--at", "\(day) 08:50"])
        #expect(many.status != 0)
        #expect(many.stderr.contains("fits") && many.stderr.contains("type more"), "\(many.stderr)")
        let badTime = try Zhiban.run(["checkin", "--db", db, "P0001", "--at", "tomorrow"])
        #expect(badTime.status != 0 && badTime.stderr.contains("is not a time"))
        #expect(try AppDatabase.open(path: db, create: false).checkInLog().isEmpty)
    }
}

extension DeskCLITests {
    /// Issue 13's desk timing through the binary: a no-show before its time is refused (exit
    /// 1) until --force; an early checkout needs --reason; close-shift closes the forgotten
    /// check-out at the planned end; hours say so; no certificate for no hours.
    @Test func timingRulesAndClosingAShift() throws {
        let tmp = try TemporaryFolder()
        let db = tmp.path("z.sqlite")
        try #require(try Zhiban.run(["import", "--db", db, sample]).status == 0)
        try #require(try Zhiban.run(["solve", "--db", db, "--from", day, "--days", "1", "--steps", "2000"]).status == 0)
        let store = try AppDatabase.open(path: db, create: false)
        let desk = Desk(try store.loadDirectory())
        let date = try #require(LocalDate(parsing: day))
        let now = LocalDateTime(date: date, time: try #require(TimeOfDay(parsing: "08:50")))
        let assignments = try store.assignments(from: date, to: date)
        /// Someone whose one shift at the desk at 08:50 runs `start`–`end`.
        func only(_ start: String, _ end: String) throws -> PersonID {
            try #require(assignments.first { a in
                desk.window(a.slot).map { "\($0.start.time)–\($0.end.time)" } == "\(start)–\(end)"
                    && desk.slots(of: a.person, in: assignments, now: now) == [a.slot]
            }?.person)
        }
        let morning = try only("07:00", "15:00"), later = try only("09:00", "11:00")

        let early = try Zhiban.run(["noshow", "--db", db, later.rawValue, "--at", "\(day) 08:50"])
        #expect(early.status != 0 && early.stderr.contains("a no-show only after 09:10") && early.stderr.contains("--force"),
                "\(early.stderr)")
        let forced = try Zhiban.run(["noshow", "--db", db, later.rawValue, "--at", "\(day) 08:50", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")

        #expect(try Zhiban.run(["checkin", "--db", db, morning.rawValue, "--at", "\(day) 07:00"]).status == 0)
        let leaving = try Zhiban.run(["checkout", "--db", db, morning.rawValue, "--at", "\(day) 11:00", "--lang", "zh"])
        #expect(leaving.status != 0 && leaving.stderr.contains("提前签退请用 --reason 写明原因"), "\(leaving.stderr)")

        let closed = try Zhiban.run(["close-shift", "--db", db, "--date", day, "--at", "\(day) 23:30"])
        #expect(closed.status == 0, "\(closed.stderr)")
        #expect(closed.stdout.hasPrefix("Checked out 1 at the planned end (marked as closed by the coordinator):\n  \(morning.rawValue) "),
                "\(closed.stdout)")
        let log = try store.checkInLog().map(\.record)
        #expect(log.map(\.action) == [.noShow, .checkIn, .closed])
        #expect(log.last?.timeOut?.description == "\(day) 15:00")

        let hours = try Zhiban.run(["hours", "--db", db, "--from", day, "--to", day, "--lang", "zh"])
        #expect(hours.status == 0 && hours.stdout.contains("其中 1 次由协调员按计划结束时间结束"), "\(hours.stdout)")
        let none = try Zhiban.run(["certificate", "--db", db, later.rawValue, "--from", day, "--to", day])
        #expect(none.status != 0 && none.stderr.contains("served no hours") && none.stdout.isEmpty, "\(none.stderr)")
        let printed = try Zhiban.run(["print", "certificate", "--db", db, "--person", later.rawValue, "--date", day, "--text"])
        #expect(printed.status != 0 && printed.stderr.contains("served no hours"), "\(printed.stderr)")
    }
}
