import DutyModel
@testable import DutyStore
import DutyTestSupport
import Foundation
import PostgresClient
import Testing

/// Who may change what, enforced by the server (issue 15, acceptance 3): each role's login,
/// connected directly as `psql` would be (no Zhiban in between), tries to add, change and remove
/// rows of its own compound and of another in every table; the policies allow exactly what the
/// role may do. Then the same through the store: a refusal is said and audited.
@Suite struct RowSecurityTests {
    /// A database with the tiny directory plus a second area (no compounds) and a roster and a
    /// check-in in each compound, and one login per role.
    final class Server {
        let url: String
        let owner: AppDatabase
        let logins: [String: String]  // key → login
        let suffix = String(UUID().uuidString.prefix(8)).lowercased()

        init() throws {
            url = try TestServer.freshDatabase()
            owner = try AppDatabase.open(location: url, create: true, user: nil)
            var directory = Fixtures.tiny()
            directory.areas.append(Area(id: "A2", name: "城关街道"))
            // Every kind of row in both compounds: a building, and someone like 欧阳晓燕 (roles,
            // evenings, leave) living in C2.
            directory.buildings.append(Building(id: "C2-B1", compound: "C2", name: "1号楼", households: 75))
            var neighbour = try #require(directory.people.first { $0.id == "P002" })
            neighbour.id = "P902"
            neighbour.compound = "C2"
            neighbour.building = nil
            directory.people.append(neighbour)
            _ = try owner.save(directory, action: "import", basedOn: nil)
            for compound in ["C1", "C2"] {
                let post = try #require(directory.posts.first { $0.compound.rawValue == compound })
                let template = try #require(directory.shiftTemplates.first { $0.id == post.template })
                let person = try #require(directory.people.first { $0.compound.rawValue == compound })
                let slot = Slot(post: post.id, date: Fixtures.date("2026-12-01"), shift: template.shifts[0].code)
                _ = try owner.assign(Assignment(person: person.id, slot: slot, source: .manual), action: "assign", basedOn: nil)
                _ = try owner.append(CheckIn(id: CheckIn.id(person: person.id, slot: slot), person: person.id, slot: slot,
                                             timeIn: LocalDateTime(date: slot.date, time: TimeOfDay(hour: 7, minute: 0) ?? .midnight),
                                             status: .onTime), basedOn: nil)
            }
            let users: [(String, StoreUser)] = [
                ("street", StoreUser(login: "", role: .street, area: "A1")),
                ("otherStreet", StoreUser(login: "", role: .street, area: "A2")),
                ("compound", StoreUser(login: "", role: .compound, compound: "C1")),
                ("desk", StoreUser(login: "", role: .desk, compound: "C1")),
                ("reader", StoreUser(login: "", role: .reader)),
            ]
            var logins: [String: String] = [:]
            for (key, var user) in users {
                user.login = "t\(key.lowercased())_\(suffix)"
                _ = try owner.addUser(user, password: nil)
                logins[key] = user.login
            }
            self.logins = logins
        }

        func url(as key: String) throws -> String {
            let login = try #require(logins[key])
            return url.replacingOccurrences(of: "postgresql://postgres@", with: "postgresql://\(login)@")
        }

        /// The rows of `table` in `compound`, as the owner sees them.
        func count(_ table: String, _ compound: String?) throws -> Int {
            let connection = try PostgresConnection(url)
            return Int(try connection.query("SELECT count(*) FROM \(table) WHERE \(RowSecurityTests.filter(table, compound))").text(0, 0) ?? "") ?? 0
        }
    }

    static func filter(_ table: String, _ compound: String?) -> String {
        guard let compound, let expression = PostgresRoles.tables.first(where: { $0.table == table })?.compound else {
            return table == "area" ? "id = 'A1'" : "true"
        }
        return "\(expression) = '\(compound)'"
    }

    enum Verb: String, CaseIterable { case add, change, remove }

    /// Tries `verb` on `table`'s rows of `compound` as the login, in a transaction rolled back:
    /// whether the server let it happen to every such row.
    static func tries(_ verb: Verb, _ table: String, _ compound: String?, on server: Server, as key: String) throws -> Bool {
        let connection = try PostgresConnection(try server.url(as: key))
        let rows = try server.count(table, compound)
        try #require(rows > 0, "the fixture has no \(table) rows of \(compound ?? "all")")
        let filter = RowSecurityTests.filter(table, compound)
        let column = AppDatabase.copiedTables.first { $0.table == table }?.columns.first ?? "id"
        try connection.run("BEGIN")
        let outcome = Result { () throws -> Bool in
            switch verb {
            case .add:
                // A copy of one of its rows; the policy is checked before the key (ON CONFLICT).
                _ = try connection.query("INSERT INTO \(table) SELECT * FROM \(table) WHERE \(filter) LIMIT 1 ON CONFLICT DO NOTHING")
                return true
            case .change:
                return try connection.query("UPDATE \(table) SET \(column) = \(column) WHERE \(filter)").affected == rows
            case .remove:
                return try connection.query("DELETE FROM \(table) WHERE \(filter)").affected == rows
            }
        }
        try connection.run("ROLLBACK")
        switch outcome {
        case .success(let did):
            return did
        case .failure(let error as PostgresError) where error.state == "23503":
            // The policy let it through; the data's integrity stopped it (rows still refer to it).
            return true
        case .failure(let error):
            let refused = (error as? PostgresError).map { $0.isPermissionDenied || $0.message.contains("row-level security") } ?? false
            #expect(refused, "\(table) \(verb): \(error)")
            return false
        }
    }

    /// What each role may do to a table's rows of C1 (its own for the compound and the desk) and
    /// of C2 (another compound of the same area).
    static func allowed(_ key: String, _ verb: Verb, _ table: String, _ compound: String?) -> Bool {
        let scoped = PostgresRoles.tables.first { $0.table == table }?.compound != nil
        switch key {
        case "street": return true
        case "otherStreet": return !scoped && table != "area"
        case "compound": return scoped && table != "compound" && compound == "C1"
        case "desk": return verb == .add && PostgresRoles.deskAdds.contains(table) && compound == "C1"
        default: return false
        }
    }

    @Test(arguments: ["street", "otherStreet", "compound", "desk", "reader"])
    func eachRoleChangesExactlyWhatItMayInEveryTable(_ key: String) throws {
        let server = try Server()
        for (table, expression) in PostgresRoles.tables {
            let compounds: [String?] = expression == nil ? [nil] : ["C1", "C2"]
            for compound in compounds {
                // The logs are append-only for everyone: only adding is a question of role.
                for verb in Verb.allCases where verb == .add || table != "check_in" {
                    let did = try RowSecurityTests.tries(verb, table, compound, on: server, as: key)
                    #expect(did == RowSecurityTests.allowed(key, verb, table, compound),
                            "\(key) \(verb) \(table) of \(compound ?? "all"): \(did ? "allowed" : "refused")")
                }
            }
        }
        // The audit log: everyone who changes anything adds its own rows, under no other name.
        let connection = try PostgresConnection(try server.url(as: key))
        let login = try #require(server.logins[key])
        for (name, allowed) in [(login, key != "reader"), ("postgres", false)] {
            let did: Bool
            do {
                _ = try connection.query("INSERT INTO audit (at, os_user, action, entity, entity_id, after) VALUES ('t', $1, 'x', 'y', 'z', '{}')",
                                         [.text(name)])
                did = true
            } catch { did = false }
            #expect(did == allowed, "\(key) adds an audit row as \(name)")
        }
    }

    /// Through the store: a coordinator's change to another compound's roster is refused with
    /// the store's message, changes nothing and is written down; its own compound's goes in.
    @Test func theStoreSaysAndAuditsARefusal() throws {
        let server = try Server()
        let coordinator = try AppDatabase.open(location: try server.url(as: "compound"), create: false)
        let roster = try server.owner.assignments(from: Fixtures.date("2026-12-01"), to: Fixtures.date("2026-12-01"))
        let directory = try server.owner.loadDirectory()
        func compound(_ a: Assignment) -> String? { directory.posts.first { $0.id == a.slot.post }?.compound.rawValue }
        let other = try #require(roster.first { compound($0) == "C2" })
        let own = try #require(roster.first { compound($0) == "C1" })
        let before = try server.owner.version()

        #expect(throws: StoreError.self) {
            try coordinator.unassign(person: other.person, slot: other.slot, action: "unassign", basedOn: nil)
        }
        do {
            _ = try coordinator.unassign(person: other.person, slot: other.slot, action: "unassign", basedOn: nil)
        } catch let error as StoreError {
            guard case .denied = error else { Issue.record("not a refusal: \(error)"); return }
            #expect(error.message.zh.contains("无权"))
        }
        #expect(try server.owner.version() == before)
        #expect(try server.owner.assignments(from: other.slot.date, to: other.slot.date).contains(other))
        let refusals = try server.owner.auditLog().filter { $0.entity == "refused" }
        #expect(refusals.count == 2 && refusals.allSatisfy { $0.user == server.logins["compound"] })

        let made = try coordinator.unassign(person: own.person, slot: own.slot, action: "unassign", basedOn: nil)
        #expect(made.value)
        #expect(try server.owner.auditLog().last?.user == server.logins["compound"])
    }
}
