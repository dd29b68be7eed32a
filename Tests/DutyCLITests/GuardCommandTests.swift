import DutyCLI
import DutyCSV
import DutyModel
import DutyTestSupport
import Foundation
import Testing

/// The commands that change the roster or people go through the hard-rule guard (issue 13,
/// point 1): `solve`, `replan` and `import` each refuse a change that breaks a hard rule over
/// the whole week, naming the rule, the people and the slots, and write nothing, unless
/// `--override-reason` is given, and then the reason is on the assignments concerned and
/// `explain` lists it. The oracle is the engine's full evaluator over the whole week.
@Suite struct GuardCommandTests {
    typealias C = CoordinatorCompound
    static let monday = C.firstDay, thursday = C.firstDay.adding(days: 3), sunday = C.firstDay.adding(days: 6)
    static let huang = C.person(named: "黄丽")

    static func pub(_ day: Int, _ shift: String, _ person: Person = huang) -> Assignment {
        Assignment(person: person.id, slot: Slot(post: PostID(rawValue: "C1-PUB"), date: monday.adding(days: day), shift: shift),
                   source: .manual)
    }

    /// The compound with 黄丽 on two mornings of 防护宣传 (7 hours), `directory` changed as given.
    static func store(_ change: (inout Directory) -> Void = { _ in }) throws -> MemoryStore {
        var directory = C.directory
        change(&directory)
        let store = MemoryStore(directory: directory)
        _ = try store.apply(removing: [], adding: [pub(0, "am"), pub(1, "am")], action: "assign", basedOn: try store.version())
        return store
    }

    /// Only 防护宣传 is rostered, 黄丽 may serve 8 hours a week and on `day` everyone else is
    /// on leave.
    static func onlyHuang(on day: LocalDate = sunday) throws -> MemoryStore {
        try store { directory in
            directory.posts = directory.posts.filter { $0.id.rawValue == "C1-PUB" }
            for i in directory.people.indices {
                if directory.people[i].id == huang.id {
                    directory.people[i].maxHoursPerWeek = 8
                } else if let leave = Unavailability(from: day, to: day) {
                    directory.people[i].unavailable.append(leave)
                }
            }
        }
    }

    /// A solve of Sunday and the next Monday: a range across two calendar weeks counts its own
    /// 7-day block, so it puts 黄丽 on Sunday, which passes her weekly limit only in the
    /// calendar week's view (the guard's).
    static func solveAcrossTheWeekend(_ store: MemoryStore, reason: String? = nil, _ recording: Recording = Recording()) throws {
        try SolveCommand.run(store, try RosterRange(from: "\(sunday)", days: 2, .zh), seconds: 0, steps: 2_000, seed: 1, threads: 1,
                             dryRun: false, overrideReason: reason, .zh, recording.console)
    }

    /// A solve of a day inside one calendar week carries the rest of the week in: Thursday alone
    /// does not put 黄丽 past her limit (it stays short instead), and nothing needs a reason.
    @Test func aSolveInsideOneWeekSeesTheWholeWeek() throws {
        let store = try Self.onlyHuang(on: Self.thursday)
        try SolveCommand.run(store, try RosterRange(from: "\(Self.thursday)", days: 1, .zh), seconds: 0, steps: 2_000, seed: 1,
                             threads: 1, dryRun: false, .zh, Recording().console)
        #expect(try store.assignments(from: Self.thursday, to: Self.thursday).isEmpty)
        #expect(try Self.unexplained(store).isEmpty)
    }

    static func unexplained(_ store: MemoryStore) throws -> [OverrideOracle.Finding] {
        try OverrideOracle.unexplained(store, from: monday, to: monday.adding(days: 6))
    }

    @Test func solveRefusesARosterThatPassesAWeeklyLimitOverTheWholeWeek() throws {
        let store = try Self.onlyHuang()
        let before = try store.assignments(from: Self.monday, to: Self.monday.adding(days: 6))
        let history = try store.history().undo.count
        #expect {
            try Self.solveAcrossTheWeekend(store)
        } throws: { error in
            let message = (error as? CLIError)?.description ?? ""
            return message.hasPrefix("未写入：这份排班会违反硬规则：") && message.contains("[硬] 不超过本人每周最多值班小时数：")
                && message.contains("人员：黄丽（\(Self.huang.id.rawValue)）") && message.contains("防护宣传岗 \(Self.sunday) 上午（C1-PUB@\(Self.sunday)@am）")
                && message.contains("--override-reason")
        }
        // Nothing half-written.
        #expect(try store.assignments(from: Self.monday, to: Self.monday.adding(days: 6)) == before)
        #expect(try store.history().undo.count == history)
        #expect(try Self.unexplained(store).isEmpty)
        // A dry run says what a write would need.
        let dry = Recording()
        try SolveCommand.run(store, try RosterRange(from: "\(Self.sunday)", days: 2, .en), seconds: 0, steps: 2_000, seed: 1,
                             threads: 1, dryRun: true, .en, dry.console)
        #expect(dry.output.contains("Note: this roster would break a hard rule; writing it needs --override-reason"), "\(dry.output)")
    }

    @Test func solveWithAReasonStoresTheRosterWithTheOverrideAndExplainListsIt() throws {
        let store = try Self.onlyHuang()
        let recording = Recording()
        try Self.solveAcrossTheWeekend(store, reason: "全员请假，书记同意", recording)
        #expect(recording.output.contains("已特批（理由：全员请假，书记同意），这份排班违反的硬规则："), "\(recording.output)")
        let sunday = try store.assignments(from: Self.sunday, to: Self.sunday)
        #expect(!sunday.isEmpty && sunday.allSatisfy { $0.person == Self.huang.id })
        #expect(sunday.allSatisfy { $0.override == RuleOverride(reason: "全员请假，书记同意", rules: ["max-weekly-hours"]) })
        #expect(try Self.unexplained(store).isEmpty)
        #expect(try store.history().undo.last?.action == "solve")

        let explained = Recording()
        try ExplainCommand.run(store, try RosterRange(from: "\(Self.monday)", days: 7, .zh), slot: nil, limit: 5, .zh, explained.console)
        #expect(explained.output.contains("硬约束：除已特批的 1 处外全部满足"), "\(explained.output)")
        #expect(explained.output.contains("[硬·已特批] 不超过本人每周最多值班小时数：1 处"))
        #expect(explained.output.contains("黄丽") && explained.output.contains("理由：全员请假，书记同意"))
        let slot = Recording()
        try ExplainCommand.run(store, try RosterRange(from: "\(Self.monday)", days: 7, .zh), slot: "C1-PUB@\(Self.sunday)@am",
                               limit: 5, .zh, slot.console)
        #expect(slot.output.contains("在岗：黄丽") && slot.output.contains("（已特批，理由：全员请假，书记同意）"), "\(slot.output)")
        // An uncovered violation is listed as before.
        let bare = try Self.onlyHuang()
        _ = try bare.assign(Self.pub(3, "am"), action: "assign", basedOn: nil)
        _ = try bare.assign(Self.pub(3, "pm"), action: "assign", basedOn: nil)
        let plain = Recording()
        try ExplainCommand.run(bare, try RosterRange(from: "\(Self.monday)", days: 7, .zh), slot: nil, limit: 5, .zh, plain.console)
        #expect(plain.output.contains("\n[硬] 不超过本人每周最多值班小时数：1 处") && !plain.output.contains("已特批"), "\(plain.output)")
    }

    @Test func aBlankReasonIsNoReason() throws {
        #expect(throws: CLIError("--override-reason 需要写明理由")) { try Self.solveAcrossTheWeekend(try Self.onlyHuang(), reason: "  ") }
    }

    /// 黄丽 absent from Tuesday to Friday, replanned one day ahead: her Thursday duty is left
    /// where the leave now covers it, which the replan refuses; with a reason the duty keeps the
    /// override, and the leave and the other changes are stored as one change.
    @Test func replanRefusesLeaveOverADutyItDoesNotReachUnlessOverridden() throws {
        let store = try Self.store()
        _ = try store.assign(Self.pub(3, "am"), action: "assign", basedOn: nil)
        func request(_ reason: String?) throws -> Replanning.Request {
            try Replanning.Request(absent: "黄丽", more: nil, from: "\(Self.monday.adding(days: 1)) 08:00", until: "\(Self.monday.adding(days: 5)) 00:00",
                                   days: 1, dryRun: false, overrideReason: reason, language: .zh)
        }
        let before = try store.assignments(from: Self.monday, to: Self.monday.adding(days: 6))
        #expect {
            try Replanning.run(store, try request(nil), Recording().console)
        } throws: { error in
            let message = (error as? CLIError)?.description ?? ""
            return message.hasPrefix("未写入：这次重新排班会违反硬规则：") && message.contains("黄丽")
                && message.contains("C1-PUB@\(Self.thursday)@am")
        }
        #expect(try store.assignments(from: Self.monday, to: Self.monday.adding(days: 6)) == before)
        #expect(try store.loadDirectory().people.first { $0.id == Self.huang.id } == Self.huang)

        let recording = Recording()
        try Replanning.run(store, try request("周四另有安排"), recording.console)
        #expect(recording.output.contains("已登记 黄丽 请假至 \(Self.monday.adding(days: 4))"), "\(recording.output)")
        let after = try store.assignments(from: Self.monday, to: Self.monday.adding(days: 6))
        #expect(!after.contains { $0.person == Self.huang.id && $0.slot.date == Self.monday.adding(days: 1) })
        let kept = try #require(after.first { $0.person == Self.huang.id && $0.slot.date == Self.thursday })
        #expect(kept.override?.reason == "周四另有安排" && kept.override?.rules == ["availability"] && kept.source == .manual)
        #expect(try Self.unexplained(store).isEmpty)
        #expect(try store.history().undo.last?.action == "replan")
    }

    /// An import that lowers 黄丽's weekly limit under the 7 hours she is booked for.
    func importing(_ store: MemoryStore, limit: Int, reason: String?, dryRun: Bool = false) throws -> (Bool, Recording) {
        var huang = Self.huang
        huang.maxHoursPerWeek = limit
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let people = try #require(Exporter(language: .zh, encoding: .utf8).texts(Directory(people: [huang])).first { $0.table == .people })
        try Data(people.text.utf8).write(to: folder.appendingPathComponent("人员.csv"))
        let recording = Recording()
        let ok = try ImportCommand.run(paths: [folder.path], encoding: nil, dryRun: dryRun, overrideReason: reason, today: Self.monday,
                                       .zh, recording.console) { store }
        return (ok, recording)
    }

    @Test func importRefusesAPersonWhoseNewLimitBreaksTheirDutiesUnlessOverridden() throws {
        let store = try Self.store()
        let before = try store.assignments(from: Self.monday, to: Self.monday.adding(days: 6))
        #expect {
            _ = try importing(store, limit: 5, reason: nil)
        } throws: { error in
            let message = (error as? CLIError)?.description ?? ""
            return message.hasPrefix("未写入：导入的人员信息会违反硬规则：") && message.contains("[硬] 不超过本人每周最多值班小时数")
                && message.contains("人员：黄丽（\(Self.huang.id.rawValue)）")
        }
        #expect(try store.loadDirectory().people.first { $0.id == Self.huang.id }?.maxHoursPerWeek == 30)
        let (dry, said) = try importing(store, limit: 5, reason: nil, dryRun: true)
        #expect(dry && said.output.contains("注意：导入的人员信息会违反硬规则，写入需加 --override-reason"), "\(said.output)")
        // A limit her duties keep within needs nothing.
        let (fine, _) = try importing(try Self.store(), limit: 20, reason: nil)
        #expect(fine)

        let (ok, recording) = try importing(store, limit: 5, reason: "本人要求减少，已协调")
        #expect(ok && recording.output.contains("已导入："), "\(recording.output)")
        #expect(try store.loadDirectory().people.first { $0.id == Self.huang.id }?.maxHoursPerWeek == 5)
        let after = try store.assignments(from: Self.monday, to: Self.monday.adding(days: 6))
        #expect(after.map(\.slot) == before.map(\.slot))
        #expect(after.allSatisfy { $0.override?.reason == "本人要求减少，已协调" })
        #expect(try Self.unexplained(store).isEmpty)
    }

    /// A staffing file that lowers the gate's day shift to one person while two are booked on
    /// Monday: refused, naming the headcount rule, unless a reason is given, which then goes on
    /// the duties at that slot.
    @Test func importRefusesStaffingThatItsBookedDutiesBreakUnlessOverridden() throws {
        let gate = Slot(post: PostID(rawValue: "C1-GE"), date: Self.monday, shift: "day")
        func fresh() throws -> MemoryStore {
            let store = MemoryStore(directory: C.directory)
            let two = ["孙强", "王建国"].map { Assignment(person: C.person(named: $0).id, slot: gate, source: .manual) }
            _ = try store.apply(removing: [], adding: two, action: "assign", basedOn: try store.version())
            return store
        }
        func importing(_ store: MemoryStore, dayMaximum: Int, reason: String?) throws -> (Bool, Recording) {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guard-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let text = "岗位编号,班次,最少人数,最多人数,身份要求\nC1-GE,day,1,\(dayMaximum),党员>=1\nC1-GE,eve,2,2,党员>=1\nC1-GE,night,2,3,党员>=1\n"
            try Data(text.utf8).write(to: folder.appendingPathComponent("人数规则.csv"))
            let recording = Recording()
            let ok = try ImportCommand.run(paths: [folder.path], encoding: nil, dryRun: false, overrideReason: reason,
                                           today: Self.monday, .zh, recording.console) { store }
            return (ok, recording)
        }
        let store = try fresh()
        #expect {
            _ = try importing(store, dayMaximum: 1, reason: nil)
        } throws: { error in
            let message = (error as? CLIError)?.description ?? ""
            return message.hasPrefix("未写入：导入的数据会违反硬规则：") && message.contains("[硬] ") && message.contains("C1-GE@\(Self.monday)@day")
        }
        #expect(try store.loadDirectory().posts.first { $0.id.rawValue == "C1-GE" }?.rule(for: "day")?.maximum == 2)
        // Room for both needs nothing.
        let (fine, _) = try importing(try fresh(), dayMaximum: 2, reason: nil)
        #expect(fine)

        let (ok, recording) = try importing(store, dayMaximum: 1, reason: "白天改为一人，两人已排的本周照旧")
        #expect(ok, "\(recording.output)")
        #expect(try store.loadDirectory().posts.first { $0.id.rawValue == "C1-GE" }?.rule(for: "day")?.maximum == 1)
        let after = try store.assignments(from: Self.monday, to: Self.monday)
        #expect(after.count == 2 && after.allSatisfy { $0.override?.reason == "白天改为一人，两人已排的本周照旧" })
        #expect(after.allSatisfy { $0.override?.rules == ["max-headcount"] })
        #expect(try Self.unexplained(store).isEmpty)
    }
}
