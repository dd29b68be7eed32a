import DutyModel
import DutyTestSupport
import Foundation
import Testing

/// The surname tables, and every reading of every surname in them found by the lookup, on
/// names made from the tables' surnames and the sample city's given names (not a list the
/// tables were written from).
@Suite struct PinyinSurnameTests {
    /// Foundation's reading of one character, worked out here, not through `Pinyin`.
    static func foundation(_ character: Character) -> String {
        let latin = String(character).applyingTransform(.mandarinToLatin, reverse: false) ?? ""
        let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? ""
        return plain.lowercased().filter(\.isLetter)
    }

    static func initials(_ syllables: [String]) -> String { String(syllables.compactMap(\.first)) }

    @Test func everySingleSurnameKeepsFoundationsReadingAmongItsOwn() {
        for (character, readings) in PinyinSurnames.single {
            #expect(readings.count >= 2 && Set(readings).count == readings.count, "\(character): \(readings)")
            #expect(readings.contains(Self.foundation(character)), "\(character): \(readings)")
            #expect(readings.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isLowercase } })
        }
    }

    /// A two-character surname is also its characters read one by one, each by every reading
    /// it has as a surname (单于 → shan yu, dan yu) or else by Foundation's.
    @Test func compoundSurnamesAlsoReadCharacterByCharacter() {
        for (surname, readings) in PinyinSurnames.compound {
            let characters = Array(surname)
            #expect(characters.count == 2 && readings.allSatisfy { $0.count == 2 }, "\(surname)")
            #expect(Set(readings).count == readings.count, "\(surname): \(readings)")
            let one = PinyinSurnames.single[characters[0]] ?? [Self.foundation(characters[0])]
            let two = PinyinSurnames.single[characters[1]] ?? [Self.foundation(characters[1])]
            for a in one {
                for b in two { #expect(readings.contains([a, b]), "\(surname): \(a) \(b) missing") }
            }
        }
    }

    /// `syllables(of:)` (what is cached and shown) is the conventional reading.
    @Test func syllablesAreTheConventionalReading() {
        for (surname, readings) in PinyinSurnames.all {
            #expect(Pinyin.syllables(of: surname + "明") == readings[0] + ["ming"], "\(surname)")
            #expect(Pinyin.readings(of: surname + "明") == readings.map { $0 + ["ming"] }, "\(surname)")
        }
    }

    /// Only the surname has readings: a given name keeps Foundation's reading, and a
    /// character of the table inside a given name is read as Foundation reads it.
    @Test func onlyTheSurnameVaries() {
        #expect(Pinyin.readings(of: "单单") == [["shan", "dan"], ["dan", "dan"], ["chan", "dan"]])
        #expect(Pinyin.readings(of: "李单曾") == [["li", "dan", "ceng"]])
        #expect(Pinyin.readings(of: "张伟") == [["zhang", "wei"]])
        #expect(Pinyin.readings(of: "阿依古丽·买买提").count == 1)
        #expect(Pinyin.readings(of: "单") == [["shan"], ["dan"], ["chan"]])
        #expect(Pinyin.readings(of: "") == [[]])
    }

    /// The people filter's shortcut (no readings built for a name with one) agrees with
    /// matching every reading.
    @Test func matchingByNameAgreesWithMatchingEveryReading() {
        for name in ["单丽萍", "单于飞", "曾永华", "张伟", "李单", "万俟卨", "欧阳晓燕"] {
            let syllables = Pinyin.syllables(of: name)
            let readings = Pinyin.readings(of: name)
            for query in ["s", "d", "c", "dlp", "slp", "syf", "dyf", "cyf", "cengyh", "zyh", "zw", "ld", "wqx", "mqx", "oyxy", "x"] {
                #expect(Pinyin.matches(query, name: name, syllables: syllables) == Pinyin.matches(query, readings: readings),
                        "\(name) \(query)")
            }
        }
    }

    /// Given names of the sample city (the surname dropped), to combine with the tables' surnames.
    static let givenNames: [String] = {
        let names = SampleWeek.directory.people.map(\.name).filter { name in
            name.count >= 2 && name.allSatisfy { !$0.isASCII && $0 != "·" }
        }
        return Array(Set(names.map { String($0.suffix(min(2, $0.count - 1))) })).sorted()
    }()

    /// Every surname of the tables with three of those given names each (the given names taken
    /// in turn), and the sample city's own people beside them so that names collide.
    static let generated: [(person: Person, surname: String, given: String)] = {
        var result: [(Person, String, String)] = []
        for (i, surname) in PinyinSurnames.all.map(\.surname).sorted().enumerated() {
            for j in 0..<3 {
                let given = givenNames[(i * 3 + j) % givenNames.count]
                let person = Person(id: PersonID(rawValue: "G\(result.count + 1)"), name: surname + given, phone: "",
                                    sex: .male, birthYear: 1970, compound: "C1", roles: [.residentVolunteer])
                result.append((person, surname, given))
            }
        }
        return result
    }()

    static let lookup = PersonLookup(generated.map(\.person) + SampleWeek.directory.people)

    @Test(arguments: PinyinSurnames.all.map(\.surname).sorted())
    func everyReadingFindsTheNameByInitialsAndFullPinyin(_ surname: String) throws {
        #expect(Self.givenNames.count > 20)
        let readings = try #require(PinyinSurnames.all.first { $0.surname == surname }?.readings)
        for entry in Self.generated where entry.surname == surname {
            let given = entry.given.map(Self.foundation)
            for (i, reading) in readings.enumerated() {
                let syllables = reading + given
                for query in [Self.initials(syllables), syllables.joined(), reading.joined() + Self.initials(given)] {
                    let found = Self.lookup.find(query)
                    let match = found.first { $0.person == entry.person.id }
                    #expect(match != nil, "\(entry.person.name) not found by \(query)")
                    // Found by this reading, or by an earlier one that reads the same letters.
                    #expect(match?.reading ?? 0 <= i, "\(entry.person.name) by \(query): \(String(describing: match))")
                    if query != reading.joined() + Self.initials(given) {
                        #expect(match?.fit == .wholeName, "\(entry.person.name) by \(query)")
                    }
                    let order = found.map { ($0.fit.rawValue, $0.reading) }
                    #expect(zip(order, order.dropFirst()).allSatisfy { $0 <= $1 }, "\(query): \(order)")
                }
            }
        }
    }

    /// The readings issue 13 names, written out here rather than taken from the tables.
    @Test(arguments: [("单", ["shan", "dan", "chan"]), ("解", ["xie", "jie"]), ("曾", ["zeng", "ceng"]),
                      ("盖", ["ge", "gai"]), ("乐", ["yue", "le"]), ("区", ["ou", "qu"]), ("查", ["zha", "cha"]),
                      ("仇", ["qiu", "chou"]), ("朴", ["piao", "pu"]), ("缪", ["miao", "mou", "miu"]),
                      ("翟", ["zhai", "di"]), ("覃", ["qin", "tan"]), ("尉", ["wei", "yu"]), ("宿", ["su", "xiu"]),
                      ("秘", ["bi", "mi"]), ("种", ["chong", "zhong"]), ("重", ["chong", "zhong"]),
                      ("员", ["yun", "yuan"]), ("黑", ["he", "hei"]), ("繁", ["po", "fan"]), ("祭", ["zhai", "ji"]),
                      ("句", ["gou", "ju"]), ("折", ["she", "zhe"]), ("能", ["nai", "neng"]), ("召", ["shao", "zhao"]),
                      ("洗", ["xian", "xi"]), ("卜", ["bu", "bo"]), ("都", ["du", "dou"]), ("宓", ["fu", "mi"]),
                      ("莘", ["shen", "xin"]), ("费", ["fei", "bi"]), ("叶", ["ye", "she"]), ("沈", ["shen", "chen"]),
                      ("藏", ["zang", "cang"]), ("隗", ["wei", "kui"]), ("郇", ["xun", "huan"]),
                      ("华", ["hua"]), ("任", ["ren"]), ("过", ["guo"]), ("燕", ["yan"]), ("纪", ["ji"]),
                      ("单于", ["chanyu", "shanyu", "danyu"]), ("万俟", ["moqi", "wanqi"]), ("尉迟", ["yuchi", "weichi"]),
                      ("长孙", ["zhangsun", "changsun"]), ("欧阳", ["ouyang"])])
    func theIssuesReadings(_ surname: String, _ readings: [String]) {
        let name = surname + "明远"
        let lookup = PersonLookup([Person(id: PersonID(rawValue: "P1"), name: name, phone: "", sex: .male, birthYear: 1970, compound: "C1",
                                          roles: [.residentVolunteer])])
        for (i, reading) in readings.enumerated() {
            let found = lookup.find(reading + "mingyuan")
            #expect(found.first?.fit == .wholeName, "\(name) by \(reading)mingyuan")
            if i == 0 { #expect(found.first?.reading == 0, "\(name): \(reading) is the conventional reading") }
            let initials = surname.count == 1 ? String(reading.prefix(1)) : nil
            if let initials { #expect(lookup.find(initials + "my").first?.fit == .wholeName, "\(name) by \(initials)my") }
        }
    }
}
