import DutyModel
import Foundation
import GRDB

/// The one door to Zhiban's database, an SQLite file or a PostgreSQL server (the same logic
/// over ``SQLSession``, each in its dialect). Every write is one transaction and leaves an
/// audit record of what changed, by whom and when.
public final class AppDatabase: Sendable {
    let backend: any SQLBackend
    /// The OS user named in audit records.
    public let user: String
    let clock: @Sendable () -> Date
    /// The change number of the write transaction running now (set by `write`).
    let change = CurrentChange()
    /// For undo and redo: the change the rows being written reverse or repeat.
    let reversing = CurrentChange()

    init(writer: any DatabaseWriter, location: String, user: String, clock: @escaping @Sendable () -> Date) throws {
        backend = SQLiteBackend(writer: writer, location: location)
        self.user = user
        self.clock = clock
        try Migrations.migrator.migrate(writer)
    }

    init(backend: any SQLBackend, user: String, clock: @escaping @Sendable () -> Date) {
        self.backend = backend
        self.user = user
        self.clock = clock
    }

    /// A fresh database in memory (tests, demos).
    public static func inMemory(user: String = "test", clock: @escaping @Sendable () -> Date = { Date() }) throws -> AppDatabase {
        try AppDatabase(writer: DatabaseQueue(), location: ":memory:", user: user, clock: clock)
    }

    /// Where the database is: its path, or the server's URI without a password.
    public var location: String { backend.location }

    /// Opens the database at `path` in WAL mode. With `create`, makes it (mode 0600, in a
    /// 0700 folder) when missing; without, a missing file is an error.
    public static func open(path: String, create: Bool, user: String = AppDatabase.osUser(),
                            clock: @escaping @Sendable () -> Date = { Date() }) throws(StoreError) -> AppDatabase {
        let fm = FileManager.default
        if !fm.fileExists(atPath: path) {
            guard create else { throw .notInitialised(path: path) }
            let folder = (path as NSString).deletingLastPathComponent
            do {
                if !folder.isEmpty && !fm.fileExists(atPath: folder) {
                    try fm.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                           attributes: [.posixPermissions: 0o700])
                }
            } catch {
                throw .cannotCreate(path: path, reason: error.localizedDescription)
            }
            let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
            guard fd >= 0 else { throw .cannotCreate(path: path, reason: String(cString: strerror(errno))) }
            close(fd)
        }
        do {
            var config = Configuration()
            config.foreignKeysEnabled = true
            config.busyMode = .timeout(5)
            let pool = try DatabasePool(path: path, configuration: config)
            return try AppDatabase(writer: pool, location: path, user: user, clock: clock)
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// The login name of the user running Zhiban.
    public static func osUser() -> String {
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }

    /// Runs one change as a write transaction: refuses it when what it touches was changed
    /// after `basedOn` (``StoreError/conflict(_:)``), names the others' changes since then, and
    /// returns the version it made. Every audit row it writes carries one change number.
    func commit<T: Sendable>(basedOn: StoreVersion?, touching scope: ChangeScope,
                             _ body: (any SQLSession) throws -> T) throws -> Commit<T> {
        do {
            return try write(basedOn: basedOn, touching: scope, body)
        } catch StoreError.denied(let reason) {
            // Refused for this login's role: written down, then said.
            auditRefusal(action: "refused", reason: reason)
            throw StoreError.denied(reason: reason)
        }
    }

    private func write<T: Sendable>(basedOn: StoreVersion?, touching scope: ChangeScope,
                                    _ body: (any SQLSession) throws -> T) throws -> Commit<T> {
        try backend.write { db in
            let number = try db.integer("SELECT COALESCE(MAX(change_id), 0) + 1 FROM audit") ?? 1
            var unseen: [ChangeNotice] = []
            if let basedOn {
                let since = try AppDatabase.rows(db, after: basedOn)
                if let conflict = AppDatabase.conflict(since, touching: scope) { throw StoreError.conflict(conflict) }
                unseen = AppDatabase.notices(since)
            }
            change.set(number)
            defer { change.set(nil) }
            let value = try body(db)
            // Writes are serial: the version is this change's number when it wrote anything,
            // else the newest before it (no query needed).
            let wrote = change.rowsWritten() > 0
            let version = StoreVersion(wrote ? number : number - 1)
            if wrote { try backend.announce(version, db) }
            return Commit(version: version, value: value, unseen: unseen)
        }
    }

    // MARK: audit

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    var timestamp: String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone.current
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: clock())
    }

    func audit<T: Encodable>(_ db: any SQLSession, at: String, action: String, entity: String, id: String,
                             before: T?, after: T?) throws {
        func json(_ value: T?) throws -> String? {
            guard let value else { return nil }
            return String(decoding: try AppDatabase.encoder.encode(value), as: UTF8.self)
        }
        try db.execute("""
            INSERT INTO audit (at, os_user, action, entity, entity_id, before, after, change_id, reverses)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [at, user, action, entity, id, try json(before), try json(after), change.get(), reversing.get()])
        change.wroteRow()
    }

    /// The audit log, newest last.
    public func auditLog() throws -> [AuditEntry] {
        try backend.read { db in
            try db.all("""
                SELECT seq, at, os_user, action, entity, entity_id, before, after, change_id, reverses FROM audit ORDER BY seq
                """) { row in
                AuditEntry(seq: row.integer(0) ?? 0, at: row.string(1), user: row.string(2), action: row.string(3),
                           entity: row.string(4), entityID: row.string(5), before: row.text(6), after: row.text(7),
                           change: row.integer(8), reverses: row.integer(9))
            }
        }
    }
}

/// One line of the audit log: when, who, what, and the record before and after (JSON).
public struct AuditEntry: Sendable, Hashable {
    public let seq: Int64
    public let at: String
    public let user: String
    public let action: String
    public let entity: String
    public let entityID: String
    public let before: String?
    public let after: String?
    /// The change (write transaction) the row belongs to; nil for rows written before v5.
    public var change: Int64? = nil
    /// For an undo or redo: the change it reverses or repeats.
    public var reverses: Int64? = nil
}

/// A number shared by the audit rows of the running write (writes are serial).
final class CurrentChange: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int64?

    private var rows = 0

    /// Starts (or ends, with nil) a change: its number, and no rows written yet.
    func set(_ new: Int64?) { lock.withLock { value = new; rows = 0 } }
    func get() -> Int64? { lock.withLock { value } }
    func wroteRow() { lock.withLock { if value != nil { rows += 1 } } }
    func rowsWritten() -> Int { lock.withLock { rows } }
}
/// The SQLite store is the application's store (docs/architecture.md).
extension AppDatabase: RosterStore {}
