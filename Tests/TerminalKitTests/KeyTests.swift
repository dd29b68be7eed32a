import Testing
import TerminalKit

@Suite struct KeyTests {
    @Test(arguments: [Key.character("a"), .character("?"), .character(" "), .character("张"), .control("s"), .up, .down,
                      .left, .right, .enter, .escape, .tab, .backTab, .backspace, .delete, .home, .end, .pageUp,
                      .pageDown, .function(1), .function(12)])
    func specRoundTrips(_ key: Key) {
        #expect(Key(spec: key.spec) == key)
    }

    @Test func namesAreForgiving() {
        #expect(Key(spec: "ctrl-S") == .control("s"))
        #expect(Key(spec: "^z") == .control("z"))
        #expect(Key(spec: " f5 ") == .function(5))
        #expect(Key(spec: "RETURN") == .enter)
        #expect(Key(spec: "PgDn") == .pageDown)
    }

    @Test func unknownNamesAreRejected() {
        #expect(Key(spec: "F13") == nil)
        #expect(Key(spec: "Ctrl-1") == nil)
        #expect(Key(spec: "Hyper-x") == nil)
        #expect(Key(spec: "") == nil)
    }
}
