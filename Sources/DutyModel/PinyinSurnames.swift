/// Surnames read more than one way, with every reading a coordinator may type for them.
///
/// Foundation's transliteration gives one reading per character, the character's common one
/// (单 dān, 解 jiě, 曾 céng), while as a surname the character is read otherwise (单 Shàn,
/// 解 Xiè, 曾 Zēng) — and people still say, and type, the common reading, or a dialect's or a
/// family's own (盖 Gě and Gài, 乐 Yuè and Lè). So each entry lists the conventional surname
/// reading first (what ``Pinyin/syllables(of:)`` gives and what ranks first in a lookup), then
/// every other reading of the character that is used for the surname, Foundation's own
/// among them. Tones are dropped, so readings that differ only in tone (华 huá/huà, 任 rén/rèn,
/// 燕 yān/yàn, 纪 jǐ/jì, 过 guō/guò) are one reading and need no entry.
///
/// Put together from the dictionaries' surname readings (现代汉语词典's “姓” senses) and the
/// usual lists of polyphonic surnames (多音字姓氏); `PinyinSurnameTests` checks that each entry
/// holds Foundation's reading of the character, so the common reading is never lost. A
/// reading goes in when it is used for the surname or is the character's common one; readings
/// never used for a surname (冯 píng, 贾 gǔ, 万 mò outside 万俟) stay out, since each reading is
/// one more way a query fits someone it did not mean.
public enum PinyinSurnames {
    /// One-character surnames: the conventional reading first.
    public static let single: [Character: [String]] = [
        "单": ["shan", "dan", "chan"], "解": ["xie", "jie"], "曾": ["zeng", "ceng"], "盖": ["ge", "gai"],
        "乐": ["yue", "le"], "区": ["ou", "qu"], "查": ["zha", "cha"], "仇": ["qiu", "chou"],
        "朴": ["piao", "pu", "po"], "缪": ["miao", "mou", "miu"], "翟": ["zhai", "di"], "覃": ["qin", "tan"],
        "尉": ["wei", "yu"], "宿": ["su", "xiu"], "秘": ["bi", "mi"], "种": ["chong", "zhong"],
        "重": ["chong", "zhong"], "员": ["yun", "yuan"], "黑": ["he", "hei"], "繁": ["po", "fan"],
        "祭": ["zhai", "ji"], "句": ["gou", "ju"], "折": ["she", "zhe"], "能": ["nai", "neng"],
        "召": ["shao", "zhao"], "洗": ["xian", "xi"], "炅": ["gui", "jiong"], "卜": ["bu", "bo"],
        "都": ["du", "dou"], "宓": ["fu", "mi"], "莘": ["shen", "xin"], "费": ["fei", "bi"],
        "蕃": ["pi", "fan", "bo"], "叶": ["ye", "she"], "沈": ["shen", "chen"], "藏": ["zang", "cang"],
        "隗": ["wei", "kui"], "郇": ["xun", "huan"], "郗": ["xi", "chi"], "颉": ["xie", "jie"],
        "谌": ["chen", "shen"], "粘": ["nian", "zhan"], "薄": ["bo", "bao"], "隽": ["juan", "jun"],
        "牟": ["mou", "mu"], "角": ["jue", "jiao"], "番": ["pan", "fan"], "佴": ["nai", "er"],
        "朝": ["chao", "zhao"], "柏": ["bai", "bo"], "逢": ["feng", "pang"], "乜": ["nie", "mie"],
        "长": ["chang", "zhang"], "便": ["pian", "bian"], "蔚": ["wei", "yu"], "澹": ["tan", "dan"],
        "什": ["shi", "shen"],
    ]

    /// Two-character surnames whose reading is not their characters' common readings: the
    /// conventional reading first, then the characters read one by one (单于 is also 单 Shàn
    /// or Dān followed by a given name beginning with 于).
    public static let compound: [String: [[String]]] = [
        "单于": [["chan", "yu"], ["shan", "yu"], ["dan", "yu"]],
        "万俟": [["mo", "qi"], ["wan", "qi"]],
        "尉迟": [["yu", "chi"], ["wei", "chi"]],
        "长孙": [["zhang", "sun"], ["chang", "sun"]],
        "澹台": [["tan", "tai"], ["dan", "tai"]],
        "乐正": [["yue", "zheng"], ["le", "zheng"]],
        "子车": [["zi", "ju"], ["zi", "che"]],
        "中行": [["zhong", "hang"], ["zhong", "xing"]],
    ]

    /// Every surname of both tables with its readings (syllables each), conventional first.
    public static var all: [(surname: String, readings: [[String]])] {
        single.map { (String($0.key), $0.value.map { [$0] }) } + compound.map { ($0.key, $0.value) }
    }

    /// The surname `name` begins with when it is in a table: how many characters it takes and
    /// its readings. A two-character surname wins over its first character alone.
    ///
    /// Called for every name on every keystroke of the people filter: a name whose first
    /// code point begins no surname of the tables (nearly all) costs one set look-up.
    static func readings(beginning name: String) -> (length: Int, readings: [[String]])? {
        guard let scalar = name.unicodeScalars.first, firstScalars.contains(scalar), let first = name.first else { return nil }
        if compoundFirsts.contains(first), let second = name.dropFirst().first,
           let readings = compound[String(first) + String(second)] {
            return (2, readings)
        }
        return singleSyllables[first].map { (1, $0) }
    }

    private static let singleSyllables: [Character: [[String]]] = single.mapValues { $0.map { [$0] } }
    private static let compoundFirsts = Set(compound.keys.compactMap(\.first))
    private static let firstScalars = Set(single.keys.compactMap(\.unicodeScalars.first) + compound.keys.compactMap(\.unicodeScalars.first))
}
