import DutyModel

/// A value bound to a statement: the store writes integers (booleans as 0 and 1), text and NULL.
public enum SQLValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case text(String)
}

/// What can be bound to a `?` in the store's statements.
public protocol SQLArgument {
    var sqlValue: SQLValue { get }
}

extension String: SQLArgument { public var sqlValue: SQLValue { .text(self) } }
extension Int: SQLArgument { public var sqlValue: SQLValue { .integer(Int64(self)) } }
extension Int64: SQLArgument { public var sqlValue: SQLValue { .integer(self) } }
extension Bool: SQLArgument { public var sqlValue: SQLValue { .integer(self ? 1 : 0) } }
extension SQLValue: SQLArgument { public var sqlValue: SQLValue { self } }

/// One row of a result, read by position (a name lookup per row cost most of reading a city).
public protocol SQLRow {
    /// The column as text; nil for NULL.
    func text(_ column: Int) -> String?
    /// The column as an integer; nil for NULL.
    func integer(_ column: Int) -> Int64?
}

extension SQLRow {
    func string(_ column: Int) -> String { text(column) ?? "" }
    func int(_ column: Int) -> Int { Int(integer(column) ?? 0) }
    func optionalInt(_ column: Int) -> Int? { integer(column).map { Int($0) } }
    func bool(_ column: Int) -> Bool { (integer(column) ?? 0) != 0 }
    func optionalBool(_ column: Int) -> Bool? { integer(column).map { $0 != 0 } }
}

extension SQLRow {
    /// The column as the value to bind it again (a copy between stores): text, which each
    /// store takes into an integer column as that integer.
    func value(_ column: Int) -> SQLValue { text(column).map(SQLValue.text) ?? .null }
}

/// The statements of one transaction, on either store: the store's logic is written once over
/// this, with `?` for parameters; each database runs it in its own dialect.
public protocol SQLSession {
    /// Runs a statement that returns no rows; the number of rows it changed.
    @discardableResult
    func execute(_ sql: String, _ arguments: [(any SQLArgument)?]) throws -> Int
    /// Runs a script of several statements with no parameters (a migration).
    func script(_ sql: String) throws
    /// Runs a query and hands each row to `body` as it comes (rows are not kept).
    func each(_ sql: String, _ arguments: [(any SQLArgument)?], _ body: (any SQLRow) throws -> Void) throws
}

extension SQLSession {
    func execute(_ sql: String) throws { try execute(sql, []) }

    /// Every row, mapped.
    func all<T>(_ sql: String, _ arguments: [(any SQLArgument)?] = [], _ map: (any SQLRow) throws -> T) throws -> [T] {
        var result: [T] = []
        try each(sql, arguments) { result.append(try map($0)) }
        return result
    }

    /// The first row, mapped; nil when there is none.
    func one<T>(_ sql: String, _ arguments: [(any SQLArgument)?] = [], _ map: (any SQLRow) throws -> T?) throws -> T? {
        var result: T?
        var seen = false
        try each(sql, arguments) { row in
            guard !seen else { return }
            seen = true
            result = try map(row)
        }
        return result
    }

    /// The first column of the first row as an integer.
    func integer(_ sql: String, _ arguments: [(any SQLArgument)?] = []) throws -> Int64? {
        try one(sql, arguments) { $0.integer(0) }
    }
}

/// Transactions on one database: a read sees one consistent state; writes are serial across
/// every process on the database (SQLite's write lock, a PostgreSQL advisory lock), so that a
/// change's version check and its change number cannot race another writer.
public protocol SQLBackend: Sendable {
    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T
    /// A read of one statement, which sees one state by itself: on a server, one round trip
    /// rather than three (no BEGIN and COMMIT around it).
    func readOne<T>(_ body: (any SQLSession) throws -> T) throws -> T
    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T
    /// Where the database is, as the user named it (a path, or a URI without its password).
    var location: String { get }
    /// Tells other terminals of a change, inside its transaction (so only a committed change is heard).
    func announce(_ version: StoreVersion, _ db: any SQLSession) throws
    /// After rows were copied in with their own sequence numbers: moves the sequences past them.
    func copied(_ db: any SQLSession) throws
    /// Whether something may have been committed after `version` (see ``AppDatabase/mayHaveChanged(since:)``).
    func mayHaveChanged(since version: StoreVersion) -> Bool
}

extension SQLBackend {
    func readOne<T>(_ body: (any SQLSession) throws -> T) throws -> T { try read(body) }

    /// SQLite has no messages between processes: others poll the newest version.
    func announce(_ version: StoreVersion, _ db: any SQLSession) throws {}
    /// SQLite's AUTOINCREMENT follows the largest key inserted.
    func copied(_ db: any SQLSession) throws {}
    /// SQLite announces nothing: every look asks the file's newest version.
    func mayHaveChanged(since version: StoreVersion) -> Bool { true }
}
