import DutyCSV
import DutyModel
import DutyTestSupport
import Testing

/// Bad input imports nothing and every problem is placed at file:line:column.
@Suite struct BadFileTests {
    func issues(_ name: String, _ bytes: [UInt8], into existing: Directory = Fixtures.tiny()) -> [String] {
        switch Importer().read([CSVFile(name: name, bytes: bytes)], into: existing) {
        case .success:
            Issue.record("a bad file was imported")
            return []
        case let .failure(failure):
            return failure.issues.map { $0.text(.en) }
        }
    }

    let header = "人员编号,姓名,手机,性别,出生年份,小区编号,楼栋编号,单位编号,身份,技能,每周可值班时间,不可值班日期,每周最多小时,可值夜班,备注\n"

    @Test func everyProblemInOneFileIsReported() {
        // line 2 fine; line 3 malformed phone; line 4 unknown compound; line 5 duplicate ID;
        // line 6 an invalid byte in the name.
        var bytes = Array(header.utf8)
        bytes += Array("P100,王芳,13800000001,女,1980,C1,,,居民志愿者,,,,,是,\n".utf8)
        bytes += Array("P101,刘洋,1380000,男,1981,C1,,,居民志愿者,,,,,是,\n".utf8)
        bytes += Array("P102,陈静,13800000003,女,1982,C9,,,居民志愿者,,,,,是,\n".utf8)
        bytes += Array("P100,杨磊,13800000004,男,1983,C1,,,居民志愿者,,,,,是,\n".utf8)
        bytes += Array("P104,赵".utf8) + [0xFF] + Array(",13800000005,男,1984,C1,,,居民志愿者,,,,,是,\n".utf8)
        let found = issues("people.csv", bytes)
        #expect(found.count == 4, "\(found)")
        #expect(found.contains { $0.hasPrefix("people.csv:3:3: 手机 (phone): phone “1380000” is invalid") })
        #expect(found.contains { $0.hasPrefix("people.csv:4:6: 小区编号 (compound_id): there is no compound with ID C9") })
        #expect(found.contains { $0 == "people.csv:5:1: 人员编号 (person_id): duplicate ID P100 (first on people.csv:2)" })
        #expect(found.contains { $0.hasPrefix("people.csv:6:2: invalid byte sequence (byte ") })
        // The garbled name is not reported a second time as an invalid name.
        #expect(!found.contains { $0.hasPrefix("people.csv:6:2: 姓名") })
    }

    /// A column is named as the file wrote it, and in the message's language too: a Chinese
    /// message about an English header says both, and an English one about a Chinese header.
    @Test func aColumnIsNamedInBothLanguagesWhereTheFileUsedTheOther() throws {
        let english = "person_id,name,phone,sex,birth_year,compound_id,roles\nP100,王芳,13800000001,X,1980,C1,居民志愿者\n"
        guard case let .failure(failure) = Importer().read([CSVFile(name: "people.csv", bytes: Array(english.utf8))],
                                                          into: Fixtures.tiny()) else {
            Issue.record("a bad sex was imported")
            return
        }
        let issue = try #require(failure.issues.first)
        #expect(issue.text(.zh).hasPrefix("people.csv:2:4: sex（性别）: “X”无法识别"), "\(issue.text(.zh))")
        #expect(issue.text(.en).hasPrefix("people.csv:2:4: sex: “X” is not understood"), "\(issue.text(.en))")
        let chinese = "人员编号,姓名,手机,性别,出生年份,小区编号,身份\nP100,王芳,13800000001,X,1980,C1,居民志愿者\n"
        guard case let .failure(again) = Importer().read([CSVFile(name: "人员.csv", bytes: Array(chinese.utf8))],
                                                        into: Fixtures.tiny()) else {
            Issue.record("a bad sex was imported")
            return
        }
        let other = try #require(again.issues.first)
        #expect(other.text(.zh).hasPrefix("人员.csv:2:4: 性别: “X”无法识别"), "\(other.text(.zh))")
        #expect(other.text(.en).hasPrefix("人员.csv:2:4: 性别 (sex): “X” is not understood"), "\(other.text(.en))")
    }

    @Test func missingColumnIsReportedOnTheHeaderLine() {
        let text = "人员编号,姓名,性别,出生年份,小区编号,身份\nP100,王芳,女,1980,C1,居民志愿者\n"
        let found = issues("people.csv", Array(text.utf8))
        #expect(found == ["people.csv:1:7: missing required column “phone” (手机)"])
    }

    @Test func aMissingColumnDoesNotHideTheProblemsOfTheRows() {
        // No 性别 (sex) column; line 3 has a malformed phone and line 4 an unknown compound.
        let text = "人员编号,姓名,手机,出生年份,小区编号,身份\n"
            + "P100,王芳,13800000001,1980,C1,居民志愿者\n"
            + "P101,刘洋,1380000,1981,C1,居民志愿者\n"
            + "P102,陈静,13800000003,1982,C9,居民志愿者\n"
        let found = issues("people.csv", Array(text.utf8))
        #expect(found.count == 3, "\(found)")
        #expect(found[0] == "people.csv:1:7: missing required column “sex” (性别)")
        #expect(found[1].hasPrefix("people.csv:3:3: 手机 (phone): phone “1380000” is invalid"))
        #expect(found[2].hasPrefix("people.csv:4:5: 小区编号 (compound_id): there is no compound with ID C9"))
    }

    @Test func unknownAndRepeatedColumns() {
        let text = "人员编号,姓名,手机,性别,出生年份,小区编号,身份,年龄,姓名\n"
        let found = issues("people.csv", Array(text.utf8))
        #expect(found.count == 2)
        #expect(found[0].hasPrefix("people.csv:1:8: unknown column “年龄”"))
        #expect(found[1].hasPrefix("people.csv:1:9: column “姓名” appears twice"))
    }

    /// Excel and WPS save empty columns after the last one (`,,,`): they are left out, not
    /// reported as three unknown columns named “”. Text under such a column is reported.
    @Test func emptyColumnsAfterTheLastAreLeftOutButTextUnderThemIsNot() throws {
        let good = "人员编号,姓名,手机,性别,出生年份,小区编号,身份,,,\n" + "P100,王芳,13800000001,女,1980,C1,居民志愿者,,,\n"
        guard case let .success(batch) = Importer().read([CSVFile(name: "people.csv", bytes: Array(good.utf8))],
                                                          into: Fixtures.tiny()) else {
            Issue.record("trailing empty columns were refused")
            return
        }
        #expect(batch.imported.people.map(\.name) == ["王芳"])
        let bad = "人员编号,姓名,手机,性别,出生年份,小区编号,身份,,,\n" + "P100,王芳,13800000001,女,1980,C1,居民志愿者,,备注,\n"
        let found = issues("people.csv", Array(bad.utf8))
        #expect(found == ["people.csv:2:9: text “备注” here, but this column has no name in the header"])
    }

    /// Phones written with spaces or the country code, as spreadsheets hold them, are imported
    /// as eleven digits.
    @Test func phonesWithSpacesOrCountryCodeAreImported() throws {
        let text = "人员编号,姓名,手机,性别,出生年份,小区编号,身份\n" + "P100,王芳,139 0373 0047,女,1980,C1,居民志愿者\n"
            + "P101,刘洋,+8613903730048,男,1981,C1,居民志愿者\n"
        guard case let .success(batch) = Importer().read([CSVFile(name: "people.csv", bytes: Array(text.utf8))],
                                                          into: Fixtures.tiny()) else {
            Issue.record("phones written with spaces or +86 were refused")
            return
        }
        #expect(batch.imported.people.map(\.phone) == ["13903730047", "13903730048"])
    }

    @Test func valuesOfTheWrongForm() {
        var text = header
        text += "P100,王芳,13800000001,X,198O,C1,,,医生,,周八,2026-13-01,很多,也许,\n"
        let found = issues("people.csv", Array(text.utf8))
        #expect(found.contains { $0.hasPrefix("people.csv:2:4: 性别 (sex): “X” is not understood; expected M or F") })
        #expect(found.contains { $0.hasPrefix("people.csv:2:5: 出生年份 (birth_year): “198O” is not a whole number") })
        #expect(found.contains { $0.hasPrefix("people.csv:2:9: 身份 (roles): unknown role “医生”") })
        #expect(found.contains { $0.hasPrefix("people.csv:2:11: 每周可值班时间 (availability): “周八” is not understood") })
        #expect(found.contains { $0.hasPrefix("people.csv:2:12: 不可值班日期 (unavailable): “2026-13-01” is not understood") })
        #expect(found.contains { $0.hasPrefix("people.csv:2:13: 每周最多小时 (max_hours_week): “很多” is not a whole number") })
        #expect(found.contains { $0.hasPrefix("people.csv:2:14: 可值夜班 (night_ok): “也许” is not understood") })
    }

    @Test func tooManyFieldsAndAnUnclosedQuote() {
        var text = header
        text += "P100,王芳,13800000001,女,1980,C1,,,居民志愿者,,,,,是,,extra\n"
        text += "P101,\"刘洋,13800000002\n"
        let found = issues("people.csv", Array(text.utf8))
        #expect(found.contains { $0.hasPrefix("people.csv:2:16: 16 fields but the header has 15") })
        #expect(found.contains { $0.hasPrefix("people.csv:3:2: the quote opened here is never closed") })
    }

    @Test func problemsAcrossFilesPointAtTheRightFile() {
        let compounds = "小区编号,名称,片区编号,户数,支部干部编号\nC3,新城小区,A7,100,\n"
        let gates = "出入口编号,小区编号,名称\nC3-G1,C3,北门\n"
        let result = Importer().read([CSVFile(name: "gates.csv", bytes: Array(gates.utf8)),
                                      CSVFile(name: "compounds.csv", bytes: Array(compounds.utf8))],
                                     into: Fixtures.tiny())
        guard case let .failure(failure) = result else {
            Issue.record("imported")
            return
        }
        #expect(failure.issues.map { $0.text(.en) } == ["compounds.csv:2:3: 片区编号 (area_id): there is no area with ID A7"])
    }

    @Test func staffingRowForAShiftTheTemplateLacks() {
        let text = "post_id,shift,min,max,roles\nC2-health,pm,1,2,\nC2-health,am,1,2,\n"
        let found = issues("staffing.csv", Array(text.utf8))
        #expect(found == ["staffing.csv:2:2: shift: shift template T-health has no shift pm"])
    }

    /// Found by fuzzing (issue 14): staffing rows that leave a shift of a post in the database
    /// without a rule were imported, the problem skipped as if its column were missing.
    @Test func staffingThatLeavesAShiftOfAPostInTheDatabaseWithoutARule() {
        let text = "post_id,shift,min,max,roles\nC1-gate-G1,day,2,3,\nC1-gate-G1,eve,2,3,\n"
        let found = issues("staffing.csv", Array(text.utf8))
        #expect(found == ["staffing.csv:2: shift night (夜班) has no staffing rule"])
    }

    /// Found by fuzzing (issue 14): U+10FFFD written as valid UTF-8 is the mark the decoder puts
    /// where bytes were invalid; in an ID it hid the ID's problem as if the bytes had been reported.
    @Test func theReplacementMarkAsValidTextHidesNoProblem() {
        let found = issues("areas.csv", Array("area_id,name,leader_id\nA\u{10FFFD}9,蒲东街道,\n".utf8))
        #expect(found == ["areas.csv:2:1: area_id: ID “A\u{10FFFD}9” is invalid: expected 1–32 letters, digits, - _ or ."])
    }

    @Test func unrecognisableFile() {
        let found = issues("stuff.csv", Array("foo,bar\n1,2\n".utf8))
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("stuff.csv:1:1: cannot tell which table this is"))
    }

    @Test func emptyFile() {
        #expect(issues("people.csv", []) == ["people.csv:1:1: the file is empty; expected a header row"])
    }
}
