import DutyApp
import DutyModel
import TerminalKit
import Testing

/// What the screens keep between frames (a slot's candidates, the desk's lines) is never stale:
/// after any sequence of keys, ticks and roster changes, each shows what working it out again
/// from nothing shows.
@Suite struct KeptWorkTests {
    /// The keys of a walk over the board and slots: moving, opening, assigning, removing,
    /// pinning, swapping, undoing, changing day.
    static let slotKeys: [Key] = [.down, .down, .up, .right, .left, .enter, .enter, .escape, .character("a"), .character("a"),
                                  .character("d"), .character("p"), .character("s"), .character("u"), .character("]"),
                                  .character("["), .pageDown, .home]

    @Test(arguments: [UInt64(1), 2, 3])
    func aSlotShowsWhatOpeningItAfreshShows(seed: UInt64) throws {
        var state = AppFixture.state()
        var dice = SeededRandom(seed: seed)
        var compared = 0, changed = 0
        for _ in 0..<400 {
            let before = state.assignments
            AppFixture.send(&state, [Self.slotKeys[Int(dice.next() % UInt64(Self.slotKeys.count))]])
            // A reason asked for (an override) is given up: the walk goes on.
            if state.override != nil { AppFixture.send(&state, [.escape]) }
            if state.assignments != before { changed += 1 }
            guard state.screen == .slot, let shown = state.slot else { continue }
            let fresh = try #require(state.openingFromScratch(shown.slot).slot)
            let same = shown.lines == fresh.lines   // (a Bool: a failure does not print every line)
            #expect(same, "slot \(shown.slot.id) after \(changed) changes")
            #expect(shown.missingRoles == fresh.missingRoles && shown.absent == fresh.absent)
            compared += 1
        }
        // The walk opened slots and changed the roster under them.
        #expect(compared > 50 && changed > 5)
    }

    /// A change of the roster elsewhere in the area shows at once in a slot opened before: a
    /// candidate put on an overlapping slot is blocked there.
    @Test func aChangeElsewhereShowsInASlotOpenedBefore() throws {
        var state = AppFixture.state()
        AppFixture.send(&state, [.enter])
        let first = try #require(state.slot)
        let free = try #require(first.lines.first { !$0.isMember && $0.blocked == nil })
        AppFixture.send(&state, [.escape])
        // The same shift at another post of the day: the person is put there.
        let other = try #require(state.assignments.first {
            $0.slot.date == first.slot.date && $0.slot.shift == first.slot.shift && $0.slot.post != first.slot.post
        })
        state.assignments.append(Assignment(person: free.person, slot: other.slot, source: .manual))
        AppFixture.send(&state, [.enter])
        let again = try #require(state.slot?.lines.first { $0.person == free.person })
        #expect(again.blocked != nil)
    }

    @Test(arguments: [UInt64(1), 2])
    func theDeskShowsWhatWorkingItOutAfreshShows(seed: UInt64) {
        var state = DeskScreenTests.desk()
        var dice = SeededRandom(seed: seed)
        for step in 0..<300 {
            switch dice.next() % 6 {
            case 0:
                // The clock moves on: some become late, some shifts leave the desk.
                _ = reduce(&state, .tick(LocalDateTime(minuteNumber: state.now.minuteNumber + 7)))
            case 1:
                AppFixture.send(&state, [.character(Array("wlzhs")[Int(dice.next() % 5)])])
            case 2:
                AppFixture.send(&state, [.backspace])
            default:
                // Someone on the list checked in, or out.
                let row = Int(dice.next() % UInt64(max(1, state.deskLines.count)))
                AppFixture.send(&state, Array(repeating: .backspace, count: state.desk.query.count))
                AppFixture.send(&state, Array(repeating: .down, count: row) + [.enter])
            }
            if state.desk.form != nil || state.desk.standby != nil { AppFixture.send(&state, [.escape]) }
            #expect(state.screen == .desk)
            let same = state.deskLines == state.forgettingKeptWork().deskLines
            #expect(same, "step \(step)")
        }
        #expect(state.desk.log.count > 20)
    }
}
