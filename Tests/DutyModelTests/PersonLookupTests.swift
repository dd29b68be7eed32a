import DutyModel
import Testing

/// The duty desk's query line: a test list with polyphonic surnames, two-, three- and
/// four-character names, names with a middle dot and with Latin letters.
@Suite struct PersonLookupTests {
    static let names: [(id: String, name: String, phone: String)] = [
        ("P0001", "张伟", "13800001234"),
        ("P0002", "张伟明", "13900005678"),
        ("P0003", "周文", "13700009999"),
        ("P0004", "曾红梅", "15000001111"),
        ("P0005", "单田芳", "15100002222"),
        ("P0006", "解德帆", "15200003333"),
        ("P0007", "仇婷", "15300004444"),
        ("P0008", "区博", "15400005555"),
        ("P0009", "查理", "15500006666"),
        ("P0010", "朴明", "15600007777"),
        ("P0011", "盖明浩", "15700008888"),
        ("P0012", "欧阳晓燕", "15800005678"),
        ("P0013", "阿依古丽·买买提", "15900001212"),
        ("P0014", "李Anna", ""),
        ("P0015", "王芳", "18600000012"),
        ("P0016", "岑海明", "18700003434"),
    ]

    static let lookup = PersonLookup(names.map { entry in
        Person(id: PersonID(rawValue: entry.id), name: entry.name, phone: entry.phone, sex: .female, birthYear: 1980,
               compound: "C1", roles: [.residentVolunteer])
    })

    func names(_ query: String) -> [String] {
        let byID = Dictionary(uniqueKeysWithValues: Self.names.map { ($0.id, $0.name) })
        return Self.lookup.find(query).compactMap { byID[$0.person.rawValue] }
    }

    /// Surnames with their own reading are found by it, as their conventional reading.
    @Test(arguments: [("zhm", "曾红梅"), ("zenghongmei", "曾红梅"), ("stf", "单田芳"), ("shantianfang", "单田芳"),
                      ("xdf", "解德帆"), ("qt", "仇婷"), ("qiuting", "仇婷"), ("ob", "区博"), ("oubo", "区博"),
                      ("zl", "查理"), ("zhali", "查理"), ("pm", "朴明"), ("piaoming", "朴明"), ("gmh", "盖明浩")])
    func polyphonicSurnamesByTheirSurnameReading(_ query: String, _ name: String) {
        #expect(names(query).first == name, "\(query): \(names(query))")
        #expect(Self.lookup.find(query).first?.fit == .wholeName)
        #expect(Self.lookup.find(query).first?.reading == 0)
    }

    /// By the characters' common readings (ceng, dan, jie, chou, qu, cha, pu, gai) those names are
    /// found too, as another reading (issue 13: people type the reading they know).
    @Test(arguments: [("cenghongmei", "曾红梅"), ("dtf", "单田芳"), ("jdf", "解德帆"), ("ct", "仇婷"), ("chouting", "仇婷"),
                      ("qb", "区博"), ("chali", "查理"), ("puming", "朴明"), ("gaiminghao", "盖明浩")])
    func commonReadingsOfThoseSurnamesFindThemToo(_ query: String, _ name: String) {
        #expect(names(query).first == name, "\(query): \(names(query))")
        #expect(Self.lookup.find(query).first?.fit == .wholeName)
        #expect(Self.lookup.find(query).first?.reading == 1)
    }

    /// `chm` is 岑海明 (cen) first; 曾红梅 only by 曾's other reading, céng, after.
    @Test func aCNameRanksBeforeZengReadCeng() {
        #expect(names("chm") == ["岑海明", "曾红梅"])
        #expect(Self.lookup.find("chm").map(\.reading) == [0, 1])
    }

    /// An ambiguous query lists every match, the whole name before names it only begins.
    @Test func ambiguousQueriesListEveryMatchBestFirst() {
        #expect(names("zw") == ["张伟", "周文", "张伟明"])
        #expect(names("zhangw") == ["张伟", "张伟明"])
        #expect(names("zhangwei") == ["张伟", "张伟明"])
        #expect(names("z") == ["曾红梅", "查理", "张伟", "张伟明", "周文"])
        #expect(names("c") == ["岑海明", "仇婷", "曾红梅", "查理", "单田芳"])
        #expect(names("张") == ["张伟", "张伟明"])
        #expect(names("张伟明") == ["张伟明"])
    }

    @Test func twoThreeAndFourCharacterNames() {
        #expect(names("wf") == ["王芳"])
        #expect(names("zwm") == ["张伟明"])
        #expect(names("oyxy") == ["欧阳晓燕"])
        #expect(names("ouyangxiaoyan") == ["欧阳晓燕"])
        #expect(names("ouyx") == ["欧阳晓燕"])
    }

    @Test func namesWithADotOrLatinLetters() {
        #expect(names("ayglmmt") == ["阿依古丽·买买提"])
        #expect(names("aygl") == ["阿依古丽·买买提"])
        #expect(names("lianna") == ["李Anna"])
        #expect(names("la") == ["李Anna"])
        #expect(names("li anna") == ["李Anna"])
    }

    /// Digits are a phone number's tail or a person number; both are listed, the number first.
    @Test func phoneTailsAndPersonNumbers() {
        #expect(names("1234") == ["张伟"])
        #expect(names("5678") == ["欧阳晓燕", "张伟明"])
        #expect(names("P0012") == ["欧阳晓燕"])
        #expect(names("p12") == ["欧阳晓燕"])
        #expect(names("12") == ["欧阳晓燕", "阿依古丽·买买提", "王芳"])
        #expect(Self.lookup.find("12").map(\.fit) == [.number, .phoneTail, .phoneTail])
        #expect(names("00099999").isEmpty)
    }

    @Test func emptyOrUnmatchedQueriesFindNobody() {
        #expect(names("").isEmpty)
        #expect(names("   ").isEmpty)
        #expect(names("xyz").isEmpty)
        #expect(names("赵").isEmpty)
    }
}
