import DutyApp
import DutyCLI
import DutyDocuments
import DutyEngine
import DutyModel
import DutyRuntime
import DutyTestSupport
import Foundation
import TerminalKit
import Testing

/// A no-show recorded from the command line is what the interface shows (issue 13: after
/// `zhiban noshow 黄丽`, the board and the slot still showed her on duty).
@Suite struct NoShowOnTheBoardTests {
    typealias C = CoordinatorCompound

    /// No paper here.
    final class Paper: DocumentOutput, @unchecked Sendable {
        func write(_ documents: [Document], file: String) throws(DocumentFailure) -> String { file }
        func send(_ documents: [Document]) throws(DocumentFailure) {}
    }

    @Test func aNoShowFromTheCommandLineShowsOnTheBoardAndTheSlot() throws {
        let tuesday = C.firstDay.adding(days: 1)
        let slot = Slot(post: PostID(rawValue: "C1-PUB"), date: tuesday, shift: "am")
        let store = MemoryStore(user: "王芳", directory: C.directory)
        _ = try store.replaceAssignments(from: C.firstDay, to: C.firstDay.adding(days: 6),
                                         with: [Assignment(person: C.person(named: "黄丽").id, slot: slot, source: .solver)],
                                         action: "solve", updating: nil, basedOn: nil)
        let console = Console(isTerminal: false) { _, _ in }
        try DeskRecords.noShow(store, "黄丽", post: nil, at: "2026-12-08 08:50", grace: 10, excused: false, reason: "", .zh, console)

        let morning = LocalDateTime(date: tuesday, time: Fixtures.time("09:00"))
        let session = try Session(store: store, options: SessionOptions(firstDay: C.firstDay, days: 7, language: .zh),
                                  clock: { morning }, output: Paper(), background: Background { _ in DutySearchOptions(seed: 1, steps: 100, threads: 1) })
        session.send(.resized(width: 120, height: 30))
        session.send(.key(.character("]")))
        let board = render(session.state).plainText
        #expect(board.contains("黄丽缺"), "\(board)")
        #expect(!board.contains("黄丽到"))
        // The slot says it too.
        while session.state.boardSlot != slot, session.state.board.cursor.row < 20 {
            session.send(.key(.down))
        }
        session.send(.key(.enter))
        #expect(session.state.slot?.lines.first { $0.isMember }?.actual?.zh == "缺岗", "\(render(session.state).plainText)")
    }
}
