import Testing
@testable import TerminalKit

@Suite struct ScreenBufferTests {
    @Test func chineseTakesTwoColumnsAndLinesUp() {
        var screen = ScreenBuffer(width: 12, height: 2)
        screen.put("张伟", x: 0, y: 0, columns: 6)
        screen.put("6", x: 6, y: 0)
        screen.put("Anna", x: 0, y: 1, columns: 6)
        screen.put("7", x: 6, y: 1)
        #expect(screen.plainText == "张伟  6\nAnna  7\n")
        #expect(screen[0, 0].width == 2 && screen[1, 0].width == 0)
    }

    @Test func aWideCharacterIsNeverSplitAtTheEdge() {
        var screen = ScreenBuffer(width: 5, height: 1)
        let used = screen.put("王秀英", x: 0, y: 0)
        #expect(used == 5)
        #expect(screen.line(0) == "王秀 ")
        var limited = ScreenBuffer(width: 10, height: 1)
        limited.put("王秀英", x: 1, y: 0, limit: 3)
        #expect(limited.line(0) == " 王" + String(repeating: " ", count: 7))
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var screen = ScreenBuffer(width: 6, height: 1)
        screen.put("张伟伟", x: 0, y: 0)
        screen.put("x", x: 1, y: 0)          // the right half of 张
        #expect(screen.line(0) == " x伟伟")
        screen.put("y", x: 2, y: 0)          // the left half of the first 伟
        #expect(screen.line(0) == " xy 伟")
        screen.put("李", x: 3, y: 0)         // a wide character over the continuation of nothing
        #expect(screen.line(0) == " xy李 ")
        #expect(screen.plainText == " xy李\n")
    }

    @Test func truncatesWithAnEllipsisByDisplayWidth() {
        var screen = ScreenBuffer(width: 8, height: 1)
        screen.put("阿依古丽·买买提", x: 0, y: 0, columns: 7)
        #expect(screen.line(0) == "阿依古… ")
        #expect(DisplayWidth.of(screen.line(0)) == 8)
    }

    @Test func rolesPaintAndRowsDiff() {
        var a = ScreenBuffer(width: 4, height: 3)
        a.put("ab", x: 0, y: 1, role: .title)
        var b = a
        #expect(b.changedRows(since: a).isEmpty)
        b.paint(x: 0, y: 2, width: 4, role: .selected)
        #expect(b.changedRows(since: a) == [2])
        #expect(b[3, 2].role == .selected && b[0, 1].role == .title)
        #expect(b.changedRows(since: ScreenBuffer(width: 5, height: 3)) == [0, 1, 2])
        #expect(b.changedRows(since: nil) == [0, 1, 2])
    }

    @Test func writesOutsideTheScreenAreClipped() {
        var screen = ScreenBuffer(width: 3, height: 1)
        screen.put("abc", x: -1, y: 0)
        screen.put("zzz", x: 0, y: 5)
        screen.fill(x: 2, y: 0, width: 10, height: 10, role: .dim)
        #expect(screen.line(0) == "bc ")
        #expect(screen[2, 0].role == .dim)
    }
}
