import DutyModel
import Testing

/// A value as a message quotes it: whole when short, else at most 40 characters and its length.
@Suite struct ExcerptTests {
    @Test func aShortValueIsQuotedWhole() {
        #expect(Excerpt.quoted("王芳") == Localized(zh: "“王芳”", en: "“王芳”"))
        #expect(Excerpt.quoted(String(repeating: "a", count: 40)).en == "“" + String(repeating: "a", count: 40) + "”")
        #expect(Excerpt.plain("P0001") == Localized(zh: "P0001", en: "P0001"))
    }

    @Test func aLongValueIsItsStartAndItsLength() {
        let long = String(repeating: "王", count: 15_000_000)
        let shown = Excerpt.quoted(long)
        let start = String(repeating: "王", count: 40)
        #expect(shown.zh == "“\(start)…”（15,000,000 字符）")
        #expect(shown.en == "“\(start)…” (15,000,000 characters)")
        #expect(Excerpt.plain(String(repeating: "x", count: 41)).en == "“" + String(repeating: "x", count: 40) + "…” (41 characters)")
    }

    /// A value that runs over lines (a field that swallowed the rows after it) shows only its first line.
    @Test func aValueStopsAtItsFirstLineBreak() {
        #expect(Excerpt.quoted("刘洋,13800000002\nP102,陈静,13800000003").en == "“刘洋,13800000002…” (34 characters)")
        #expect(Excerpt.quoted("a\r\nb").en == "“a…” (4 characters)")
    }

    /// One character made of many scalars (combining marks piled on) still gives a short excerpt.
    @Test func aCharacterOfManyScalarsIsCut() {
        let pile = "e" + String(repeating: "\u{301}", count: 1000)
        #expect(Excerpt.quoted(pile).en.unicodeScalars.count < 80)
    }
}
