import DutyModel
import Testing

/// Issue 14, point 10: text from data reaches a terminal with its control characters shown,
/// never acted on.
@Suite struct VisibleTextTests {
    @Test func escapeSequencesAreShownNotSent() {
        let title = "东门\u{1B}]2;pwned\u{07}卡点"
        #expect(VisibleText.of(title) == "东门^[]2;pwned^G卡点")
        #expect(VisibleText.of("a\u{7F}b\u{9B}31mc") == "a^?b<U+009B>31mc")
        #expect(VisibleText.of("\r覆盖") == "^M覆盖")
    }

    @Test func ordinaryTextLineFeedsAndTabsStay() {
        let text = "阿依古丽·买买提\t13800000000\n第二行 ok"
        #expect(VisibleText.of(text) == text)
    }
}
