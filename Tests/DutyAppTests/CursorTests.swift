import DutyApp
import DutyModel
import TerminalKit
import Testing

/// Lists rebuilt after a change keep the cursor on the same person, not the same row.
@Suite struct CursorTests {
    /// Data read again from the store (someone removed elsewhere, before the selected person):
    /// the people list and the open slot keep their person.
    @Test func aRefreshKeepsThePeopleListOnThePerson() throws {
        var state = AppFixture.state()
        AppFixture.send(&state, [.character("P")] + Array(repeating: .down, count: 10))
        let chosen = state.filteredPeople[10].id
        var directory = state.directory
        directory.people.remove(at: 3)
        _ = reduce(&state, .refreshed(StoreSnapshot(version: StoreVersion(3), directory: directory, assignments: state.assignments, log: [])))
        #expect(state.people.cursor.row == 9)
        #expect(state.filteredPeople[state.people.cursor.row].id == chosen)
    }

    /// An edit that takes the last person out of the filtered list leaves the cursor on a line.
    @Test func anEditKeepsTheCursorOnTheList() throws {
        var state = AppFixture.state()
        AppFixture.send(&state, [.character("P"), .character("/")])
        _ = reduce(&state, .key(.character("张")))
        AppFixture.send(&state, [.enter, .end, .character("e")])
        let count = state.filteredPeople.count
        #expect(count > 2)
        state.editor?.values[PersonField.name.rawValue] = "欧阳晓燕"
        AppFixture.send(&state, [.control("s")])
        #expect(state.screen == .people)
        #expect(state.filteredPeople.count == count - 1)
        #expect(state.people.cursor.row == count - 2)
    }

    /// The open slot, read again after a change elsewhere (someone listed above the selected
    /// line left the directory): the cursor stays on its person, one row up.
    @Test func aRefreshKeepsTheSlotOnThePerson() throws {
        var state = AppFixture.state()
        AppFixture.send(&state, [.right, .enter])
        let slot = try #require(state.slot)
        let row = try #require(slot.lines.indices.filter { !slot.lines[$0].isMember && slot.lines[$0].blocked == nil }.dropFirst(3).first)
        AppFixture.send(&state, Array(repeating: .down, count: row))
        let person = slot.lines[row].person
        let gone = try #require(slot.lines.first { !$0.isMember && $0.blocked == nil })
        var directory = state.directory
        directory.people.removeAll { $0.id == gone.person }
        let assignments = state.assignments.filter { $0.person != gone.person }
        _ = reduce(&state, .refreshed(StoreSnapshot(version: StoreVersion(3), directory: directory, assignments: assignments, log: [])))
        let now = try #require(state.slot)
        #expect(now.lines[now.cursor.row].person == person)
        #expect(now.cursor.row != row)
    }
}
