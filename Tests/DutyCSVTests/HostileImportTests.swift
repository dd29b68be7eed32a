import DutyCSV
import DutyModel
import DutyTestSupport
import Testing

/// Issue 14, hostile input: an import's errors quote at most an excerpt of a value, never
/// another row's text, and place every problem at file:line:column, those found against the
/// database included; values over their column's limit or holding control characters are refused.
@Suite struct HostileImportTests {
    let header = "人员编号,姓名,手机,性别,出生年份,小区编号,楼栋编号,单位编号,身份,技能,每周可值班时间,不可值班日期,每周最多小时,可值夜班,备注\n"

    func issues(_ name: String, _ text: String, into existing: Directory = Fixtures.tiny()) -> [ImportIssue] {
        switch Importer().read([CSVFile(name: name, bytes: Array(text.utf8))], into: existing) {
        case .success:
            Issue.record("a bad file was imported")
            return []
        case let .failure(failure):
            return failure.issues
        }
    }

    /// Both languages of every issue, one line each.
    func lines(_ issues: [ImportIssue]) -> [String] {
        issues.flatMap { [$0.text(.zh), $0.text(.en)] }
    }

    /// 400 good rows after line 3, each with its own phone (1390000xxxx); every tenth has a
    /// quoted note with a comma, whose quotes would pair up with a stray one.
    func rowsAfter(count: Int = 400, notes: Bool = true) -> (text: String, phones: [String]) {
        var text = "", phones: [String] = []
        for i in 0..<count {
            let phone = "1390000" + String(1000 + i)
            phones.append(phone)
            let note = notes && i % 10 == 5 ? "\"甲, 乙\"" : ""
            text += "P\(2000 + i),王芳,\(phone),女,1980,C1,,,居民志愿者,,,,,是,\(note)\n"
        }
        return (text, phones)
    }

    @Test func anUnclosedQuoteIsOneErrorWhereItOpenedAndEchoesNoOtherRow() {
        let (after, phones) = rowsAfter()
        let text = header + "P100,王芳,13800000001,女,1980,C1,,,居民志愿者,,,,,是,\n"
            + "P101,\"刘洋,13800000002,男,1981,C1,,,居民志愿者,,,,,是,\n" + after
        let found = issues("people.csv", text)
        #expect(found.map { $0.text(.en) } == ["people.csv:3:2: the quote opened here is never closed"])
        let output = lines(found).joined(separator: "\n")
        #expect(!phones.contains { output.contains($0) })
    }

    /// A stray quote closes the runaway field cleanly (a quote then a comma): the row that
    /// swallowed the others is one problem, and none of their text is shown.
    @Test func aQuoteClosedRowsLaterIsOneErrorAndEchoesNoOtherRow() {
        let (after, phones) = rowsAfter(count: 40, notes: false)
        let text = header + "P101,\"刘洋,13800000002,男,1981,C1,,,居民志愿者,,,,,是,\n" + after
            + "P999,陈静\",13700000009,女,1982,C1,,,居民志愿者,,,,,是,\n"
        let found = issues("people.csv", text)
        #expect(found.count == 1, "\(found.map { $0.text(.en) })")
        #expect(found.first?.text(.en).hasPrefix("people.csv:2:2: a line break inside quotes") == true)
        let output = lines(found).joined(separator: "\n")
        #expect(!(phones + ["13700000009"]).contains { output.contains($0) })
    }

    @Test func aHugeValueIsQuotedAsAnExcerptWithItsLength() throws {
        let name = String(repeating: "王", count: 100_000)
        let found = issues("people.csv", header + "P100,\(name),13800000001,女,1980,C1,,,居民志愿者,,,,,是,\n")
        let issue = try #require(found.first)
        #expect(found.count == 1)
        let start = String(repeating: "王", count: 40)
        #expect(issue.text(.zh) == "people.csv:2:2: 姓名: “\(start)…”（100,000 字符）过长：此列最多 30 个字符")
        #expect(issue.text(.en) == "people.csv:2:2: 姓名 (name): “\(start)…” (100,000 characters) is too long: at most 30 characters")
    }

    /// Every value an error repeats is an excerpt: never more than 40 of its characters.
    @Test(arguments: [
        (column: 3, value: "1" + String(repeating: "3", count: 60)),   // phone: too long
        (column: 4, value: String(repeating: "男", count: 45)),        // sex: too long
        (column: 5, value: String(repeating: "9", count: 45)),         // birth year: too long
        (column: 9, value: String(repeating: "医", count: 45)),        // roles: an unknown role
        (column: 11, value: String(repeating: "周", count: 45)),       // availability: not understood
        (column: 12, value: String(repeating: "日", count: 45)),       // leave: not understood
    ])
    func everyQuotedValueIsAtMostFortyCharacters(column: Int, value: String) throws {
        var fields = ["P100", "王芳", "13800000001", "女", "1980", "C1", "", "", "居民志愿者", "", "", "", "", "是", ""]
        fields[column - 1] = value
        let found = issues("people.csv", header + fields.joined(separator: ",") + "\n")
        let issue = try #require(found.first { $0.text(.en).contains("…") })
        #expect(issue.column == column)
        for line in lines(found) { #expect(!line.contains(value), "\(line)") }
        #expect(issue.text(.zh).contains(String(value.prefix(40)) + "…"), "\(issue.text(.zh))")
        #expect(issue.text(.en).contains(String(value.prefix(40)) + "…"), "\(issue.text(.en))")
    }

    @Test func valuesOverTheirColumnsLimitAreRefusedAtTheirField() {
        let notes = String(repeating: "备", count: TextLimits.notes + 1)
        let compound = String(repeating: "C", count: TextLimits.id + 1)
        let text = header + "P100,王芳,13800000001,女,1980,\(compound),,,居民志愿者,,,,,是,\(notes)\n"
        let found = issues("people.csv", text).map { $0.text(.en) }
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.hasPrefix("people.csv:2:6: 小区编号 (compound_id): “CCC") && $0.hasSuffix("is too long: at most 32 characters") })
        #expect(found.contains { $0.hasPrefix("people.csv:2:15: 备注 (notes): “备备") && $0.hasSuffix("is too long: at most 500 characters") })
        // The long compound ID is not reported again as an unknown compound.
        #expect(!found.contains { $0.contains("there is no compound") })
    }

    @Test func controlCharactersAreRefusedButNotesMayHoldLineBreaksAndTabs() throws {
        let text = header + "P100,王\u{1B}]0;x\u{07}芳,13800000001,女,1980,C1,,,居民志愿者,,,,,是,\n"
            + "P101,刘洋,13800000002,男,1981,C1,,,居民志愿者,,,,,是,\"两行\n\t第二行\"\n"
            + "P102,陈静,13800000003,女,1982,C1,,,居民志愿者\u{9B}31m,,,,,是,\n"
        let found = issues("people.csv", text).map { $0.text(.en) }
        #expect(found == [
            "people.csv:2:2: 姓名 (name): character 2 is the control character ^[; expected visible text only",
            "people.csv:5:9: 身份 (roles): character 6 is the control character <U+009B>; expected visible text only",
        ])
        let good = header + "P101,刘洋,13800000002,男,1981,C1,,,居民志愿者,,,,,是,\"两行\n\t第二行\"\n"
        guard case let .success(result) = Importer().read([CSVFile(name: "people.csv", bytes: Array(good.utf8))],
                                                          into: Fixtures.tiny()) else {
            Issue.record("notes with a line break and a tab were refused")
            return
        }
        #expect(result.imported.people.first?.notes == "两行\n\t第二行")
    }

    // MARK: Problems found against the database

    /// A person re-imported without the role a building in the database needs of its leader.
    @Test func aLeaderWhoLosesTheRoleIsPlacedAtTheRolesField() {
        let text = header + "P003,曾国强,15011112222,男,1950,C1,,,退休党员,,,,,否,\n"
        let found = issues("people.csv", text)
        #expect(found.map { $0.text(.en) } == [
            "people.csv:2:9: 身份 (roles): this breaks building C1-B1 in the database: 曾国强 (P003) is not a building leader; "
                + "add the role to the person first",
        ])
        #expect(found.allSatisfy { $0.file != nil && $0.line != nil && $0.column != nil })
    }

    @Test func aLeaderWhoMovesAwayIsPlacedAtTheCompoundField() {
        let text = header + "P003,曾国强,15011112222,男,1950,C2,,,退休党员、楼栋长,,,,,否,\n"
        let found = issues("people.csv", text).map { $0.text(.en) }
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.hasPrefix("people.csv:2:6: 小区编号 (compound_id): this breaks building C1-B1 in the database: "
            + "building leader 曾国强 (P003) lives in compound C2") == true, "\(found)")
    }

    @Test func aBuildingMovedToAnotherCompoundIsPlacedAtItsCompoundField() {
        let text = "楼栋编号,小区编号,名称,户数,楼栋长编号\nC1-B1,C2,1号楼,160,\n"
        let found = issues("buildings.csv", text).map { $0.text(.en) }
        #expect(Set(found) == [
            "buildings.csv:2:2: 小区编号 (compound_id): this breaks person P001 in the database: building C1-B1 belongs to compound C2, not C1",
            "buildings.csv:2:2: 小区编号 (compound_id): this breaks person P003 in the database: building C1-B1 belongs to compound C2, not C1",
        ])
    }

    @Test func aGateMovedToAnotherCompoundIsPlacedAtItsCompoundField() {
        let found = issues("gates.csv", "出入口编号,小区编号,名称\nC1-G1,C2,东门\n").map { $0.text(.en) }
        #expect(found == ["gates.csv:2:2: 小区编号 (compound_id): this breaks post C1-gate-G1 in the database: "
            + "gate C1-G1 belongs to compound C2, not C1"])
    }

    /// A template re-imported with other shifts: the posts in the database that use it.
    @Test func aTemplateThatChangesItsShiftsIsPlacedAtItsRows() {
        let text = "模板编号,模板名称,班次,班次名称,开始,结束\nT-health,健康咨询,pm,下午,14:00,18:00\n"
        let found = issues("shift-templates.csv", text).map { $0.text(.en) }
        #expect(found == [
            "shift-templates.csv:2:1: 模板编号 (template_id): this breaks post C2-health in the database: shift template T-health has no shift am",
            "shift-templates.csv:2:3: 班次 (shift): this breaks post C2-health in the database: shift pm (下午) has no staffing rule",
        ])
    }

    /// A problem the database had before the import has no row to blame, and says so.
    @Test func aProblemTheDatabaseAlreadyHadSaysItWasThereBefore() {
        var existing = Fixtures.tiny()
        existing.people[5].phone = "123"
        let text = "出入口编号,小区编号,名称\nC2-G2,C2,北门\n"
        let found = issues("gates.csv", text, into: existing).map { $0.text(.en) }
        #expect(found == ["database: person P006 in the database (wrong before this import; a corrected row for it in the files "
            + "fixes it): phone “123” is invalid: expected 11 digits starting with 1"])
    }
}
