import DutyModel
import Testing

@Suite struct PinyinTests {
    @Test func syllablesAndInitials() {
        #expect(Pinyin.syllables(of: "张伟") == ["zhang", "wei"])
        #expect(Pinyin.initials(of: "张伟") == "zw")
        #expect(Pinyin.initials(of: "欧阳修") == "oyx")
        #expect(Pinyin.syllables(of: "吕毅") == ["lu", "yi"])
    }

    /// Surnames read differently from the character's common reading.
    @Test(arguments: [("曾红梅", "zeng"), ("单梅", "shan"), ("解德帆", "xie"), ("仇婷", "qiu"), ("区博", "ou"),
                      ("查理", "zha"), ("朴明", "piao"), ("盖明浩", "ge"), ("翟志刚", "zhai"), ("缪斌", "miao"),
                      ("覃海", "qin"), ("黑亮", "he"), ("繁星", "po"), ("重阳", "chong"), ("种明", "chong"), ("秘书", "bi"),
                      ("祭丽", "zhai"), ("句龙", "gou"), ("折兰", "she"), ("能文", "nai"), ("召南", "shao"), ("洗玉清", "xian"),
                      ("炅明", "gui"), ("卜凡", "bu"), ("都雅", "du"), ("宓妃", "fu"), ("莘然", "shen"), ("员明", "yun")])
    func polyphonicSurnames(_ name: String, _ reading: String) {
        #expect(Pinyin.syllables(of: name).first == reading)
    }

    /// Two-character surnames: 万俟 moqi, 尉迟 yuchi, 单于 chanyu (not shan yu).
    @Test func compoundSurnames() {
        #expect(Pinyin.syllables(of: "万俟卨") .prefix(2) == ["mo", "qi"])
        #expect(Pinyin.syllables(of: "尉迟恭") == ["yu", "chi", "gong"])
        #expect(Pinyin.syllables(of: "单于明").prefix(2) == ["chan", "yu"])
        #expect(Pinyin.initials(of: "尉迟恭") == "ycg")
    }

    /// Only a leading character is a surname: 单 inside a given name keeps its common reading.
    @Test func surnameTableOnlyForTheFirstCharacter() {
        #expect(Pinyin.syllables(of: "李单") == ["li", "dan"])
    }

    @Test func namesWithDotsAndLatinLetters() {
        #expect(Pinyin.initials(of: "阿依古丽·买买提") == "aygl" + "mmt")
        #expect(Pinyin.syllables(of: "安娜·Smith") == ["an", "na", "smith"])
    }

    @Test func typedTextMatchesInitialsWholeSyllablesOrAMix() {
        let name = Pinyin.syllables(of: "张伟")
        for query in ["zw", "zhangwei", "zhangw", "zhw", "z", "ZW"] {
            #expect(Pinyin.matches(query, syllables: name), "\(query)")
        }
        for query in ["wz", "zx", "zhangweii", "", "zhw x"] {
            #expect(!Pinyin.matches(query, syllables: name), "\(query)")
        }
        // 曾 as a surname is zeng, so its common reading ceng does not match.
        #expect(Pinyin.matches("chm", syllables: Pinyin.syllables(of: "曾红梅")) == false)
        #expect(Pinyin.matches("zhm", syllables: Pinyin.syllables(of: "曾红梅")))
        #expect(Pinyin.matches("zhm", syllables: Pinyin.syllables(of: "张海明")))
        #expect(Pinyin.matches("zenghm", syllables: Pinyin.syllables(of: "曾红梅")))
    }
}
