import DutyModel
import Foundation
import GRDB

/// What a change touches, for the conflict check: slots (by ID), every slot on some dates,
/// and people.
struct Touch: Sendable {
    var slots: Set<SlotID> = []
    var dates: ClosedRange<LocalDate>?
    var people: Set<PersonID> = []

    func covers(slot id: String) -> Bool {
        if slots.contains(SlotID(rawValue: id)) { return true }
        // `POST@YYYY-MM-DD@SHIFT`: the date is the middle part.
        guard let dates, let date = id.split(separator: "@").dropLast().last.flatMap({ LocalDate(parsing: String($0)) })
        else { return false }
        return dates.contains(date)
    }
}

extension AppDatabase {
    /// The newest change number in the audit log (every write transaction makes one).
    public func version() throws -> StoreVersion {
        try writer.read { db in try AppDatabase.version(db) }
    }

    static func version(_ db: Database) throws -> StoreVersion {
        StoreVersion(try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(change_id), 0) FROM audit") ?? 0)
    }

    /// The changes after `version`, from the audit log, oldest first.
    public func changes(after version: StoreVersion) throws -> [ChangeNotice] {
        try writer.read { db in try AppDatabase.changes(db, after: version) }
    }

    static func changes(_ db: Database, after version: StoreVersion) throws -> [ChangeNotice] {
        var notices: [ChangeNotice] = []
        for row in try Row.fetchAll(db, sql: """
            SELECT change_id, action, os_user, at, entity FROM audit WHERE change_id > ? ORDER BY change_id, seq
            """, arguments: [version.value]) {
            let number: Int64 = row["change_id"]
            let kind = ChangeKind(entity: row["entity"])
            if let last = notices.last, last.version.value == number {
                notices[notices.count - 1].kinds.insert(kind)
            } else {
                notices.append(ChangeNotice(version: StoreVersion(number), action: row["action"], user: row["os_user"],
                                            at: row["at"], kinds: [kind]))
            }
        }
        return notices
    }

    /// The first change after `version` to a slot or person `touch` covers, if any.
    static func conflict(_ db: Database, after version: StoreVersion, touching touch: Touch) throws -> StoreConflict? {
        guard !touch.slots.isEmpty || touch.dates != nil || !touch.people.isEmpty else { return nil }
        for row in try Row.fetchAll(db, sql: """
            SELECT change_id, action, os_user, at, entity, entity_id FROM audit
            WHERE change_id > ? AND entity IN ('assignment', 'person') ORDER BY seq
            """, arguments: [version.value]) {
            let entity: String = row["entity"], id: String = row["entity_id"]
            let hit: String?
            if entity == "person" {
                hit = touch.people.contains(PersonID(rawValue: id)) ? id : nil
            } else {
                // `SLOT/PERSON`
                let slot = id.lastIndex(of: "/").map { String(id[..<$0]) } ?? id
                hit = touch.covers(slot: slot) ? slot : nil
            }
            if let hit {
                return StoreConflict(entity: hit, action: row["action"], user: row["os_user"], at: row["at"],
                                     version: StoreVersion(row["change_id"]))
            }
        }
        return nil
    }
}

extension ChangeKind {
    /// The kind of an audit row's entity.
    init(entity: String) {
        switch entity {
        case "assignment": self = .roster
        case "person": self = .people
        case "check_in": self = .checkIns
        default: self = .directory
        }
    }
}
