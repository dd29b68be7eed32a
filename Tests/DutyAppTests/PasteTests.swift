import DutyApp
import DutyModel
import TerminalKit
import Testing

/// Issue 14, hostile input: a paste is one action and one edit, cut to the field's limit with
/// a word on the status line, in every field that takes text; typing key by key is unchanged.
@Suite struct PasteTests {
    /// 10,000 characters, as pasted: letters a query might hold.
    static let huge = String(repeating: "zhang wei 13800001234 ", count: 455).prefix(10_000).description

    static func cutMessage(kept: Int, limit: Int) -> Localized {
        Localized(zh: "粘贴内容过长，已截取前 \(kept) 个字符（此栏最多 \(limit) 个字符）",
                  en: "Pasted text too long: took its first \(kept) characters (this field holds at most \(limit))")
    }

    @Test func aHugePasteIntoTheDeskQueryIsOneCappedEdit() {
        var state = DeskScreenTests.desk()
        #expect(Self.huge.count == 10_000)
        #expect(reduce(&state, .paste(Self.huge)).isEmpty)
        #expect(state.desk.query == String(Self.huge.prefix(TextLimits.query)))
        #expect(state.status == .init(Self.cutMessage(kept: 64, limit: 64), isError: true))
        #expect(state.screen == .desk && !state.quitting)
    }

    @Test func aHugePasteIntoThePeopleFilterIsOneCappedEdit() {
        var state = AppFixture.state()
        AppFixture.send(&state, [.character("P"), .character("/")])
        #expect(reduce(&state, .paste(Self.huge)).isEmpty)
        #expect(state.people.filter == String(Self.huge.prefix(TextLimits.query)))
        #expect(state.people.filtering)
        #expect(state.status == .init(Self.cutMessage(kept: 64, limit: 64), isError: true))
        // The list is worked out once, for the capped filter: nobody matches this.
        #expect(state.filteredPeople.isEmpty)
    }

    @Test(arguments: [PersonField.name, .notes, .leave, .phone])
    func aHugePasteIntoAnEditorFieldIsOneCappedEdit(_ field: PersonField) throws {
        var state = AppFixture.state()
        AppFixture.send(&state, [.character("P"), .character("e")])
        let before = try #require(state.editor?.values[field.rawValue])
        AppFixture.send(&state, Array(repeating: .tab, count: field.rawValue))
        #expect(state.editor?.field == field.rawValue)
        #expect(reduce(&state, .paste(Self.huge)).isEmpty)
        let kept = field.limit - before.unicodeScalars.count
        #expect(state.editor?.values[field.rawValue] == before + Self.huge.prefix(kept))
        #expect(state.status == .init(Self.cutMessage(kept: kept, limit: field.limit), isError: true))
        #expect(state.screen == .editor)
    }

    @Test func aHugePasteIntoTheOverrideReasonIsOneCappedEdit() throws {
        var state = AppFixture.state()
        AppFixture.send(&state, [.enter])
        let slot = try #require(state.slot)
        let blocked = try #require(slot.lines.firstIndex { $0.blocked != nil })
        AppFixture.send(&state, Array(repeating: .down, count: blocked) + [.character("a")])
        #expect(state.override != nil)
        #expect(reduce(&state, .paste(Self.huge)).isEmpty)
        #expect(state.override?.reason == String(Self.huge.prefix(TextLimits.reason)))
        #expect(state.status == .init(Self.cutMessage(kept: 200, limit: 200), isError: true))
    }

    @Test func aHugePasteIntoTheWalkInFormIsCutToTheFieldsLimit() {
        var state = DeskScreenTests.desk()
        AppFixture.send(&state, [.function(7)])
        #expect(state.desk.form != nil)
        #expect(reduce(&state, .paste(Self.huge)).isEmpty)
        #expect(state.desk.form?.values[0] == String(Self.huge.prefix(TextLimits.personName)))
        #expect(state.status == .init(Self.cutMessage(kept: 30, limit: 30), isError: true))
    }

    /// Typing one key at a time gives what it always gave; a key into a full field is left
    /// out and the status says the field is full.
    @Test func typingKeyByKeyIsUnchangedAndStopsAtTheLimit() {
        var typed = DeskScreenTests.desk(), pasted = typed
        DeskScreenTests.type(&typed, "zw")
        _ = reduce(&pasted, .paste("zw"))
        #expect(typed.desk.query == "zw" && typed == pasted)
        #expect(typed.status == nil)
        DeskScreenTests.type(&typed, String(repeating: "x", count: 62))
        #expect(typed.desk.query.count == 64 && typed.status == nil)
        DeskScreenTests.type(&typed, "y")
        #expect(typed.desk.query.count == 64 && !typed.desk.query.contains("y"))
        #expect(typed.status == .init(Localized(zh: "此栏最多 64 个字符，已满", en: "This field holds at most 64 characters and is full"),
                                      isError: true))
    }

    /// Line breaks in pasted text become spaces (every field is one line); control characters go.
    @Test func pastedLineBreaksAreSpacesAndControlsAreLeftOut() {
        var state = DeskScreenTests.desk()
        _ = reduce(&state, .paste("张\n伟\u{1B}[2J\t1"))
        #expect(state.desk.query == "张 伟[2J 1")
    }

    /// Where nothing takes text, a few characters are keys typed quickly (as before); a long
    /// paste presses no command keys and says it went unused.
    @Test func aPasteWhereNothingTakesTextPressesNoCommands() {
        var keys = AppFixture.state(), pasted = keys
        AppFixture.send(&keys, [.character("P")])
        _ = reduce(&pasted, .paste("P"))
        #expect(keys == pasted)
        var board = AppFixture.state()
        let before = board
        _ = reduce(&board, .paste(String(repeating: "jq", count: 5_000)))
        #expect(!board.quitting && board.screen == before.screen && board.board == before.board)
        #expect(board.status?.text.en == "Nothing here takes text: the 10000 pasted characters were not used")
    }

    @Test func keysReadTogetherBecomeOnePasteAndKeepTheirOrder() {
        let keys: [Key] = [.character("a"), .character("b"), .enter, .character("c"), .up, .character("\u{1B}"),
                           .character("张"), .character("伟")]
        #expect(KeyBurst.actions(keys) == [.paste("ab"), .key(.enter), .key(.character("c")), .key(.up),
                                           .key(.character("\u{1B}")), .paste("张伟")])
        #expect(KeyBurst.actions([]) == [])
    }
}
