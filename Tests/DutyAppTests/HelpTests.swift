import DutyApp
import DutyModel
import TerminalKit
import Testing

/// Help opens on the current screen's keys, says truly what Backspace does, and explains the
/// marks, colours and words the screens use.
@Suite struct HelpTests {
    static func lines(_ state: AppState) -> [String] {
        var state = state
        _ = reduce(&state, .resized(width: 132, height: 400))
        let screen = render(state)
        return (1..<(screen.height - 2)).map { screen.line($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Help opened from the desk shows the desk's keys first, then the rest.
    @Test func helpShowsTheCurrentScreensKeysFirst() {
        var state = DeskScreenTests.desk()
        AppFixture.send(&state, [.function(1)])
        #expect(state.screen == .help)
        let lines = Self.lines(state)
        #expect(lines.first == "签到台（本屏）")
        let noShow = lines.firstIndex { $0.hasPrefix("F5") && $0.contains("缺岗") }
        let board = lines.firstIndex { $0 == "岗位看板" }
        #expect(noShow != nil && board != nil && noShow ?? 0 < board ?? 0)
        var slot = AppFixture.state(.en)
        AppFixture.send(&slot, [.enter, .character("?")])
        #expect(Self.lines(slot).first == "Slot (this screen)")
        #expect(Self.lines(slot).dropFirst().first?.contains("Show help") == true)
    }

    /// Backspace deletes a character where one types; it never "discards the edit".
    @Test func backspaceIsDescribedAsItWorks() throws {
        var state = AppFixture.state()
        AppFixture.send(&state, [.character("?")])
        let back = try #require(Self.lines(state).first { $0.hasPrefix("Esc Backspace") })
        #expect(back.contains("Backspace 只删去一个字"))
        // And so it does in the editor.
        AppFixture.send(&state, [.escape, .character("P"), .character("e"), .backspace])
        #expect(state.screen == .editor && state.editor?.values[0] == String(state.editor?.original.name.dropLast() ?? ""))
    }

    /// The legend: marks, colours and the candidates' words.
    @Test func helpExplainsMarksColoursAndWords() {
        var state = AppFixture.state()
        AppFixture.send(&state, [.character("?")])
        let text = Self.lines(state).joined(separator: "\n")
        for word in ["标记、颜色与用语", "! 违反硬规则", "● 在岗", "+ 带来此班缺少的身份", "补上缺口", "比平均多", "本周第 N 个夜班", "外小区", "可替换", "青底或反色"] {
            #expect(text.contains(word), "help lacks \(word)")
        }
    }
}
