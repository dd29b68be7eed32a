import DutyCSV
import DutyModel
import DutyTestSupport
import Testing

/// The shift-templates file's optional night column (夜班/night): empty leaves it to the
/// default rule, 是/否 or yes/no say it outright, and export writes back what was read.
@Suite struct NightColumnTests {
    /// The coordinator's gate template and patrol, with the night column as given.
    static func templates(_ eve: String, _ night: String, _ patrol: String, english: Bool = false) -> CSVFile {
        let header = english ? "template_id,template_name,shift,shift_name,start,end,night"
                             : "模板编号,模板名称,班次,班次名称,开始,结束,夜班"
        let text = """
            \(header)
            T-gate,卡点三班倒,day,白班,08:00,16:00,
            T-gate,卡点三班倒,eve,中班,16:00,24:00,\(eve)
            T-gate,卡点三班倒,night,夜班,00:00,08:00,\(night)
            T-patrol,巡逻,night,夜间巡逻,20:00,02:00,\(patrol)

            """
        return CSVFile(name: "班次模板.csv", bytes: Array(text.utf8))
    }

    func read(_ files: [CSVFile]) throws -> Directory {
        switch Importer().read(files) {
        case let .success(result): return result.imported
        case let .failure(failure):
            Issue.record("import failed: \(failure.issues.map { $0.text(.en) })")
            throw failure
        }
    }

    func shift(_ d: Directory, _ template: String, _ code: String) throws -> ShiftDefinition {
        try #require(d.shiftTemplates.first { $0.id.rawValue == template }?.shift(code))
    }

    @Test func anEmptyColumnLeavesItToTheDefault() throws {
        let d = try read([Self.templates("", "", "")])
        #expect(try shift(d, "T-gate", "eve").night == nil)
        #expect(try !shift(d, "T-gate", "eve").isNight)
        #expect(try shift(d, "T-gate", "night").isNight)
        #expect(try shift(d, "T-patrol", "night").isNight)
        #expect(try !shift(d, "T-gate", "day").isNight)
    }

    @Test func theColumnOverridesTheDefaultBothWays() throws {
        let d = try read([Self.templates("是", "否", "no")])
        #expect(try shift(d, "T-gate", "eve").night == true && shift(d, "T-gate", "eve").isNight)
        #expect(try shift(d, "T-gate", "night").night == false && !shift(d, "T-gate", "night").isNight)
        #expect(try !shift(d, "T-patrol", "night").isNight)
        let en = try read([Self.templates("yes", "no", "", english: true)])
        #expect(try shift(en, "T-gate", "eve").isNight && !shift(en, "T-gate", "night").isNight)
        #expect(try shift(en, "T-patrol", "night").night == nil)
    }

    @Test func aFileWithoutTheColumnReadsAsBefore() throws {
        let text = "模板编号,模板名称,班次,班次名称,开始,结束\nT-gate,卡点三班倒,eve,中班,16:00,24:00\n"
        let d = try read([CSVFile(name: "班次模板.csv", bytes: Array(text.utf8))])
        #expect(try shift(d, "T-gate", "eve").night == nil)
    }

    @Test func anUnknownValueIsAProblemAtItsCell() {
        guard case let .failure(failure) = Importer().read([Self.templates("夜里", "", "")]) else {
            Issue.record("a bad night value was accepted")
            return
        }
        #expect(failure.issues.map { $0.text(.en) }
            == ["班次模板.csv:3:7: 夜班 (night): “夜里” is not understood; expected yes or no (empty: a night shift when more than half of it is in 22:00–06:00)"])
    }

    /// Export writes 是/否 where the file said so and leaves the rest empty: import → export →
    /// import keeps who decided, not only the outcome.
    @Test(arguments: Language.allCases)
    func exportWritesBackWhatWasRead(_ language: Language) throws {
        var d = Fixtures.tiny()
        d.shiftTemplates[0].shifts[1].night = true     // 15:00–23:00, not a night by default
        d.shiftTemplates[0].shifts[2].night = false    // 23:00–07:00, a night by default
        let files = try Exporter(language: language).files(d).map { CSVFile(name: $0.name, bytes: $0.data) }
        let text = String(decoding: try #require(files.first { $0.name.hasPrefix(Table.shiftTemplates.fileName(language)) }).bytes,
                          as: UTF8.self)
        let (yes, no) = language == .zh ? ("是", "否") : ("yes", "no")
        #expect(text.contains(",15:00,23:00,\(yes)\n") && text.contains(",23:00,07:00,\(no)\n") && text.contains(",07:00,15:00,\n"),
                "\(text)")
        let again = try read(files)
        #expect(again == d.sorted())
        #expect(try Exporter(language: language).files(again).map(\.data) == files.map(\.bytes))
    }
}
