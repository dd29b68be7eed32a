import Testing
import TerminalKit

@Suite struct DisplayWidthTests {
    @Test func widths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("张伟") == 4)
        #expect(DisplayWidth.of("阿依古丽·买买提") == 15)
        #expect(DisplayWidth.of("李Anna") == 6)
        #expect(DisplayWidth.of("ＡＢ") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("𠀀") == 2)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("，。") == 4)
    }

    @Test func truncationNeverSplitsAWideCharacter() {
        #expect(DisplayWidth.truncate("张伟强", to: 6) == "张伟强")
        #expect(DisplayWidth.truncate("张伟强", to: 5) == "张伟…")
        #expect(DisplayWidth.truncate("张伟强", to: 4) == "张 …")
        #expect(DisplayWidth.truncate("abcdef", to: 4) == "abc…")
        for width in 1...8 {
            #expect(DisplayWidth.of(DisplayWidth.truncate("欧阳Anna晓燕", to: width)) == width)
        }
    }

    @Test func padding() {
        #expect(DisplayWidth.pad("张", to: 4) == "张  ")
        #expect(DisplayWidth.pad("12", to: 4, .right) == "  12")
    }

    @Test func tableColumnsLineUpByDisplayWidth() {
        var table = TextTable([.init("Name"), .init("N", .right)])
        table.append(["张伟", "1"])
        table.append(["Li Na", "22"])
        table.append(["阿依古丽·买买提", "333"])
        let lines = table.render().split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        let ends = lines.map { DisplayWidth.of($0) }
        #expect(Set(ends).count == 1, "\(lines)")
        #expect(lines[2] == "张伟" + String(repeating: " ", count: 15) + "1")
    }
}

extension DisplayWidthTests {
    @Test func wrapBreaksLatinAfterWordsAndCJKAnywhere() {
        #expect(DisplayWidth.wrap("Show help first, then the rest", to: 12) == ["Show help", "first, then", "the rest"])
        #expect(DisplayWidth.wrap("显示帮助：本屏的按键在前", to: 10) == ["显示帮助：", "本屏的按键", "在前"])
        #expect(DisplayWidth.wrap("短", to: 10) == ["短"])
        #expect(DisplayWidth.wrap("", to: 10) == [""])
        for line in DisplayWidth.wrap("阿依古丽·买买提 and 安娜·Smith 值班到 23:00", to: 9) { #expect(DisplayWidth.of(line) <= 9) }
    }
}
