import DutyCSV
import DutyModel
import DutyTestSupport
import Foundation
import Testing

@Suite struct ImportExportTests {
    func files(_ d: Directory, _ language: Language = .zh, _ encoding: TextEncoding = .utf8BOM) throws -> [CSVFile] {
        try Exporter(language: language, encoding: encoding).files(d).map { CSVFile(name: $0.name, bytes: $0.data) }
    }

    func imported(_ files: [CSVFile], into existing: Directory = Directory()) throws -> ImportResult {
        switch Importer().read(files, into: existing) {
        case let .success(result): return result
        case let .failure(failure):
            Issue.record("import failed: \(failure.issues.map { $0.text(.en) })")
            throw failure
        }
    }

    @Test(arguments: Language.allCases, TextEncoding.allCases)
    func exportThenImportGivesTheSameDirectory(_ language: Language, _ encoding: TextEncoding) throws {
        let d = Fixtures.tiny()
        let result = try imported(try files(d, language, encoding))
        #expect(result.imported == d.sorted())
        // A file with nothing but ASCII reads the same in UTF-8 and GB18030 and is reported as UTF-8.
        let expected: Set<TextEncoding> = encoding == .gb18030 ? [.gb18030, .utf8] : [encoding]
        #expect(Set(result.encodings.values).isSubset(of: expected))
        #expect(result.encodings.values.contains(encoding))
    }

    /// Issue 14, point 11: a field that starts like a spreadsheet formula is written with an
    /// apostrophe before it (the spreadsheet shows it as text), a comma or quote is quoted, and
    /// the export still imports back to the same records.
    @Test func formulasAreNeutralisedAndTheExportStillImportsBack() throws {
        var d = Fixtures.tiny()
        let formulas = ["=HYPERLINK(\"http://x\",\"点我\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "甲单位, 乙部门 \"东\""]
        let model = try #require(d.people.first)
        for (i, text) in formulas.enumerated() {
            var person = model
            person.id = PersonID(rawValue: "PX\(i)")
            person.phone = "1390000000\(i)"
            person.notes = text
            d.people.append(person)
        }
        let exported = try files(d)
        let people = try #require(exported.first { $0.name.hasPrefix("人员") })
        let text = String(decoding: people.bytes, as: UTF8.self)
        let cells = CSVParser.parse(text).records.flatMap { $0.fields.map(\.text) }
        for formula in formulas where !formula.hasPrefix("甲") {
            #expect(cells.contains("'" + formula), "\(formula) not neutralised in \(text)")
            #expect(!cells.contains(formula))
        }
        #expect(cells.contains("甲单位, 乙部门 \"东\""))
        #expect(try imported(exported).imported == d.sorted())
    }

    @Test func reExportIsByteIdentical() throws {
        let first = try files(Fixtures.tiny())
        let again = try Exporter().files(try imported(first).imported)
        #expect(first.map(\.bytes) == again.map(\.data))
    }

    @Test func gb18030FileImportsLikeItsUTF8Twin() throws {
        let utf8 = try files(Fixtures.tiny(), .zh, .utf8)
        let gb = try files(Fixtures.tiny(), .zh, .gb18030)
        #expect(utf8.map(\.bytes) != gb.map(\.bytes))
        #expect(try imported(utf8).imported == (try imported(gb).imported))
    }

    @Test func englishAndChineseHeadersMayBeMixedAcrossFiles() throws {
        let zh = try files(Fixtures.tiny(), .zh)
        let en = try files(Fixtures.tiny(), .en)
        let mixed = zh.prefix(4) + en.suffix(en.count - 4)
        #expect(try imported(Array(mixed)).imported == Fixtures.tiny().sorted())
    }

    @Test func tableIsFoundFromHeadersWhenTheNameSaysNothing() throws {
        let people = try files(Fixtures.tiny()).first { $0.name == "人员.csv" }
        let renamed = CSVFile(name: "export-2026.csv", bytes: try #require(people).bytes)
        let result = try imported([renamed], into: Fixtures.tiny())
        #expect(result.imported.people.count == Fixtures.tiny().people.count)
    }

    @Test func peopleFileAloneMayReferToCompoundsInTheDatabase() throws {
        var d = Fixtures.tiny()
        d.people[0].phone = "13800009999"
        let people = try files(d).filter { $0.name == "人员.csv" }
        let result = try imported(people, into: Fixtures.tiny())
        #expect(result.merged.people.first { $0.id == "P001" }?.phone == "13800009999")
        #expect(result.merged.compounds.count == 2)
    }

    @Test func staffingAloneReplacesTheRulesOfAPostInTheDatabase() throws {
        let text = "岗位编号,班次,最少人数,最多人数,身份要求\nC2-health,am,1,1,医务人员>=1\n"
        let result = try imported([CSVFile(name: "人数规则.csv", bytes: Array(text.utf8))], into: Fixtures.tiny())
        #expect(result.merged.posts.first { $0.id == "C2-health" }?.staffing.first?.maximum == 1)
        #expect(result.imported.posts.map(\.id) == ["C2-health"])
    }

    @Test func postsAloneKeepTheirStaffing() throws {
        let posts = try files(Fixtures.tiny()).filter { $0.name == "岗位.csv" }
        let result = try imported(posts, into: Fixtures.tiny())
        #expect(result.merged.sorted() == Fixtures.tiny().sorted())
    }
}
