import DutyModel
import DutyTestSupport
import Foundation
import Testing

/// Whom a query at the desk names: the one on duty among several matches, or the matches to
/// list; and the desk's two uses of it, the person on shift now and the person to check out.
@Suite struct PersonChoiceTests {
    let directory = Fixtures.tiny()
    let desk = Desk(Fixtures.tiny())
    let day = Slot(post: "C1-gate-G1", date: Fixtures.date("2026-12-07"), shift: "day")
    let night = Slot(post: "C1-gate-G1", date: Fixtures.date("2026-12-07"), shift: "night")

    func at(_ text: String) -> LocalDateTime {
        guard let t = LocalDateTime(parsing: text) else { preconditionFailure(text) }
        return t
    }

    func ids(_ choice: PersonChoice) -> [String] {
        switch choice {
        case .nobody: []
        case let .one(person): [person.id.rawValue]
        case let .several(people): people.map(\.id.rawValue)
        }
    }

    /// 张伟 (P001) and 曾国强 (P003) both fit "z"; "zw" is 张伟 alone.
    @Test func oneMatchIsChosenOnDutyOrNot() {
        let choice = PersonChoice("zw", among: directory.people) { _ in false }
        #expect(choice.person?.id == "P001")
        #expect(PersonChoice("xqxq", among: directory.people) { _ in true } == .nobody)
    }

    @Test func theOnlyOneOnDutyAmongSeveralIsChosen() {
        #expect(ids(PersonChoice("z", among: directory.people) { $0 == "P003" }) == ["P003"])
        #expect(ids(PersonChoice("z", among: directory.people) { $0 == "P001" }) == ["P001"])
    }

    /// Several on duty, or none: the matches are listed, best fit first (then by pinyin:
    /// zeng… before zhang…), only those on duty when any is.
    @Test func severalAreListed() {
        #expect(ids(PersonChoice("z", among: directory.people) { _ in false }) == ["P003", "P001"])
        let people = directory.people + [Person(id: "P007", name: "赵文", phone: "", sex: .female, birthYear: 1980,
                                                compound: "C1", roles: [.residentVolunteer])]
        #expect(ids(PersonChoice("z", among: people) { _ in false }) == ["P003", "P001", "P007"])
        #expect(ids(PersonChoice("z", among: people) { $0 != "P003" }) == ["P001", "P007"])
        // "zw" fits 张伟 and 赵文 wholly, 曾国强 not at all.
        #expect(ids(PersonChoice("zw", among: people) { _ in true }) == ["P001", "P007"])
    }

    @Test func onShiftGivesThePersonAndTheirSoonestSlot() {
        let assignments = [Assignment(person: "P001", slot: day, source: .manual), Assignment(person: "P001", slot: night, source: .manual),
                           Assignment(person: "P003", slot: night, source: .manual)]
        // At 08:00 only 张伟 is on a shift: "z" names him, on the day shift.
        let morning = desk.onShift("z", people: directory.people, assignments: assignments, now: at("2026-12-07 08:00"))
        #expect(morning.choice.person?.id == "P001" && morning.slot == day)
        // At 22:00 both are expected for the night: "z" names two.
        let evening = desk.onShift("z", people: directory.people, assignments: assignments, now: at("2026-12-07 22:00"))
        #expect(ids(evening.choice) == ["P003", "P001"] && evening.slot == nil)
        // 曾国强 named alone, with no shift now.
        let off = desk.onShift("zgq", people: directory.people, assignments: assignments, now: at("2026-12-07 08:00"))
        #expect(off.choice.person?.id == "P003" && off.slot == nil)
    }

    @Test func checkedInGivesTheLatestOpenRecord() {
        let first = desk.checkOut(desk.checkIn("P001", on: day, at: at("2026-12-07 07:00")), at: at("2026-12-07 15:00"))
        let second = desk.checkIn("P001", on: night, at: at("2026-12-07 22:50"))
        let other = desk.checkIn("P003", on: night, at: at("2026-12-07 22:55"))
        let records = [first, second, other, desk.absent("P002", on: day)]
        let found = Desk.checkedIn("zw", people: directory.people, records: records)
        #expect(found.choice.person?.id == "P001" && found.record == second)
        #expect(ids(Desk.checkedIn("z", people: directory.people, records: records).choice) == ["P003", "P001"])
        // On another post nobody is checked in: the one person named has no record to close.
        let elsewhere = Desk.checkedIn("zw", people: directory.people, records: records, post: "C2-health")
        #expect(elsewhere.choice.person?.id == "P001" && elsewhere.record == nil)
        #expect(!first.isOpen && second.isOpen && !records[3].isOpen)
    }

    @Test func undoAndRedoSayWhatTheyDidInWordsAndLocalTime() {
        let change = UndoableChange(change: 7, action: "solve", at: "2026-12-01T09:00:00+08:00", rows: 12)
        let beijing = TimeZone(identifier: "Asia/Shanghai")!
        #expect(UndoableChange.report(change, undo: true, in: beijing)(.en) == "Undid: automatic roster (12 records, 2026-12-01 09:00)")
        #expect(UndoableChange.report(change, undo: false, in: beijing)(.zh) == "已重做：自动排班（12 条，2026-12-01 09:00）")
        // The store writes UTC; the coordinator reads the local time, in the form they type.
        let swap = UndoableChange(change: 8, action: "swap", at: "2026-12-03T06:25:21Z", rows: 4)
        #expect(UndoableChange.report(swap, undo: true, in: beijing)(.zh) == "已撤销：交换（4 条，2026-12-03 14:25）")
        let standby = UndoableChange(change: 9, action: "standby", at: "2026-12-03T06:25:21Z", rows: 2)
        #expect(UndoableChange.report(standby, undo: true, in: beijing)(.zh) == "已撤销：调替补（2 条，2026-12-03 14:25）")
        let tui = UndoableChange(change: 10, action: "tui", at: "2026-12-03T06:25:21Z", rows: 1)
        #expect(UndoableChange.report(tui, undo: true, in: beijing)(.en) == "Undid: change in the interface (1 records, 2026-12-03 14:25)")
        #expect(UndoableChange.report(nil, undo: true)(.en) == "Nothing to undo")
        #expect(UndoableChange.report(nil, undo: false)(.zh) == "没有可重做的修改")
    }
}
