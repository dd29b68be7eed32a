import Foundation

/// Pinyin for finding people by typing Latin letters: `zw` or `zhangwei` finds 张伟.
///
/// Foundation's Mandarin transliteration gives one reading per character; surnames with a
/// special reading (曾 zēng, 单 shàn, 解 xiè, 仇 qiú, 区 ōu, 查 zhā, 朴 piáo, 盖 gě) are
/// corrected from a small table when they begin a name.
public enum Pinyin {
    /// Surname readings that differ from the common reading of the character.
    static let surnames: [Character: String] = [
        "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha", "朴": "piao", "盖": "ge",
    ]

    /// The syllables of a name, lowercase without tones: 曾红梅 → ["zeng", "hong", "mei"].
    /// Latin parts stay as words; the middle dot separates like a space.
    public static func syllables(of name: String) -> [String] {
        var result: [String] = []
        var latinWord = ""
        func flush() {
            if !latinWord.isEmpty { result.append(latinWord.lowercased()) }
            latinWord = ""
        }
        for (i, character) in name.enumerated() {
            if character.isASCII {
                if character.isLetter { latinWord.append(character) } else { flush() }
                continue
            }
            flush()
            if i == 0, let reading = surnames[character] {
                result.append(reading)
                continue
            }
            let text = String(character)
            guard let latin = text.applyingTransform(.mandarinToLatin, reverse: false),
                  let plain = latin.applyingTransform(.stripDiacritics, reverse: false), plain != text else { continue }
            let word = plain.lowercased().filter { $0.isLetter }
            if !word.isEmpty { result.append(word) }
        }
        flush()
        return result
    }

    /// First letters: 张伟 → "zw".
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

    private static func match(_ q: Substring, _ rest: ArraySlice<String>) -> Bool {
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
