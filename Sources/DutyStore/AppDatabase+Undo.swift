import DutyModel
import Foundation

extension AppDatabase {
    /// Replays the audit log: a change pushes onto the undo stack (and clears redo); an undo
    /// moves its change to the redo stack; a redo moves it back.
    public func history() throws -> UndoHistory {
        try backend.read { db in try AppDatabase.history(db) }
    }

    static func history(_ db: any SQLSession) throws -> UndoHistory {
        struct Group { let id: Int64, action: String, at: String, rows: Int, reverses: Int64?, other: Int, user: String }
        let rows = try db.all("""
            SELECT change_id, MIN(action) AS action, MIN(os_user) AS os_user, MIN(at) AS at, COUNT(*) AS rows,
                   MAX(reverses) AS reverses,
                   SUM(CASE WHEN entity = 'assignment' OR (entity = 'person' AND before IS NOT NULL AND after IS NOT NULL)
                       THEN 0 ELSE 1 END) AS other
            FROM audit WHERE change_id IS NOT NULL GROUP BY change_id ORDER BY change_id
            """) { row in
            Group(id: row.integer(0) ?? 0, action: row.string(1), at: row.string(3), rows: row.int(4), reverses: row.integer(5),
                  other: row.int(6), user: row.string(2))
        }
        var history = UndoHistory()
        var byID: [Int64: UndoableChange] = [:]
        for row in rows {
            let id = row.id, action = row.action
            if action == "undo", let target = row.reverses, let change = byID[target] {
                history.undo.removeAll { $0.change == target }
                history.redo.append(change)
            } else if action == "redo", let target = row.reverses, let change = byID[target] {
                history.redo.removeAll { $0.change == target }
                history.undo.append(change)
            } else if row.other == 0 {
                let change = UndoableChange(change: id, action: action, at: row.at, rows: row.rows, user: row.user)
                byID[id] = change
                history.undo.append(change)
                history.redo.removeAll()
            } else {
                history.redo.removeAll()
            }
        }
        return history
    }

    /// Reverses the newest change still on the undo stack, in one transaction; nil when
    /// there is nothing to undo.
    @discardableResult
    public func undo() throws -> Commit<UndoableChange?> {
        try replay(undo: true)
    }

    /// Repeats the newest undone change; nil when there is nothing to redo.
    @discardableResult
    public func redo() throws -> Commit<UndoableChange?> {
        try replay(undo: false)
    }

    private func replay(undo: Bool) throws -> Commit<UndoableChange?> {
        try commit(basedOn: nil, touching: .none) { db in
            let history = try AppDatabase.history(db)
            guard let target = history.newest(undo: undo, by: user) else { return nil }
            // Refused when someone else changed, after it, a record it touched.
            let later = try db.all("""
                SELECT later.change_id, later.action, later.os_user, later.at, later.entity_id FROM audit later
                JOIN audit mine ON mine.entity = later.entity AND mine.entity_id = later.entity_id
                WHERE mine.change_id = ? AND later.change_id > ? AND later.os_user <> ?
                  AND later.entity IN ('assignment', 'person')
                ORDER BY later.change_id LIMIT 1
                """, [target.change, target.change, user]) { row in
                StoreConflict(entity: row.string(4), action: row.string(1), user: row.string(2), at: row.string(3),
                              version: StoreVersion(row.integer(0) ?? 0))
            }
            if let blocked = later.first { throw StoreError.undoBlocked(undo: undo, blocked) }
            reversing.set(target.change)
            defer { reversing.set(nil) }
            struct Line { let entity: String, id: String, before: String?, after: String? }
            let rows = try db.all("SELECT entity, entity_id, before, after FROM audit WHERE change_id = ? ORDER BY seq",
                                  [target.change]) { row in
                Line(entity: row.string(0), id: row.string(1), before: row.text(2), after: row.text(3))
            }
            let at = timestamp
            let decoder = JSONDecoder()
            for row in undo ? rows.reversed() : rows {
                let entity = row.entity
                let wanted = undo ? row.before : row.after
                let present = undo ? row.after : row.before
                switch entity {
                case "assignment":
                    let now = try present.map { try decoder.decode(Assignment.self, from: Data($0.utf8)) }
                    let next = try wanted.map { try decoder.decode(Assignment.self, from: Data($0.utf8)) }
                    if let now, next == nil { try AppDatabase.delete(person: now.person, slot: now.slot, db) }
                    if let next { try AppDatabase.upsert(next, db) }
                    try audit(db, at: at, action: undo ? "undo" : "redo", entity: entity, id: row.id, before: now, after: next)
                case "person":
                    guard let wanted, let present else { continue }
                    let next = try decoder.decode(Person.self, from: Data(wanted.utf8))
                    let now = try decoder.decode(Person.self, from: Data(present.utf8))
                    try AppDatabase.write(person: next, existed: true, db)
                    try audit(db, at: at, action: undo ? "undo" : "redo", entity: entity, id: row.id, before: now, after: next)
                default:
                    continue
                }
            }
            return target
        }
    }
}
