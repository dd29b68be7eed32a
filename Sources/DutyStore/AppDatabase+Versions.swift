import DutyModel
import Foundation

extension AppDatabase {
    /// The newest change number in the audit log (every write transaction makes one).
    public func version() throws -> StoreVersion {
        try backend.readOne { db in try AppDatabase.version(db) }
    }

    /// On a server, false when the commits it announced since the last full look all lie at or
    /// before `version` (LISTEN/NOTIFY; at least every two seconds the answer is true, so that a
    /// lost notification delays a reload, never loses it). On SQLite, always true.
    public func mayHaveChanged(since version: StoreVersion) -> Bool {
        backend.mayHaveChanged(since: version)
    }

    static func version(_ db: any SQLSession) throws -> StoreVersion {
        StoreVersion(try db.integer("SELECT COALESCE(MAX(change_id), 0) FROM audit") ?? 0)
    }

    /// The changes after `version`, from the audit log, oldest first.
    public func changes(after version: StoreVersion) throws -> [ChangeNotice] {
        try backend.read { db in try AppDatabase.changes(db, after: version) }
    }

    static func changes(_ db: any SQLSession, after version: StoreVersion) throws -> [ChangeNotice] {
        notices(try rows(db, after: version))
    }

    /// One audit row as the version checks read it.
    struct ChangeRow {
        let change: Int64, action: String, user: String, at: String, entity: String, entityID: String
    }

    /// The audit rows after a change number, in the order they were written: by change, then
    /// row (the same order as `seq`, since change numbers grow with it), so that the range is
    /// read through the `audit_change` index. `ORDER BY seq` alone made SQLite scan the whole
    /// audit log on every change and every look at others' changes.
    static let changesSQL =
        "SELECT change_id, action, os_user, at, entity, entity_id FROM audit WHERE change_id > ? ORDER BY change_id, seq"

    /// The audit rows of every change after `version`, in the order they were written.
    static func rows(_ db: any SQLSession, after version: StoreVersion) throws -> [ChangeRow] {
        try db.all(changesSQL, [version.value]) { row in
            ChangeRow(change: row.integer(0) ?? 0, action: row.string(1), user: row.string(2), at: row.string(3),
                      entity: row.string(4), entityID: row.string(5))
        }
    }

    /// The rows grouped by change, each with the kinds of data it touched.
    static func notices(_ rows: [ChangeRow]) -> [ChangeNotice] {
        var notices: [ChangeNotice] = []
        for row in rows {
            let kind = ChangeKind(entity: row.entity)
            if let last = notices.last, last.version.value == row.change {
                notices[notices.count - 1].kinds.insert(kind)
            } else {
                notices.append(ChangeNotice(version: StoreVersion(row.change), action: row.action, user: row.user, at: row.at,
                                            kinds: [kind]))
            }
        }
        return notices
    }

    /// The first of `rows` that changed a slot or person `scope` covers, if any.
    static func conflict(_ rows: [ChangeRow], touching scope: ChangeScope) -> StoreConflict? {
        guard !scope.isEmpty else { return nil }
        for row in rows {
            let hit: String?
            switch row.entity {
            case "person":
                hit = scope.directory || scope.people.contains(PersonID(rawValue: row.entityID)) ? row.entityID : nil
            case "assignment":
                // `SLOT/PERSON`
                let slot = row.entityID.lastIndex(of: "/").map { String(row.entityID[..<$0]) } ?? row.entityID
                hit = scope.covers(slot: SlotID(rawValue: slot)) ? slot : nil
            case "check_in":
                hit = scope.checkIns.contains(CheckInID(rawValue: row.entityID)) ? row.entityID : nil
            default:
                hit = scope.directory ? row.entityID : nil
            }
            if let hit {
                return StoreConflict(entity: hit, action: row.action, user: row.user, at: row.at, version: StoreVersion(row.change))
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
