import DutyCLI
import DutyModel
import DutyTestSupport
import Testing

/// Issue 14, point 10: a post named with an escape sequence (`ESC ] 2 ; … BEL` retitles the
/// terminal) is listed by `zhiban posts` and quoted in errors with the sequence shown, not sent.
@Suite struct TerminalSafeOutputTests {
    static let hostile = "东门\u{1B}]2;pwned\u{07}卡点"

    static func store() -> MemoryStore {
        var directory = Fixtures.tiny()
        directory.posts[0].name = hostile
        return MemoryStore(directory: directory)
    }

    @Test func postsShowsTheSequenceInsteadOfSendingIt() throws {
        let recording = Recording()
        try PostsCommand.run(Self.store(), compound: nil, kind: nil, .zh, recording.console)
        #expect(recording.output.contains("东门^[]2;pwned^G卡点"), "\(recording.output)")
        #expect(!recording.output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test func errorsQuotingDataShowTheSequence() {
        let error = CLIError("没有编号为 \(Self.hostile) 的岗位")
        #expect(error.description == "没有编号为 东门^[]2;pwned^G卡点 的岗位")
    }
}
