import DutyModel
import Foundation

/// A login on the server and what it may change.
public struct StoreUser: Sendable, Hashable {
    public var login: String
    public var role: StoreRole
    /// The street office's area.
    public var area: AreaID?
    /// The coordinator's or desk's compound.
    public var compound: CompoundID?

    public init(login: String, role: StoreRole, area: AreaID? = nil, compound: CompoundID? = nil) {
        self.login = login
        self.role = role
        self.area = area
        self.compound = compound
    }
}

extension AppDatabase {
    /// Whether this store is a PostgreSQL server (roles exist only there).
    public var isServer: Bool { backend is PostgresBackend }

    /// Creates the server login `user.login` (or takes the one there, e.g. made for another
    /// database of the cluster), puts it in its role's group and records its scope, as one
    /// audited change. Needs a login that may create roles (the database's owner).
    public func addUser(_ user: StoreUser, password: String?) throws -> Commit<Void> {
        guard isServer else {
            throw StoreError.rejected(reason: "logins and roles exist only on a PostgreSQL server; an SQLite file has one user")
        }
        let login = user.login
        guard !login.isEmpty, login.utf8.count <= 63, !login.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }),
              !login.hasPrefix("zhiban_"), !login.hasPrefix("pg_") else {
            throw StoreError.rejected(reason: "a login is 1 to 63 bytes, no control characters, not starting with zhiban_ or pg_")
        }
        switch user.role {
        case .street where user.area == nil: throw StoreError.rejected(reason: "the street office's login needs --area")
        case .compound where user.compound == nil, .desk where user.compound == nil:
            throw StoreError.rejected(reason: "a \(user.role.rawValue) login needs --compound")
        default: break
        }
        return try commit(basedOn: nil, touching: .none) { db in
            let exists = try db.integer("SELECT count(*) FROM pg_roles WHERE rolname = ?", [login]) ?? 0
            // Role statements take no parameters: the login is quoted by the server, once.
            let name = try db.one("SELECT quote_ident(?::text)", [login]) { $0.text(0) } ?? ""
            var statements = exists == 0 ? ["CREATE ROLE \(name) LOGIN"] : []
            if let password, let literal = try db.one("SELECT quote_literal(?::text)", [password], { $0.text(0) }) {
                statements.append("ALTER ROLE \(name) PASSWORD \(literal)")
            }
            statements += StoreRole.allCases.filter { $0 != user.role }.map { "REVOKE \($0.groupRole) FROM \(name)" }
            statements.append("GRANT \(user.role.groupRole) TO \(name)")
            try db.script(statements.joined(separator: "; "))
            let before = try db.one("SELECT role, area_id, compound_id FROM zhiban_user WHERE login = ?", [login]) { row in
                StoreUser(login: login, role: StoreRole(rawValue: row.string(0)) ?? .reader, area: row.optionalID(1),
                          compound: row.optionalID(2))
            }
            try db.execute("""
                INSERT INTO zhiban_user (login, role, area_id, compound_id) VALUES (?, ?, ?, ?)
                ON CONFLICT (login) DO UPDATE SET role = excluded.role, area_id = excluded.area_id, compound_id = excluded.compound_id
                """, [login, user.role.rawValue, user.role == .street ? user.area?.rawValue : nil,
                      user.role == .compound || user.role == .desk ? user.compound?.rawValue : nil])
            try audit(db, at: timestamp, action: "user-add", entity: "login", id: login,
                      before: before.map(AuditedUser.init), after: AuditedUser(user))
        }
    }

    /// The logins and their scopes, by login.
    public func users() throws -> [StoreUser] {
        guard isServer else { return [] }
        return try backend.read { db in
            try db.all("SELECT login, role, area_id, compound_id FROM zhiban_user ORDER BY login") { row in
                StoreUser(login: row.string(0), role: StoreRole(rawValue: row.string(1)) ?? .reader, area: row.optionalID(2),
                          compound: row.optionalID(3))
            }
        }
    }

    /// Writes down a change the server refused for this login's role, in a transaction of its
    /// own (the refused one was rolled back): who, what, when. It makes no version (no change
    /// number), so no screen reloads for it.
    public func auditRefusal(action: String, reason: String) {
        _ = try? backend.write { db in
            try db.execute("""
                INSERT INTO audit (at, os_user, action, entity, entity_id, before, after, change_id, reverses)
                VALUES (?, ?, ?, 'refused', ?, NULL, ?, NULL, NULL)
                """, [timestamp, user, action, user, String(reason.prefix(500))])
        }
    }
}

/// A login's scope as the audit log keeps it.
struct AuditedUser: Encodable {
    let role: String, area: String?, compound: String?
    init(_ user: StoreUser) {
        role = user.role.rawValue
        area = user.area?.rawValue
        compound = user.compound?.rawValue
    }
}
