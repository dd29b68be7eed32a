import Foundation

/// Pinyin for finding people by typing Latin letters: `zw` or `zhangwei` finds 张伟.
///
/// Foundation's Mandarin transliteration gives one reading per character. A name's surname may
/// be read several ways (单 Shàn, Dān or Chán; 盖 Gě or Gài; 单于 Chányú), and a coordinator
/// types the reading they know, so a name has several readings: the surname's readings from
/// ``PinyinSurnames`` (the conventional one first) followed by the given name as Foundation reads
/// it. Only the surname varies: trying every reading of every character of a given name would
/// multiply readings and false matches for little gain.
public enum Pinyin {
    /// The syllables of a name in its conventional reading, lowercase without tones:
    /// 曾红梅 → ["zeng", "hong", "mei"]. Latin parts stay as words; the middle dot separates
    /// like a space. This is what is worked out once per name and cached.
    public static func syllables(of name: String) -> [String] {
        var result: [String] = []
        var latinWord = ""
        func flush() {
            if !latinWord.isEmpty { result.append(latinWord.lowercased()) }
            latinWord = ""
        }
        var skip = 0
        if let surname = PinyinSurnames.readings(beginning: name), let conventional = surname.readings.first {
            result = conventional
            skip = surname.length
        }
        for (i, character) in name.enumerated() where i >= skip {
            if character.isASCII {
                if character.isLetter { latinWord.append(character) } else { flush() }
                continue
            }
            flush()
            let text = String(character)
            guard let latin = text.applyingTransform(.mandarinToLatin, reverse: false),
                  let plain = latin.applyingTransform(.stripDiacritics, reverse: false), plain != text else { continue }
            let word = plain.lowercased().filter { $0.isLetter }
            if !word.isEmpty { result.append(word) }
        }
        flush()
        return result
    }

    /// Every reading of a name, the conventional one (``syllables(of:)``) first:
    /// 单丽萍 → [shan li ping], [dan li ping], [chan li ping].
    public static func readings(of name: String) -> [[String]] {
        readings(of: name, syllables: syllables(of: name))
    }

    /// Every reading of `name` from its conventional `syllables` (as ``syllables(of:)`` gave
    /// them, perhaps cached): the surname's other readings need no transliteration, so this is
    /// cheap enough for every name on every keystroke. A name whose surname has one reading
    /// has one reading.
    public static func readings(of name: String, syllables: [String]) -> [[String]] {
        guard let surname = PinyinSurnames.readings(beginning: name),
              syllables.count >= surname.length, surname.readings.count > 1 else { return [syllables] }
        let given = syllables.dropFirst(surname.length)
        let conventional = syllables.prefix(surname.length)
        var result = [syllables]
        for reading in surname.readings where !conventional.elementsEqual(reading) {
            result.append(reading + given)
        }
        return result
    }

    /// First letters: 张伟 → "zw" (of the conventional reading).
    public static func initials(of name: String) -> String {
        String(syllables(of: name).compactMap(\.first))
    }

    /// Whether typed Latin text matches a name by initials (`zw`), whole syllables
    /// (`zhangwei`) or a mix of leading syllables and initials (`zhangw`).
    public static func matches(_ query: String, syllables: [String]) -> Bool {
        let q = query.lowercased().filter { $0.isLetter }
        guard !q.isEmpty else { return false }
        return match(Substring(q), syllables[...])
    }

    /// Whether typed Latin text matches any of a name's `readings` (as ``readings(of:)``).
    public static func matches(_ query: String, readings: [[String]]) -> Bool {
        let q = query.lowercased().filter { $0.isLetter }
        guard !q.isEmpty else { return false }
        return readings.contains { match(Substring(q), $0[...]) }
    }

    /// Whether typed Latin text matches any reading of `name`, given its conventional
    /// `syllables` (as cached): the same as `matches(query, readings: readings(of: name,
    /// syllables: syllables))`, without building the readings of a name whose surname has one.
    public static func matches(_ query: String, name: String, syllables: [String]) -> Bool {
        let q = query.lowercased().filter { $0.isLetter }
        guard !q.isEmpty else { return false }
        if match(Substring(q), syllables[...]) { return true }
        guard PinyinSurnames.readings(beginning: name) != nil else { return false }
        return readings(of: name, syllables: syllables).dropFirst().contains { match(Substring(q), $0[...]) }
    }

    /// Typed letters against syllables, each syllable matched by a prefix of it (at least its
    /// first letter). A branch ends at the first letter that differs, so on a name it is a
    /// handful of comparisons.
    static func match(_ q: Substring, _ rest: ArraySlice<String>) -> Bool {
        if q.isEmpty { return true }
        guard let first = rest.first else { return false }
        // Take a prefix of this syllable (at least its first letter), then go on.
        var length = 1
        while length <= first.count && length <= q.count {
            if q.prefix(length) == first.prefix(length) {
                if match(q.dropFirst(length), rest.dropFirst()) { return true }
            } else {
                break
            }
            length += 1
        }
        return false
    }
}
