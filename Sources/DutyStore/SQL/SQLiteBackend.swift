import DutyModel
import GRDB

/// The SQLite database through GRDB: WAL, one writer at a time, statements cached.
struct SQLiteBackend: SQLBackend {
    let writer: any DatabaseWriter
    let location: String

    func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try mapped { try writer.read { db in try body(SQLiteSession(db: db)) } }
    }

    func write<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try mapped { try writer.write { db in try body(SQLiteSession(db: db)) } }
    }

    private func mapped<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as DatabaseError {
            throw StoreError.rejected(reason: error.message ?? "\(error)")
        }
    }
}

struct SQLiteSession: SQLSession {
    let db: Database

    func execute(_ sql: String, _ arguments: [(any SQLArgument)?]) throws -> Int {
        try db.cachedStatement(sql: sql).execute(arguments: Self.arguments(arguments))
        return db.changesCount
    }

    func script(_ sql: String) throws { try db.execute(sql: sql) }

    func each(_ sql: String, _ arguments: [(any SQLArgument)?], _ body: (any SQLRow) throws -> Void) throws {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: Self.arguments(arguments))
        while let row = try rows.next() { try body(SQLiteRow(row: row)) }
    }

    static func arguments(_ values: [(any SQLArgument)?]) -> StatementArguments {
        StatementArguments(values.map { value -> DatabaseValue in
            switch value?.sqlValue ?? .null {
            case .null: .null
            case .integer(let n): n.databaseValue
            case .text(let s): s.databaseValue
            }
        })
    }
}

struct SQLiteRow: SQLRow {
    let row: Row

    func text(_ column: Int) -> String? {
        let value: DatabaseValue = row[column]
        if value.isNull { return nil }
        return String.fromDatabaseValue(value) ?? Int64.fromDatabaseValue(value).map(String.init)
    }

    func integer(_ column: Int) -> Int64? {
        let value: DatabaseValue = row[column]
        if value.isNull { return nil }
        return Int64.fromDatabaseValue(value) ?? String.fromDatabaseValue(value).flatMap { Int64($0) }
    }
}
