import DutyApp
import DutyModel
import TerminalKit
import Testing

/// The screens as units: every command the table binds on a screen is handled there (and a
/// binding without a handler is caught, not dropped), hints follow the user's keys, and the
/// state's equality leaves out only caches.
@Suite struct ScreenUnitTests {
    @Test func everyCommandBoundOnAScreenIsHandledThereAndNoHandlerIsUnreachable() {
        let (unhandled, unbound) = Screens.mismatches(in: CommandTable.all)
        #expect(unhandled.isEmpty, "bound but not handled: \(unhandled)")
        #expect(unbound.isEmpty, "handled but no key reaches it: \(unbound)")
    }

    /// A table that binds `pin` on the board, which has no handler for it: the check names it,
    /// and pressing the key says so on the status line instead of doing nothing.
    @Test func aCommandBoundWithoutAHandlerIsCaught() {
        let extra = CommandSpec(command: .pin, keys: [.character("Z")], bar: nil,
                                help: Localized(zh: "测试", en: "test"), screens: [.board])
        let table = CommandTable.all + [extra]
        let (unhandled, _) = Screens.mismatches(in: table)
        #expect(unhandled == [Screens.Binding(command: .pin, screen: .board)])

        var state = AppFixture.state(.en)
        state.keyMap = KeyMap(table: table)
        let before = state
        #expect(reduce(&state, .key(.character("Z"))).isEmpty)
        #expect(state.status?.isError == true)
        #expect(state.status?.text.en == "Internal error: no handler for pin on Post board")
        state.status = before.status
        #expect(state == before)
    }

    /// A handler that no binding reaches is caught too.
    @Test func aHandlerNoKeyReachesIsCaught() {
        var handled = Screens.handled
        handled[.help, default: []].insert(.solve)
        let (_, unbound) = Screens.mismatches(in: CommandTable.all, handled: handled)
        #expect(unbound == [Screens.Binding(command: .solve, screen: .help)])
    }

    /// Messages name the keys the user has: after rebinding the desk's undo to F11 and the
    /// solver's stop to F7, no message says F8 or x.
    @Test func keyHintsFollowARebinding() throws {
        let map = try KeyMap.parse("""
            desk-undo = F11
            stop-solver = F7
            undo = z
            """).get()
        var state = AppFixture.state()
        state.keyMap = map
        _ = reduce(&state, .tick(LocalDateTime(date: AppFixture.firstDay, time: TimeOfDay(hour: 8, minute: 50) ?? .midnight)))
        AppFixture.send(&state, [.character("c"), .enter])
        let checkedIn = try #require(state.status?.text)
        #expect(checkedIn.zh.contains("（F11 撤销）") && checkedIn.en.contains("(F11 undoes)"), "\(checkedIn)")
        #expect(!checkedIn.zh.contains("F8"))

        var solving = AppFixture.state(.en)
        solving.keyMap = map
        AppFixture.send(&solving, [.character("S"), .character("a")])
        #expect(solving.status?.text.en == "Still solving: press F7 to stop")
        #expect(render(solving).plainText.contains("Press F7 to stop"))
        _ = reduce(&solving, .solverFinished(ReducerTests.outcome))
        AppFixture.send(&solving, [.character("a")])
        #expect(solving.status?.text.en.hasSuffix("(z undoes)") == true, "\(solving.status?.text.en ?? "")")
    }

    /// Caches take no part in equality; everything else does, the key map included.
    @Test func equalityLeavesOutOnlyCaches() throws {
        let state = AppFixture.state()
        var cached = state
        let person = try #require(cached.directory.people.first)
        cached.pinyin.value[person.id] = ["another"]
        #expect(cached == state)
        var rebound = state
        rebound.keyMap = try KeyMap.parse("quit = x").get()
        #expect(rebound != state)
        var moved = state
        moved.board.column = 1
        #expect(moved != state)
    }
}
