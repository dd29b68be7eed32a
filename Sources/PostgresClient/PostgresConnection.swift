import CLibPQ
import Foundation

/// A value bound to a statement's parameter, sent as text.
public enum PostgresValue: Sendable, Equatable {
    case null
    case text(String)
}

/// What the server or libpq said when a statement or connection failed.
public struct PostgresError: Error, Sendable, CustomStringConvertible {
    /// The five-character SQLSTATE (`23505` a unique key, `42501` no privilege …); empty when the
    /// connection itself failed.
    public let state: String
    public let message: String
    public let detail: String?

    public var description: String {
        [message, detail].compactMap { $0 }.joined(separator: ": ")
    }

    /// The connection is gone (the server stopped, the network dropped), not the statement refused.
    public var isConnectionLost: Bool { state.isEmpty || state.hasPrefix("08") || state == "57P01" || state == "57P02" || state == "57P03" }
    /// A row-level security policy or a missing privilege refused the statement.
    public var isPermissionDenied: Bool { state == "42501" }
}

/// The rows of one result, read by position as text (libpq's text format).
public final class PostgresRows {
    fileprivate let result: OpaquePointer
    public let count: Int
    public let columns: Int

    fileprivate init(_ result: OpaquePointer) {
        self.result = result
        count = Int(PQntuples(result))
        columns = Int(PQnfields(result))
    }

    deinit { PQclear(result) }

    /// The rows an INSERT, UPDATE or DELETE changed (a row-level security policy hides the
    /// rows it refuses: fewer than asked, without an error).
    public var affected: Int { PQcmdTuples(result).map { Int(String(cString: $0)) ?? 0 } ?? 0 }

    /// The value at `row`, `column`; nil for SQL NULL.
    public func text(_ row: Int, _ column: Int) -> String? {
        if PQgetisnull(result, Int32(row), Int32(column)) != 0 { return nil }
        guard let value = PQgetvalue(result, Int32(row), Int32(column)) else { return nil }
        return String(cString: value)
    }
}

/// One connection to a PostgreSQL server. Not shared between threads: its owner serialises use.
/// Statements are parameterised (`$1`, `$2` …, never values pasted into SQL) and prepared once
/// per connection.
public final class PostgresConnection {
    private let handle: OpaquePointer
    private var prepared: [String: String] = [:]

    /// Connects with a libpq connection string or `postgresql://` URI; `PG*` variables,
    /// `~/.pgpass` and service files apply as for `psql`.
    public init(_ conninfo: String) throws(PostgresError) {
        guard let handle = PQconnectdb(conninfo) else {
            throw PostgresError(state: "", message: "libpq could not allocate a connection", detail: nil)
        }
        self.handle = handle
        guard PQstatus(handle) == CONNECTION_OK else {
            // deinit finishes the handle (it runs for an object whose properties are all set).
            let message = Self.trimmed(PQerrorMessage(handle))
            throw PostgresError(state: "", message: message, detail: nil)
        }
        // Notices (a table already there, …) are the server's chatter, not the user's.
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
    }

    deinit { PQfinish(handle) }

    /// Whether the connection still works (false after the server went away).
    public var isOpen: Bool { PQstatus(handle) == CONNECTION_OK }

    /// Tries to connect again after the connection was lost.
    public func reset() -> Bool {
        PQreset(handle)
        prepared.removeAll()
        return isOpen
    }

    /// The server's process for this connection (what `pg_terminate_backend` takes).
    public var backendPID: Int32 { PQbackendPID(handle) }

    /// Runs statements with no parameters (a migration's script, `BEGIN`, `COMMIT`).
    public func run(_ sql: String) throws(PostgresError) {
        let result = PQexec(handle, sql)
        try check(result).map { PQclear($0) }
    }

    /// Runs a parameterised statement, prepared on first use, and returns its rows.
    @discardableResult
    public func query(_ sql: String, _ parameters: [PostgresValue] = []) throws(PostgresError) -> PostgresRows {
        let name: String
        if let known = prepared[sql] {
            name = known
        } else {
            name = "z\(prepared.count)"
            let result = PQprepare(handle, name, sql, 0, nil)
            try check(result).map { PQclear($0) }
            prepared[sql] = name
        }
        let result = Self.withCStrings(parameters) { values in
            PQexecPrepared(handle, name, Int32(parameters.count), values, nil, nil, 0)
        }
        guard let result = try check(result) else {
            throw PostgresError(state: "", message: "no result", detail: nil)
        }
        return PostgresRows(result)
    }

    /// Starts listening on `channel` (an identifier of letters, digits and underscores).
    public func listen(_ channel: String) throws(PostgresError) {
        try run("LISTEN \(channel)")
    }

    /// The payloads of the notifications that arrived, without blocking.
    public func notifications() throws(PostgresError) -> [String] {
        guard PQconsumeInput(handle) == 1 else {
            throw PostgresError(state: "", message: Self.trimmed(PQerrorMessage(handle)), detail: nil)
        }
        var payloads: [String] = []
        while let note = PQnotifies(handle) {
            payloads.append(String(cString: note.pointee.extra))
            PQfreemem(note)
        }
        return payloads
    }

    /// The connection's socket, to wait on for notifications.
    public var socket: Int32 { PQsocket(handle) }

    /// The result when it is a success; its error otherwise (and cleared).
    private func check(_ result: OpaquePointer?) throws(PostgresError) -> OpaquePointer? {
        guard let result else {
            throw PostgresError(state: "", message: Self.trimmed(PQerrorMessage(handle)), detail: nil)
        }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return result
        default:
            let field = { (code: Int32) -> String? in
                PQresultErrorField(result, code).map { String(cString: $0) }
            }
            let state = field(Int32(UInt8(ascii: "C"))) ?? ""  // PG_DIAG_SQLSTATE
            let message = field(Int32(UInt8(ascii: "M"))) ?? Self.trimmed(PQresultErrorMessage(result))  // PRIMARY
            let detail = field(Int32(UInt8(ascii: "D")))  // PG_DIAG_MESSAGE_DETAIL
            PQclear(result)
            throw PostgresError(state: state, message: message, detail: detail)
        }
    }

    private static func trimmed(_ text: UnsafePointer<CChar>?) -> String {
        guard let text else { return "" }
        return String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The parameters as C strings (NULL for SQL NULL), alive for the call.
    private static func withCStrings<R>(_ values: [PostgresValue], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
        let pointers: [UnsafeMutablePointer<CChar>?] = values.map { value in
            switch value {
            case .null: return nil
            case .text(let text): return strdup(text)
            }
        }
        defer { for pointer in pointers { free(pointer) } }
        return body(pointers.map { $0.map { UnsafePointer($0) } })
    }
}
