import DutyModel
import Testing

/// What coordinators typed and did not find (issue 13): a surname read its common way (单 dān,
/// 解 jiě, 盖 gài, 曾 céng) or a two-character surname read character by character.
@Suite struct SurnameReadingTests {
    static let names: [(id: String, name: String)] = [
        ("P0001", "单丽萍"), ("P0002", "解德帆"), ("P0003", "盖明浩"), ("P0004", "曾永华"), ("P0005", "单于飞"),
        ("P0006", "秦博"), ("P0007", "区博"), ("P0008", "唐丽萍"), ("P0009", "覃丽萍"), ("P0010", "岑海明"),
        ("P0011", "曾红梅"),
    ]

    static let lookup = PersonLookup(names.map { entry in
        Person(id: PersonID(rawValue: entry.id), name: entry.name, phone: "", sex: .female, birthYear: 1980,
               compound: "C1", roles: [.residentVolunteer])
    })

    func found(_ query: String) -> [String] {
        let byID = Dictionary(uniqueKeysWithValues: Self.names.map { ($0.id, $0.name) })
        return Self.lookup.find(query).compactMap { byID[$0.person.rawValue] }
    }

    /// Each reading of the surname finds the whole name, by initials and by full pinyin.
    @Test(arguments: [("dlp", "单丽萍"), ("danliping", "单丽萍"), ("slp", "单丽萍"), ("shanliping", "单丽萍"),
                      ("jiedefan", "解德帆"), ("jdf", "解德帆"), ("xiedefan", "解德帆"), ("xdf", "解德帆"),
                      ("gaiminghao", "盖明浩"), ("gmh", "盖明浩"), ("geminghao", "盖明浩"),
                      ("cengyonghua", "曾永华"), ("zengyonghua", "曾永华"), ("zyh", "曾永华")])
    func everyReadingOfASurnameFindsTheName(_ query: String, _ name: String) {
        #expect(found(query) == [name], "\(query): \(found(query))")
    }

    /// 单于飞: the compound surname's chányú, and 单 read shàn or dān before 于飞.
    @Test(arguments: ["chanyufei", "cyf", "shanyufei", "syf", "danyufei", "dyf", "danyuf", "shanyf"])
    func aTwoCharacterSurnameIsAlsoReadCharacterByCharacter(_ query: String) {
        #expect(found(query) == ["单于飞"], "\(query): \(found(query))")
    }

    /// The conventional reading ranks first: `qb` is 秦博 (qín) before 区博 (ōu, read qū),
    /// though 区博 sorts first by its own pinyin (oubo); likewise 唐丽萍 before 覃丽萍 (qín, read
    /// tán), and 岑海明 before 曾红梅 (zēng, read céng) for `chm`.
    @Test func theConventionalReadingRanksFirst() {
        #expect(found("qb") == ["秦博", "区博"])
        #expect(found("tlp") == ["唐丽萍", "覃丽萍"])
        #expect(found("chm") == ["岑海明", "曾红梅"])
        #expect(found("ob") == ["区博"])
    }
}
