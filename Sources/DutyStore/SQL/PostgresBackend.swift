import DutyModel
import Foundation
import PostgresClient

/// A PostgreSQL database through libpq (docs/decisions/0012). One connection, used under a
/// lock; a read is one REPEATABLE READ transaction (one consistent state, as a SQLite read);
/// a write takes the store's advisory lock first, so that writes are serial across every
/// process on the server, as SQLite's are, and announces its change with NOTIFY.
final class PostgresBackend: SQLBackend, @unchecked Sendable {
    let location: String
    private let url: String
    private let lock = NSLock()
    private var connection: PostgresConnection?

    /// The advisory lock every write takes (an arbitrary number: "zhiban" in letters).
    static let writeLock: Int64 = 0x7a6869_62616e
    /// The channel commits are announced on.
    static let channel = "zhiban_changes"

    init(url: String) throws {
        let timed = PostgresBackend.withConnectTimeout(url)
        self.url = timed
        location = PostgresBackend.redacted(url)
        listener = Listener(url: timed)
        connection = try open()
    }

    private let listener: Listener

    func mayHaveChanged(since version: StoreVersion) -> Bool { listener.mayHaveChanged(since: version) }

    /// A URI that gives up connecting after five seconds unless it says otherwise (libpq waits
    /// for ever by default: a desk would freeze on a network that drops packets).
    static func withConnectTimeout(_ url: String) -> String {
        guard !url.contains("connect_timeout") else { return url }
        return url + (url.contains("?") ? "&" : "?") + "connect_timeout=5"
    }

    /// The URI without its password, for messages.
    static func redacted(_ url: String) -> String {
        guard var parts = URLComponents(string: url), parts.password != nil else { return url }
        parts.password = "…"
        return parts.string ?? url
    }

    private func open() throws -> PostgresConnection {
        do {
            let connection = try PostgresConnection(url)
            try connection.run("SET client_min_messages = warning")
            return connection
        } catch {
            throw StoreError.unreachable(server: location, reason: error.description)
        }
    }

    /// When connecting last failed: tried again only a second later, so that a screen's watch
    /// does not wait on a server that is down at every look.
    private var failedAt: ContinuousClock.Instant?

    /// The connection, made again when the last one was lost (the server restarted).
    private func live() throws -> PostgresConnection {
        if let connection, connection.isOpen { return connection }
        connection = nil
        if let failedAt, ContinuousClock.now - failedAt < .seconds(1) {
            throw StoreError.unreachable(server: location, reason: "not reachable a moment ago; trying again shortly")
        }
        do {
            let fresh = try open()
            connection = fresh
            failedAt = nil
            return fresh
        } catch {
            failedAt = .now
            throw error
        }
    }

    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    func readOne<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try transaction(nil, body)
    }

    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try transaction("BEGIN; SELECT pg_advisory_xact_lock(\(PostgresBackend.writeLock))", body)
    }

    /// `body` in a transaction `begin` opens (nil: one statement on its own, in autocommit).
    private func transaction<T>(_ begin: String?, _ body: (any SQLSession) throws -> T) throws -> T {
        try lock.withLock {
            do {
                guard let begin else {
                    // A lone read changes nothing: asked again on a new connection if the old one was lost.
                    return try onLiveConnection { try body(PostgresSession(connection: $0)) }
                }
                // Lost since the last call (the server restarted): nothing of the transaction ran
                // yet, so it begins again on a new connection.
                let connection = try onLiveConnection { connection in
                    try connection.run(begin)
                    return connection
                }
                do {
                    notify = nil
                    let value = try body(PostgresSession(connection: connection))
                    // A number, never text from outside: safe to spell in the statement.
                    try connection.run(notify.map { "SELECT pg_notify('\(PostgresBackend.channel)', '\($0.value)'); COMMIT" } ?? "COMMIT")
                    notify = nil
                    return value
                } catch {
                    if connection.isOpen { try? connection.run("ROLLBACK") }
                    throw error
                }
            } catch {
                throw mapped(error)
            }
        }
    }

    /// `work` on the live connection; once more on a new one when it finds the connection lost.
    /// Only for work that changed nothing when it failed.
    private func onLiveConnection<R>(_ work: (PostgresConnection) throws -> R) throws -> R {
        do {
            return try work(try live())
        } catch let error as PostgresError where error.isConnectionLost {
            connection = nil
            return try work(try live())
        }
    }

    /// The notification goes with the COMMIT, in one round trip (held under the lock of the
    /// transaction that set it).
    private var notify: StoreVersion?

    func announce(_ version: StoreVersion, _ db: any SQLSession) throws {
        notify = version
    }

    func copied(_ db: any SQLSession) throws {
        for table in ["check_in", "audit"] {
            _ = try db.integer("SELECT setval(pg_get_serial_sequence('\(table)', 'seq'), COALESCE(MAX(seq), 0) + 1, false) FROM \(table)")
        }
    }

    func mapped(_ error: any Error) -> any Error {
        guard let error = error as? PostgresError else { return error }
        if error.isConnectionLost { return StoreError.unreachable(server: location, reason: error.description) }
        if error.isPermissionDenied { return StoreError.denied(reason: error.description) }
        return StoreError.rejected(reason: error.description)
    }

    /// Runs a script outside the store's statements (migrations, role changes).
    func script(_ sql: String) throws {
        try lock.withLock {
            do { try live().run(sql) } catch { throw mapped(error) }
        }
    }
}

/// A transaction's statements on a PostgreSQL connection: `?` becomes `$1`, `$2` … (once per
/// statement text), values go as text, rows come back as text.
struct PostgresSession: SQLSession {
    let connection: PostgresConnection

    func execute(_ sql: String, _ arguments: [(any SQLArgument)?]) throws -> Int {
        try connection.query(PostgresSession.numbered(sql), PostgresSession.values(arguments)).affected
    }

    func script(_ sql: String) throws { try connection.run(sql) }

    func each(_ sql: String, _ arguments: [(any SQLArgument)?], _ body: (any SQLRow) throws -> Void) throws {
        let rows = try connection.query(PostgresSession.numbered(sql), PostgresSession.values(arguments))
        for index in 0..<rows.count { try body(PostgresRow(rows: rows, index: index)) }
    }

    static func values(_ arguments: [(any SQLArgument)?]) -> [PostgresValue] {
        arguments.map { argument in
            switch argument?.sqlValue ?? .null {
            case .null: .null
            case .integer(let n): .text(String(n))
            case .text(let s): .text(s)
            }
        }
    }

    private static let memo = NumberedMemo()

    /// The statement with its `?` numbered, quoted text and identifiers left alone.
    static func numbered(_ sql: String) -> String {
        if let known = memo.get(sql) { return known }
        var out = "", number = 0, quote: Character?
        for char in sql {
            if let open = quote {
                if char == open { quote = nil }
                out.append(char)
            } else if char == "'" || char == "\"" {
                quote = char
                out.append(char)
            } else if char == "?" {
                number += 1
                out += "$\(number)"
            } else {
                out.append(char)
            }
        }
        memo.set(sql, out)
        return out
    }
}

/// Statement texts already numbered (the store has a few dozen).
final class NumberedMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [String: String] = [:]
    func get(_ sql: String) -> String? { lock.withLock { known[sql] } }
    func set(_ sql: String, _ numbered: String) { lock.withLock { known[sql] = numbered } }
}

struct PostgresRow: SQLRow {
    let rows: PostgresRows
    let index: Int

    func text(_ column: Int) -> String? { rows.text(index, column) }
    func integer(_ column: Int) -> Int64? { rows.text(index, column).flatMap { Int64($0) } }
}

/// A second connection that LISTENs for commits: each NOTIFY carries the change number it made.
/// Asked without blocking (the notifications already on its socket); a lost connection, or two
/// seconds without a full look, answers "maybe", so a watch then asks the database itself.
final class Listener: @unchecked Sendable {
    private let url: String
    private let lock = NSLock()
    private var connection: PostgresConnection?
    private var heard = StoreVersion.origin
    private var lastFull = ContinuousClock.now
    /// When connecting was last tried without a connection made: tried again a second later
    /// (a watch looks every 250 ms, and a server away may take the connect timeout to say so).
    private var failedAt: ContinuousClock.Instant?
    static let fullLook: Duration = .seconds(2)

    /// Connects on the first question (a command that never watches makes no second connection).
    init(url: String) {
        self.url = url
    }

    private static func connect(_ url: String) -> PostgresConnection? {
        guard let connection = try? PostgresConnection(url), (try? connection.listen(PostgresBackend.channel)) != nil else { return nil }
        return connection
    }

    func mayHaveChanged(since version: StoreVersion) -> Bool {
        lock.withLock {
            if connection == nil || connection?.isOpen == false {
                // Newly listening: what was committed before is not heard, so ask.
                if let failedAt, ContinuousClock.now - failedAt < .seconds(1) { return true }
                connection = Listener.connect(url)
                failedAt = connection == nil ? .now : nil
                lastFull = .now
                return true
            }
            guard let connection, let payloads = try? connection.notifications() else {
                self.connection = nil
                return true
            }
            for payload in payloads { if let n = Int64(payload) { heard = max(heard, StoreVersion(n)) } }
            if ContinuousClock.now - lastFull >= Listener.fullLook {
                lastFull = .now
                return true
            }
            return heard > version
        }
    }
}
