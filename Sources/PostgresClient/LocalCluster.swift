import Foundation

/// A throwaway PostgreSQL server: `initdb` into a temporary folder, the server listening only
/// on a Unix socket in that folder, run as the `postgres` user when the caller is root (the
/// server refuses to run as root). For the tests and `zhiban bench desks`; stopped by ``stop()``.
public final class LocalCluster: @unchecked Sendable {
    /// The folder that holds the data directory, the socket and the server's log.
    public let folder: String
    private let binaries: String
    private let asPostgres: Bool
    private let lock = NSLock()
    private var running = false

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Makes and starts a cluster. `fsync` off makes tests quicker; a benchmark keeps it on.
    public init(fsync: Bool = false, maxConnections: Int = 300) throws {
        guard let bin = LocalCluster.binaries() else {
            throw Failure(description: "PostgreSQL's server programs (initdb, pg_ctl) are not installed: apt-get install postgresql")
        }
        binaries = bin
        asPostgres = getuid() == 0
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-pg-XXXXXX").path
        var buffer = Array(template.utf8CString)
        guard let made = mkdtemp(&buffer) else { throw Failure(description: "cannot make a temporary folder") }
        folder = String(cString: made)
        if asPostgres {
            try run("/bin/chown", ["postgres:postgres", folder], asServerUser: false)
        }
        try run("\(binaries)/initdb", ["-D", "\(folder)/data", "-U", "postgres", "--auth=trust", "-E", "UTF8",
                                        "--locale=C.UTF-8", "--no-instructions"], asServerUser: true)
        let settings = [
            "listen_addresses = ''",
            "unix_socket_directories = '\(folder)'",
            "max_connections = \(maxConnections)",
            "fsync = \(fsync ? "on" : "off")",
            "synchronous_commit = \(fsync ? "on" : "off")",
            "full_page_writes = \(fsync ? "on" : "off")",
            "shared_buffers = 64MB",
        ].joined(separator: "\n") + "\n"
        let config = "\(folder)/data/postgresql.auto.conf"
        let existing = (try? String(contentsOfFile: config, encoding: .utf8)) ?? ""
        do { try (existing + settings).write(toFile: config, atomically: false, encoding: .utf8) } catch {
            throw Failure(description: "cannot write \(config): \(error)")
        }
        try start()
    }

    deinit { stop() }

    /// A connection URI to `database` on this cluster, as the superuser unless `user` is given.
    public func url(database: String = "postgres", user: String = "postgres") -> String {
        let host = folder.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? folder
        return "postgresql://\(user)@/\(database)?host=\(host)"
    }

    /// Starts the server (after ``stop()`` or ``restart()``).
    public func start() throws {
        try run("\(binaries)/pg_ctl", ["-D", "\(folder)/data", "-l", "\(folder)/server.log", "-w", "-t", "60", "start"],
                asServerUser: true)
        lock.withLock { running = true }
    }

    /// Stops the server now (`-m immediate` is a crash, as `kill -9` of the server would be).
    public func stopServer(immediate: Bool = false) throws {
        try run("\(binaries)/pg_ctl", ["-D", "\(folder)/data", "-m", immediate ? "immediate" : "fast", "-w", "stop"],
                asServerUser: true)
        lock.withLock { running = false }
    }

    /// Stops the server if it runs and removes the folder. Safe to call again.
    public func stop() {
        let wasRunning = lock.withLock { () -> Bool in let was = running; running = false; return was }
        if wasRunning {
            try? run("\(binaries)/pg_ctl", ["-D", "\(folder)/data", "-m", "immediate", "-w", "stop"], asServerUser: true)
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Makes a database (a test's own, so tests do not see each other's data).
    public func createDatabase(_ name: String) throws {
        let connection = try PostgresConnection(url())
        try connection.run("CREATE DATABASE \(name)")
    }

    /// The newest installed server's programs (Debian keeps them per major version).
    static func binaries() -> String? {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
            .compactMap(Int.init).sorted(by: >)
        for version in versions where FileManager.default.isExecutableFile(atPath: "\(root)/\(version)/bin/initdb") {
            return "\(root)/\(version)/bin"
        }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        where FileManager.default.isExecutableFile(atPath: "\(dir)/initdb") {
            return String(dir)
        }
        return nil
    }

    /// The path of one of the server's client programs (`pg_dump`, `pg_restore`, `psql`).
    public static func program(_ name: String) -> String? {
        binaries().map { "\($0)/\(name)" }.flatMap { FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil }
    }

    private func run(_ program: String, _ arguments: [String], asServerUser: Bool) throws {
        let argv0 = asServerUser && asPostgres ? ["/usr/sbin/runuser", "-u", "postgres", "--", program] : [program]
        try LocalCluster.execute(argv0 + arguments, log: "\(folder)/tool.log")
    }

    /// Runs a program to its end (posix_spawn and waitpid: Foundation's `Process` could miss
    /// the exit of `runuser` and wait for ever), its output into `log`; its output in the error
    /// when it fails.
    public static func execute(_ all: [String], log: String) throws {
        let program = all[0]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = all.map { strdup($0) } + [nil]
        defer { for arg in argv { free(arg) } }
        let spawned = posix_spawn(&pid, all[0], &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw Failure(description: "cannot run \(program): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        guard exited == 0 else {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw Failure(description: "\((program as NSString).lastPathComponent) failed (\(exited)): \(text)")
        }
    }
}
