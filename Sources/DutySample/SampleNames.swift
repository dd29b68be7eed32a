import DutyModel
import Foundation

/// Chinese personal names and phone numbers for the sample city.
enum PersonNames {
    /// About a hundred common surnames with rough weights (people per 10,000), in the
    /// order of national frequency; 王 李 张 刘 陈 lead, as they do in Henan. The tail
    /// holds rare and two-character surnames and the polyphonic ones the duty desk's
    /// pinyin lookup must get right (曾 zēng, 单 shàn, 解 xiè, 仇 qiú, 区 ōu, 查 zhā,
    /// 朴 piáo, 盖 gě).
    static let surnames: [(String, Int)] = [
        ("王", 710), ("李", 700), ("张", 660), ("刘", 540), ("陈", 460), ("杨", 330), ("黄", 220),
        ("赵", 200), ("吴", 190), ("周", 190), ("徐", 140), ("孙", 140), ("马", 130), ("朱", 130),
        ("胡", 120), ("郭", 110), ("何", 110), ("高", 100), ("林", 90), ("罗", 90), ("郑", 90),
        ("梁", 80), ("谢", 70), ("宋", 70), ("唐", 60), ("许", 60), ("韩", 60), ("冯", 60),
        ("邓", 60), ("曹", 60), ("彭", 50), ("曾", 50), ("肖", 50), ("田", 50), ("董", 50),
        ("袁", 50), ("潘", 40), ("于", 40), ("蒋", 40), ("蔡", 40), ("余", 40), ("杜", 40),
        ("叶", 40), ("程", 40), ("苏", 30), ("魏", 30), ("吕", 30), ("丁", 30), ("任", 30),
        ("沈", 30), ("姚", 30), ("卢", 30), ("姜", 30), ("崔", 30), ("钟", 30), ("谭", 30),
        ("陆", 30), ("汪", 30), ("范", 30), ("金", 20), ("石", 20), ("廖", 20), ("贾", 20),
        ("夏", 20), ("韦", 20), ("付", 20), ("方", 20), ("白", 20), ("邹", 20), ("孟", 20),
        ("熊", 20), ("秦", 20), ("邱", 20), ("江", 20), ("尹", 20), ("薛", 20), ("闫", 20),
        ("段", 20), ("雷", 20), ("侯", 20), ("龙", 20), ("史", 20), ("牛", 20), ("常", 15),
        ("申", 15), ("陶", 10), ("黎", 10), ("贺", 10), ("顾", 10), ("毛", 10), ("郝", 10),
        ("龚", 10), ("邵", 10), ("万", 10), ("钱", 10), ("严", 10), ("武", 10), ("戴", 10),
        ("孔", 10), ("汤", 10), ("单", 3), ("解", 3), ("仇", 2), ("查", 2), ("盖", 2), ("朴", 1),
        ("区", 1), ("欧阳", 2), ("司马", 1), ("诸葛", 1), ("上官", 1), ("司徒", 1), ("皇甫", 1),
    ]

    static let surnameTable = WeightedTable(surnames)

    /// Surnames with two readings; one person with each is placed in every sample.
    static let polyphonicSurnames = ["曾", "单", "解", "仇", "区", "查", "朴", "盖"]

    /// Names that must appear in every sample: a Uyghur-style name and a foreign-born
    /// resident's name, both with the middle dot (·), one with Latin letters.
    static let specialNames: [(name: String, sex: Sex)] = [
        ("阿依古丽·买买提", .female),
        ("买买提·艾力", .male),
        ("安娜·Smith", .female),
    ]

    /// Given-name characters that lean male or female: those that end a name (and stand
    /// alone as a one-character given name), and those that begin a two-character one.
    static let maleLast = Array("伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳峰亮成新振晨博轩泽睿航毅松锋彬")
    static let maleFirst = Array("建国志文海东振晨博子一家宏金永春德少立卫明俊浩宇天嘉鹏晓新长红")
    static let femaleLast = Array("芳娜敏静丽艳娟霞英玲燕红梅琳婷雪慧莉萍倩颖洁琴云兰凤月晶欣怡悦涵琪瑶璐丹蕾珍萌妍")
    static let femaleFirst = Array("秀玉桂丽美晓雨佳思梦诗欣婷慧淑春小海文红雪静可子一嘉若")

    /// Whole given names typical of people born before the mid-1960s.
    static let classicMale = ["建国", "国庆", "建华", "卫东", "志强", "国强", "建军", "保国", "振华", "德胜",
                              "长江", "跃进", "向阳", "援朝", "解放", "永红"]
    static let classicFemale = ["秀英", "桂英", "秀兰", "玉兰", "桂兰", "淑珍", "凤英", "玉梅", "秀珍", "素芬",
                                "桂芝", "玉珍", "翠花", "爱华", "红梅", "淑芬"]

    /// A given name of one (30 %) or two (70 %) characters.
    static func givenName(sex: Sex, birthYear: Int, dice: inout Dice) -> String {
        let last = sex == .male ? maleLast : femaleLast
        if dice.percent(30) { return String(dice.pick(last)) }
        if birthYear < 1965 && dice.percent(40) {
            return dice.pick(sex == .male ? classicMale : classicFemale)
        }
        let first = dice.pick(sex == .male ? maleFirst : femaleFirst)
        var second = dice.pick(last)
        while second == first { second = dice.pick(last) }
        return String(first) + String(second)
    }

    static func fullName(sex: Sex, birthYear: Int, dice: inout Dice) -> String {
        surnameTable.draw(&dice) + givenName(sex: sex, birthYear: birthYear, dice: &dice)
    }

    /// Mobile prefixes of the three carriers (13x, 15x, 17x, 18x, 19x).
    static let phonePrefixes = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                                "150", "151", "152", "153", "155", "156", "157", "158", "159",
                                "173", "176", "177", "178",
                                "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
                                "191", "193", "195", "198", "199"]

    /// A mobile number not in `used` (which it is added to).
    static func phone(dice: inout Dice, used: inout Set<String>) -> String {
        while true {
            let number = dice.pick(phonePrefixes) + padded(dice.below(100_000_000), 8)
            if used.insert(number).inserted { return number }
        }
    }
}
