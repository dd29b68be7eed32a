import DutyModel
import Foundation
import Testing

/// What the store keeps as codes and stamps, as a coordinator reads them: actions in words,
/// times local as typed, the system's reasons in Chinese.
@Suite struct StoreWordsTests {
    static let beijing = TimeZone(identifier: "Asia/Shanghai")!

    @Test func stampsAreLocalTimesAsTyped() {
        #expect(LocalDateTime.shown(stamp: "2026-12-03T06:25:21Z", in: Self.beijing) == "2026-12-03 14:25")
        #expect(LocalDateTime.shown(stamp: "2026-12-03T23:10:00+08:00", in: Self.beijing) == "2026-12-03 23:10")
        #expect(LocalDateTime.shown(stamp: "2026-12-31T20:00:00Z", in: Self.beijing) == "2027-01-01 04:00")
        #expect(LocalDateTime.shown(stamp: "2026-12-03T06:25:21Z", in: TimeZone(identifier: "UTC")!) == "2026-12-03 06:25")
        #expect(LocalDateTime.shown(stamp: "yesterday") == "yesterday")
    }

    /// Every action the commands and the interface store has words, in neither language its code.
    @Test(arguments: ["import", "assign", "unassign", "walk-in", "check-in", "solve", "replan", "bench", "demo", "tui", "edit",
                      "edit-person", "override", "swap", "standby", "undo", "redo"])
    func everyStoredActionHasWords(_ code: String) {
        let name = ChangeAction.name(code)
        #expect(name.zh.unicodeScalars.allSatisfy { !$0.isASCII })
        #expect(name.en != code || ["import", "walk-in", "swap", "undo", "redo"].contains(code))
    }

    @Test func aConflictNamesTheActionAndTheLocalTime() {
        let conflict = StoreConflict(entity: "C1-gate@2026-12-01@day", action: "standby", user: "李娜", at: "2026-12-03T06:25:21Z",
                                     version: StoreVersion(9))
        let message = StoreError.conflict(conflict).message
        #expect(message.zh.contains("（调替补）") && !message.zh.contains("standby") && !message.zh.contains("06:25:21Z"))
        #expect(message.en.contains("(standby called in)") && !message.en.contains("T06:25"))
    }

    @Test func theSystemsUsualReasonsInChinese() {
        #expect(SystemReason.chinese("Not a directory") == "路径中有一段不是文件夹")
        #expect(SystemReason.chinese("The operation could not be completed. The file doesn’t exist.") == "文件或文件夹不存在")
        #expect(SystemReason.chinese("The operation could not be completed. (NSCocoaErrorDomain error 512.)") == "系统未能完成这项操作")
        #expect(SystemReason.chinese("SQLite error 26: file is not a database - while executing …") == "这不是数据库文件")
        #expect(SystemReason.chinese("something else") == "something else")
    }
}
