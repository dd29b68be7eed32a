import DutyModel
import Foundation

extension AppDatabase {
    /// Whether `location` names a PostgreSQL server (`postgresql://…` or `postgres://…`) rather
    /// than an SQLite file.
    public static func isServer(_ location: String) -> Bool {
        location.hasPrefix("postgresql://") || location.hasPrefix("postgres://")
    }

    /// Opens the store `location` names: a PostgreSQL server for a `postgresql://` URI, else the
    /// SQLite file at that path (see ``open(path:create:user:clock:)``).
    public static func open(location: String, create: Bool, user: String? = nil,
                            clock: @escaping @Sendable () -> Date = { Date() }) throws(StoreError) -> AppDatabase {
        if isServer(location) { return try openServer(url: location, create: create, user: user, clock: clock) }
        return try open(path: location, create: create, user: user ?? osUser(), clock: clock)
    }

    /// Connects to the Zhiban database on a PostgreSQL server. With `create` (`zhiban init`), makes
    /// the schema on an empty database; without, a database with no Zhiban schema is an error.
    /// Pending migrations run either way, as on SQLite. Audit rows name `user`, else the login.
    public static func openServer(url: String, create: Bool, user: String? = nil,
                                  clock: @escaping @Sendable () -> Date = { Date() }) throws(StoreError) -> AppDatabase {
        do {
            let backend = try PostgresBackend(url: url)
            if try !PostgresSchema.isPresent(backend) && !create { throw StoreError.notInitialised(path: backend.location) }
            try PostgresSchema.migrate(backend)
            let login = try user ?? backend.read { db in try db.one("SELECT session_user") { $0.text(0) } } ?? osUser()
            return AppDatabase(backend: backend, user: login, clock: clock)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .unreachable(server: PostgresBackend.redacted(url), reason: "\(error)")
        }
    }

    /// Whether a Zhiban database is at `location` already: the file exists, or the server's
    /// database holds the schema. True when the server cannot be asked (opening it then says why).
    public static func exists(location: String) -> Bool {
        guard isServer(location) else { return FileManager.default.fileExists(atPath: location) }
        guard let backend = try? PostgresBackend(url: location), let present = try? PostgresSchema.isPresent(backend) else {
            return true
        }
        return present
    }

    /// The migrations applied to this database, in order.
    public func appliedMigrations() throws -> [String] {
        if let server = backend as? PostgresBackend { return try PostgresSchema.applied(server) }
        return try backend.read { db in try db.all("SELECT identifier FROM grdb_migrations") { $0.string(0) } }
    }
}
