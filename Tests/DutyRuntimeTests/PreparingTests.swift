import DutyApp
import DutyModel
import DutyRuntime
import TerminalKit
import Testing

/// While the cursor rests on the board, the session works out the slot under it off the main
/// loop, so that Enter finds its candidates ready; the slot opened is the same either way.
@Suite struct PreparingTests {
    @Test func theSlotUnderTheCursorIsPreparedAndOpensAsIfWorkedOutAfresh() throws {
        let session = try SessionTests.session()
        defer { session.close() }
        for key in [Key.down, .down, .right, .character("]")] {
            session.send(.key(key))
            let slot = try #require(session.state.boardSlot)
            session.background.waitUntilPrepared()
            #expect(session.state.isPrepared(slot), "\(slot.id)")
        }
        // Not prepared elsewhere: a slot of another day the cursor never rested on.
        let elsewhere = try #require(session.state.assignments.first { $0.slot.date == session.state.lastDay }?.slot)
        #expect(!session.state.isPrepared(elsewhere))
        session.send(.key(.enter))
        let opened = try #require(session.state.slot)
        #expect(opened.lines == session.state.openingFromScratch(opened.slot).slot?.lines)
    }
}
