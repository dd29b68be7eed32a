/// A value as a message quotes it: whole when it is short and on one line, else its start, an
/// ellipsis and its length (“王…”（15,000,000 字符）). Every message that repeats what someone
/// typed or imported goes through this, so a 15 MB name never makes a 15 MB error, and a field
/// that ran over line breaks (an unclosed quote swallowing the rows after it) never shows what
/// the other rows hold.
///
/// Lengths are counted in Unicode scalars, the unit of ``TextLimits``; for Chinese and ASCII
/// text that is one per character.
public enum Excerpt {
    /// At most this many characters of a value are shown.
    public static let limit = 40

    /// `text` in quotes, shortened as above.
    public static func quoted(_ text: String) -> Localized {
        guard let (start, length) = cut(text) else { return Localized(zh: "“\(text)”", en: "“\(text)”") }
        let count = grouped(length)
        return Localized(zh: "“\(start)…”（\(count) 字符）", en: "“\(start)…” (\(count) characters)")
    }

    /// `text` bare when it is whole (an ID in a sentence: `P0001`), else shortened and quoted.
    public static func plain(_ text: String) -> Localized {
        cut(text) == nil ? Localized(zh: text, en: text) : quoted(text)
    }

    /// The start to show and the full length, or nil when the text is shown whole.
    static func cut(_ text: String) -> (start: String, length: Int)? {
        var start = ""
        var taken = 0
        for character in text {
            let size = character.unicodeScalars.count
            if character.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) || taken + size > limit {
                if taken == 0 && !character.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) {
                    // One character of more than `limit` scalars (a pile of combining marks).
                    start.unicodeScalars.append(contentsOf: character.unicodeScalars.prefix(limit))
                }
                return (start, text.unicodeScalars.count)
            }
            start.append(character)
            taken += size
        }
        return nil
    }

    /// 15000000 → "15,000,000".
    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}

/// The most characters (Unicode scalars) each kind of text may have: on import (each CSV
/// column, docs/data-formats.md), in the person editor and the desk's forms, and in the
/// interface's query lines. A paste longer than its field is cut to it.
public enum TextLimits {
    /// IDs and shift codes (the ID rule, ``IDSyntax``).
    public static let id = IDSyntax.maxLength
    /// A person's name (``PersonRules/maxNameLength``).
    public static let personName = PersonRules.maxNameLength
    /// Names of places, posts, templates and shifts; a kind written out.
    public static let name = 64
    /// A phone number (11 digits; a little room for what gets pasted around them).
    public static let phone = 20
    /// A number, a sex, yes/no, a time of day.
    public static let short = 32
    /// Roles, skills, weekly availability, role requirements.
    public static let list = 200
    /// Dated unavailability (a list of dates and ranges).
    public static let dates = 500
    /// Free notes.
    public static let notes = 500
    /// The reason for an override or a correction.
    public static let reason = 200
    /// A query line: the desk's search, the people filter.
    public static let query = 64
}
