import DutyApp
import DutyModel
import DutyRuntime
import DutyTestSupport
import Testing

/// A change the screen checked on data someone else has changed since is checked again on the
/// data as stored before it is written: another terminal (or a command) lowering a person's
/// weekly limit touches neither the slot nor the assignment this screen changes, so the store
/// alone would let it through and leave the limit broken without a reason.
@Suite struct StaleGuardTests {
    @Test func anAssignmentThatALimitChangedElsewhereNowBreaksIsRefusedThenAskedFor() throws {
        let store = SessionTests.store()
        let session = try SessionTests.session(store)
        SessionTests.keys(session, [.right, .enter])
        let slot = try #require(session.state.slot)
        let row = try #require(slot.lines.firstIndex { !$0.isMember && $0.blocked == nil })
        let person = slot.lines[row].person
        // Elsewhere: their weekly limit becomes one hour.
        let other = store.connection(user: "李娜")
        var limited = try #require(try other.loadDirectory().people.first { $0.id == person })
        limited.maxHoursPerWeek = 1
        _ = try other.save(Directory(people: [limited]), action: "edit", basedOn: try other.version())

        SessionTests.keys(session, Array(repeating: .down, count: row) + [.character("a")])
        #expect(!(try SessionTests.stored(store, slot.slot).contains(person)))
        let said = try #require(session.state.status)
        #expect(said.isError && said.text.en.hasPrefix("Not saved: the data this change was checked on was changed by 李娜"), "\(said.text.en)")
        #expect(said.text.zh.contains("不超过本人每周最多值班小时数") || said.text.zh.contains("上限"), "\(said.text.zh)")
        #expect(session.state.directory.people.first { $0.id == person }?.maxHoursPerWeek == 1, "the screen shows the store")
        #expect(session.state.version == (try store.version()))

        // Again, on the data as it is now: the override prompt.
        let again = try #require(session.state.slot?.lines.firstIndex { $0.person == person })
        SessionTests.keys(session, [.home] + Array(repeating: .down, count: again) + [.character("a")])
        #expect(session.state.override != nil)
        SessionTests.type(session, "临时顶班")
        SessionTests.keys(session, [.enter])
        let stored = try store.assignments(from: slot.slot.date, to: slot.slot.date).first { $0.slot == slot.slot && $0.person == person }
        #expect(stored?.override?.reason == "临时顶班" && stored?.override?.rules == ["max-weekly-hours"])
    }
}
