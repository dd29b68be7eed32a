import Foundation
import PostgresClient

/// The PostgreSQL server the tests run against: the one `scripts/with-postgres.sh` started for
/// `make test` (its URI in `ZHIBAN_TEST_PG`), else a throwaway cluster this test process starts
/// on first use (initdb in a temporary folder, as the `postgres` user when root) and stops when
/// it exits. Every caller gets a database of its own, so tests running at once never meet.
public enum TestServer {
    private static let state = ServerState()

    /// A URI to a new, empty database on the test server.
    public static func freshDatabase() throws -> String {
        let base = try state.base()
        let name = "zt_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let connection = try PostgresConnection(base)
        try connection.run("CREATE DATABASE \(name)")
        return base.replacingOccurrences(of: "/postgres?", with: "/\(name)?")
    }

    /// The test server's superuser URI (to its `postgres` database).
    public static func superuserURL() throws -> String { try state.base() }

    /// The cluster this process started (nil when `ZHIBAN_TEST_PG` named one), for tests that
    /// stop and start the server.
    public static func ownCluster() throws -> LocalCluster? {
        _ = try state.base()
        return state.cluster
    }
}

private final class ServerState: @unchecked Sendable {
    private let lock = NSLock()
    private var url: String?
    private(set) var cluster: LocalCluster?

    func base() throws -> String {
        try lock.withLock {
            if let url { return url }
            if let given = ProcessInfo.processInfo.environment["ZHIBAN_TEST_PG"], !given.isEmpty {
                url = given
                return given
            }
            let started = try LocalCluster()
            cluster = started
            ServerState.started = started
            atexit { ServerState.started?.stop() }
            url = started.url()
            return started.url()
        }
    }

    /// For the exit handler, which cannot capture.
    nonisolated(unsafe) static var started: LocalCluster?
}
