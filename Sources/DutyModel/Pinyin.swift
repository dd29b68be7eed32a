import Foundation

/// Pinyin for finding people by typing Latin letters: `zw` or `zhangwei` finds 张伟.
///
/// Foundation's Mandarin transliteration gives one reading per character; surnames with a
/// special reading (曾 zēng, 单 shàn, 解 xiè, 仇 qiú, 区 ōu, 查 zhā, 朴 piáo, 盖 gě) are
/// corrected from a small table when they begin a name.
public enum Pinyin {
    /// Surname readings that differ from the common reading of the character (Foundation's
    /// transliteration gives the common one: 翟 dí, 缪 móu, 覃 tán …).
    static let surnames: [Character: String] = [
        "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha", "朴": "piao", "盖": "ge",
        "翟": "zhai", "缪": "miao", "覃": "qin", "员": "yun", "黑": "he", "繁": "po", "重": "chong", "种": "chong",
        "秘": "bi", "祭": "zhai", "句": "gou", "折": "she", "能": "nai", "召": "shao", "洗": "xian", "炅": "gui",
        "卜": "bu", "都": "du", "宓": "fu", "莘": "xin",
    ]

    /// Two-character surnames read differently from their characters' common readings.
    static let compoundSurnames: [String: [String]] = [
        "万俟": ["mo", "qi"], "尉迟": ["yu", "chi"], "单于": ["chan", "yu"],
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
        var skip = 0
        if let compound = compoundSurnames.first(where: { name.hasPrefix($0.key) }) {
            result = compound.value
            skip = compound.key.count
        }
        for (i, character) in name.enumerated() where i >= skip {
            if character.isASCII {
                if character.isLetter { latinWord.append(character) } else { flush() }
                continue
            }
            flush()
            if i == 0 && skip == 0, let reading = surnames[character] {
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
