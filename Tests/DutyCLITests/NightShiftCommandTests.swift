import DutyCLI
import DutyModel
import DutyTestSupport
import Foundation
import Testing

/// `zhiban import` says which shifts count as night shifts and why; `zhiban posts` marks them.
@Suite struct NightShiftCommandTests {
    /// The coordinator's gate template (its 中班 16–24 said to be no night in the file) and patrol.
    static let templates = """
        模板编号,模板名称,班次,班次名称,开始,结束,夜班
        T-gate,卡点三班倒,day,白班,08:00,16:00,
        T-gate,卡点三班倒,eve,中班,16:00,24:00,
        T-gate,卡点三班倒,night,夜班,00:00,08:00,
        T-patrol,巡逻,day,日间巡逻,09:00,17:00,
        T-patrol,巡逻,night,夜间巡逻,20:00,02:00,否

        """

    func importing(_ l: Language) throws -> Recording {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("night-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.templates.utf8).write(to: folder.appendingPathComponent("班次模板.csv"))
        let recording = Recording()
        let store = MemoryStore(directory: Fixtures.tiny())
        let ok = try ImportCommand.run(paths: [folder.path], encoding: nil, dryRun: false, l, recording.console) { store }
        #expect(ok, "\(recording.errors)")
        return recording
    }

    @Test func importSaysWhichShiftsAreNightsAndWhy() throws {
        let zh = try importing(.zh).output
        #expect(zh.contains("""
            算作夜班（可值夜班=否的人不排，计入每周夜班上限）：
              T-gate 卡点三班倒 夜班 00:00–08:00：默认：8 小时中 6 小时在 22:00–06:00，超过一半
            不算夜班（部分时间在 22:00–06:00）：
              T-gate 卡点三班倒 中班 16:00–24:00：默认：8 小时中只有 2 小时在 22:00–06:00，未超过一半
              T-patrol 巡逻 夜间巡逻 20:00–02:00：表中指定
            """), "\(zh)")
        #expect(!zh.contains("白班") && !zh.contains("日间巡逻"))
        let en = try importing(.en).output
        #expect(en.contains("T-gate 卡点三班倒 中班 16:00–24:00: by default: only 2 of its 8 hours in 22:00–06:00, not more than half"),
                "\(en)")
        #expect(en.contains("T-patrol 巡逻 夜间巡逻 20:00–02:00: as the file says"))
    }

    @Test func postsMarkTheNightShifts() throws {
        let store = MemoryStore(directory: Fixtures.tiny())
        let recording = Recording()
        try PostsCommand.run(store, compound: nil, kind: "checkpoint", .zh, recording.console)
        #expect(recording.output.contains("07:00-15:00(2-3) 15:00-23:00(2-3) 23:00-07:00夜(3-4)"), "\(recording.output)")
        #expect(recording.output.contains("带“夜”的是夜班"))
        let health = Recording()
        try PostsCommand.run(store, compound: nil, kind: "health", .en, health.console)
        #expect(!health.output.contains("N:"), "\(health.output)")
    }
}
