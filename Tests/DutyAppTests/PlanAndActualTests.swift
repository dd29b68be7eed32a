import DutyApp
import DutyDocuments
import DutyModel
import DutyTestSupport
import TerminalKit
import Testing

/// Plan and actual tell one story (issue 13, point 3): a morning at the coordinator's desk with
/// every case — on time, late, a no-show replaced by a standby, an excused absence, a walk-in
/// over a full slot — and then what the board, the desk, a person's week, the printed sheets and
/// the hours say about it, each compared with the others.
@Suite struct PlanAndActualTests {
    typealias C = CoordinatorCompound

    static func on(_ name: String, _ post: String, _ shift: String) -> Assignment {
        Assignment(person: C.person(named: name).id, slot: slot(post, shift), source: .solver)
    }

    static func slot(_ post: String, _ shift: String) -> Slot {
        Slot(post: PostID(rawValue: post), date: C.firstDay.adding(days: 1), shift: shift)
    }

    static func at(_ state: inout AppState, _ time: String) {
        _ = reduce(&state, .tick(LocalDateTime(date: C.firstDay.adding(days: 1), time: Fixtures.time(time))))
    }

    static func select(_ state: inout AppState, _ name: String) throws {
        state.desk.query = ""
        state.desk.cursor.row = try #require(state.deskLines.firstIndex { $0.person.name == name }, "\(name) on the desk")
    }

    @Test func theBoardTheDeskTheSheetsAndTheHoursAgree() throws {
        let roster = [Self.on("孙强", "C1-GE", "day"), Self.on("王建国", "C1-GE", "day"),
                      Self.on("陈静", "C1-GW", "day"), Self.on("张伟", "C1-GW", "day"),
                      Self.on("黄丽", "C1-PUB", "am")]
        var state = AppState(directory: C.directory, assignments: roster, firstDay: C.firstDay, days: 7, language: .zh,
                             width: 160, height: 40)
        state.board.day = 1
        Self.at(&state, "08:05")
        state.openDesk()
        // 王建国 on time, 张伟 late.
        try Self.select(&state, "王建国")
        AppFixture.send(&state, [.enter])
        Self.at(&state, "08:25")
        try Self.select(&state, "张伟")
        AppFixture.send(&state, [.enter])
        // 孙强 did not come: F5, and the first standby is called up.
        try Self.select(&state, "孙强")
        AppFixture.send(&state, [.function(5)])
        let standby = try #require(state.desk.standby?.candidates.first)
        AppFixture.send(&state, [.enter])
        // 陈静 rang in sick: F4, and nobody is called up.
        try Self.select(&state, "陈静")
        AppFixture.send(&state, [.function(4), .escape])
        // A walk-in at the full publicity post, with an override.
        try Self.select(&state, "黄丽")
        AppFixture.send(&state, [.function(7)])
        for (i, value) in ["赵小兰", "13903731234", "女", "1990"].enumerated() { state.desk.form?.values[i] = value }
        AppFixture.send(&state, [.enter] + "宣传任务重".map { .character($0) } + [.enter])
        let walkIn = try #require(state.directory.people.first { $0.name == "赵小兰" })

        // The desk.
        func line(_ name: String) throws -> DeskLine { try #require(state.deskLines.first { $0.person.name == name }) }
        state.desk.query = ""
        #expect(try line("王建国").state == .onDuty(late: false))
        #expect(try line("张伟").state == .onDuty(late: true))
        #expect(try line("孙强").state == .noShow && line("孙强").replacedBy == [standby.name])
        #expect(try line("陈静").state == .excused)
        #expect(try line("赵小兰").state == .onDuty(late: false))

        // The board, on the same day.
        state.screen = .board
        let board = render(state).plainText
        for mark in ["王建国到", "张伟迟", "(孙强缺)", "陈静假", "赵小兰临", standby.name] {
            #expect(board.contains(mark), "the board shows \(mark):\n\(board)")
        }

        // 孙强's week keeps the duty he missed, and says who stood in.
        state.week.person = C.person(named: "孙强").id
        state.screen = .person
        #expect(render(state).plainText.contains("缺岗，由 \(standby.name) 替补"))

        // The printed sign-in sheet and shift sheet, made after the morning.
        let index = DocumentIndex(state.directory, assignments: state.assignments, log: state.desk.log)
        let printed = LocalDateTime(date: C.firstDay.adding(days: 1), time: Fixtures.time("09:00"))
        let gate = try #require(state.directory.posts.first { $0.id.rawValue == "C1-GE" })
        let day = try #require(state.directory.shiftTemplates.first { $0.id == gate.template }?.shift("day"))
        let sheet = SignInSheet.build(index, post: gate, shift: day, date: Self.slot("C1-GE", "day").date, printed: printed,
                                      language: .zh).text()
        #expect(sheet.contains("08:05") && sheet.contains("孙强") && sheet.contains("缺岗，由 \(standby.name) 替补"), "\(sheet)")
        let west = try #require(state.directory.posts.first { $0.id.rawValue == "C1-GW" })
        let shifts = PostShiftSheet.build(index, post: west, shifts: [day], date: Self.slot("C1-GW", "day").date, printed: printed,
                                          language: .zh).text()
        #expect(shifts.contains("陈静（请假") && shifts.contains("张伟（在岗（迟到）"), "\(shifts)")

        // Hours: after check-outs at the end, the same people late, absent, excused and walked in.
        state.screen = .desk
        Self.at(&state, "12:00")
        try Self.select(&state, "赵小兰")
        AppFixture.send(&state, [.enter])
        Self.at(&state, "16:00")
        for name in ["王建国", "张伟"] {
            try Self.select(&state, name)
            AppFixture.send(&state, [.enter])
        }
        let report = ServiceHours.report(Array(CheckIn.inForce(state.desk.log).values), directory: state.directory,
                                         from: C.firstDay, to: C.firstDay.adding(days: 6), by: .person,
                                         walkIns: Set(state.desk.log.filter { $0.action == .walkIn }.map(\.id)))
        func hours(_ id: PersonID) -> ServiceHours.Line? { report.lines.first { $0.key == id.rawValue } }
        #expect(hours(C.person(named: "王建国").id)?.minutes == 475)
        #expect(hours(C.person(named: "张伟").id)?.late == 1)
        #expect(hours(C.person(named: "孙强").id)?.noShows == 1 && hours(C.person(named: "孙强").id)?.minutes == 0)
        #expect(hours(C.person(named: "陈静").id)?.excused == 1)
        #expect(hours(walkIn.id)?.walkIns == 1)
    }
}
