import DutyApp
import DutyModel
@testable import DutyRuntime
import DutyStore
import DutyTestSupport
import Foundation
import PostgresClient
import Testing

/// A desk cut off from the store (issue 15): its check-ins are kept on this machine, shown
/// marked unsent, and sent once the store is back, nothing lost and nothing doubled, also
/// across a restart of the desk.
@Suite struct UnsentCheckInTests {
    static let down = StoreError.unreachable(server: "postgresql://county/zhiban", reason: "Connection refused")

    func desk(_ store: MemoryStore, file: String?) throws -> Session {
        let options = { () -> SessionOptions in
            var options = SessionOptions(firstDay: SessionTests.firstDay, days: 7, language: .en, desk: DeskStart())
            options.unsentFile = file
            return options
        }()
        let session = try Session(store: store, options: options, clock: { SessionTests.morning }, output: SessionTests.Paper(),
                                  watchInterval: .zero)
        session.send(.resized(width: 100, height: 30))
        return session
    }

    func checkIn(_ session: Session, _ line: DeskLine) {
        SessionTests.type(session, line.person.id.rawValue)
        SessionTests.keys(session, [.enter])
    }

    @Test func checkInsWhileTheServerIsDownAreKeptShownAndSentOnceBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-unsent-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/unsent.json"
        let store = SessionTests.store()
        let session = try desk(store, file: file)
        let lines = session.state.deskLines.filter { $0.record == nil }
        try #require(lines.count >= 2)

        store.setDown(Self.down)
        checkIn(session, lines[0])
        checkIn(session, lines[1])
        // Shown as checked in, marked unsent; kept in the file (mode 0600); nothing in the store yet.
        #expect(session.state.desk.unsent.count == 2)
        #expect(session.state.status?.text.en.contains("kept on this machine") == true, "\(String(describing: session.state.status))")
        #expect(session.state.deskLines.first { $0.person.id == lines[0].person.id }?.record != nil)
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        store.setDown(nil)
        #expect(try store.checkInLog().isEmpty)

        // The desk is closed and opened again: the two are still there, marked unsent.
        let again = try desk(store, file: file)
        #expect(again.state.desk.unsent.count == 2)
        #expect(again.state.deskLines.filter { $0.record != nil }.count == 2)

        // Back: the next watch sends them, once each; the file goes.
        _ = again.poll()
        let log = try store.checkInLog().map(\.record)
        #expect(Set(log.map(\.person)) == [lines[0].person.id, lines[1].person.id] && log.count == 2)
        #expect(again.state.desk.unsent.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(again.state.status?.text.en.contains("Sent 2") == true)
        _ = again.poll()
        #expect(try store.checkInLog().count == 2)
    }

    /// The connection dropped after the check-in went in: kept as unsent, and not sent twice.
    @Test func aCheckInThatWentInBeforeTheReplyWasLostIsNotSentAgain() throws {
        let store = SessionTests.store()
        let session = try desk(store, file: nil)
        let line = try #require(session.state.deskLines.first { $0.record == nil })
        store.loseNextReply(Self.down)
        checkIn(session, line)
        #expect(session.state.desk.unsent.count == 1)
        #expect(try store.checkInLog().count == 1)
        _ = session.runner.sendUnsent(session.state, force: true).map(session.send)
        #expect(try store.checkInLog().count == 1)
        #expect(session.state.desk.unsent.isEmpty)
    }

    /// Meanwhile another desk checked the same person in: the kept one is refused and said, as a
    /// stale check-in at the desk is, and theirs stays.
    @Test func aKeptCheckInAnotherDeskContradictedIsRefusedAndSaid() throws {
        let store = SessionTests.store()
        let session = try desk(store, file: nil)
        let line = try #require(session.state.deskLines.first { $0.record == nil })
        store.setDown(Self.down)
        checkIn(session, line)
        store.setDown(nil)
        let early = LocalDateTime(minuteNumber: SessionTests.morning.minuteNumber - 5)
        let theirs = Desk(SessionTests.directory).checkIn(line.person.id, on: line.slot, at: early)
        _ = try store.connection(user: "李娜").append(theirs, basedOn: nil)
        _ = session.runner.sendUnsent(session.state, force: true).map(session.send)
        #expect(try store.checkInLog().map(\.record) == [theirs])
        #expect(session.state.desk.unsent.isEmpty)
        #expect(session.state.status?.isError == true)
        #expect(session.state.status?.text.en.contains("李娜 entered") == true, "\(String(describing: session.state.status))")
    }
}

/// The same on a real server, stopped and started again (a cluster of the test's own, so that
/// no other test loses its server).
@Suite struct UnsentOnAServerTests {
    @Test func aDeskKeepsItsCheckInsWhileTheServerIsStoppedAndSendsThemOnceItIsBack() throws {
        let cluster = try LocalCluster()
        defer { cluster.stop() }
        try cluster.createDatabase("desk")
        let store = try AppDatabase.open(location: cluster.url(database: "desk"), create: true, user: "王芳")
        _ = try store.save(SessionTests.directory, action: "import", basedOn: nil)
        _ = try store.replaceAssignments(from: SessionTests.firstDay, to: SessionTests.firstDay.adding(days: 6),
                                         with: SessionTests.roster, action: "solve", updating: nil, basedOn: nil)
        var options = SessionOptions(firstDay: SessionTests.firstDay, days: 7, language: .en, desk: DeskStart())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-unsent-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        options.unsentFile = folder + "/unsent.json"
        let session = try Session(store: store, options: options, clock: { SessionTests.morning }, output: SessionTests.Paper(),
                                  watchInterval: .zero)
        session.send(.resized(width: 100, height: 30))
        let lines = session.state.deskLines.filter { $0.record == nil }
        try #require(lines.count >= 3)

        try cluster.stopServer()
        for line in lines.prefix(3) {
            SessionTests.type(session, line.person.id.rawValue)
            SessionTests.keys(session, [.enter])
        }
        #expect(session.state.desk.unsent.count == 3)
        #expect(session.state.status?.text.en.contains("cannot be reached") == true, "\(String(describing: session.state.status))")
        _ = session.poll()  // still down: kept, not lost
        #expect(session.state.desk.unsent.count == 3)

        try cluster.start()
        let deadline = ContinuousClock.now + .seconds(10)
        while !session.state.desk.unsent.isEmpty && ContinuousClock.now < deadline {
            _ = session.poll()
            usleep(100_000)
        }
        #expect(session.state.desk.unsent.isEmpty)
        let log = try store.checkInLog().map(\.record)
        #expect(log.count == 3 && Set(log.map(\.person)) == Set(lines.prefix(3).map(\.person.id)))
        #expect(!FileManager.default.fileExists(atPath: options.unsentFile ?? ""))
    }
}
