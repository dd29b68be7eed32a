import DutyModel
import Foundation
import GRDB

extension AppDatabase {
    /// Replays the audit log: a change pushes onto the undo stack (and clears redo); an undo
    /// moves its change to the redo stack; a redo moves it back.
    public func history() throws -> UndoHistory {
        try writer.read { db in try AppDatabase.history(db) }
    }

    static func history(_ db: Database) throws -> UndoHistory {
        let rows = try Row.fetchAll(db, sql: """
            SELECT change_id, MIN(action) AS action, MAX(action) AS action2, MIN(at) AS at, COUNT(*) AS rows,
                   MAX(reverses) AS reverses,
                   SUM(CASE WHEN entity = 'assignment' OR (entity = 'person' AND before IS NOT NULL AND after IS NOT NULL)
                       THEN 0 ELSE 1 END) AS other
            FROM audit WHERE change_id IS NOT NULL GROUP BY change_id ORDER BY change_id
            """)
        var history = UndoHistory()
        var byID: [Int64: UndoableChange] = [:]
        for row in rows {
            let id: Int64 = row["change_id"]
            let action: String = row["action"]
            if action == "undo", let target: Int64 = row["reverses"], let change = byID[target] {
                history.undo.removeAll { $0.change == target }
                history.redo.append(change)
            } else if action == "redo", let target: Int64 = row["reverses"], let change = byID[target] {
                history.redo.removeAll { $0.change == target }
                history.undo.append(change)
            } else if (row["other"] as Int) == 0 {
                let change = UndoableChange(change: id, action: action, at: row["at"], rows: row["rows"])
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
            guard let target = undo ? history.undo.last : history.redo.last else { return nil }
            reversing.set(target.change)
            defer { reversing.set(nil) }
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE change_id = ? ORDER BY seq",
                                        arguments: [target.change])
            let at = timestamp
            let decoder = JSONDecoder()
            for row in undo ? rows.reversed() : rows {
                let entity: String = row["entity"]
                let wanted: String? = undo ? row["before"] : row["after"]
                let present: String? = undo ? row["after"] : row["before"]
                switch entity {
                case "assignment":
                    let now = try present.map { try decoder.decode(Assignment.self, from: Data($0.utf8)) }
                    let next = try wanted.map { try decoder.decode(Assignment.self, from: Data($0.utf8)) }
                    if let now, next == nil { try AppDatabase.delete(person: now.person, slot: now.slot, db) }
                    if let next { try AppDatabase.upsert(next, db) }
                    try audit(db, at: at, action: undo ? "undo" : "redo", entity: entity, id: row["entity_id"], before: now, after: next)
                case "person":
                    guard let wanted, let present else { continue }
                    let next = try decoder.decode(Person.self, from: Data(wanted.utf8))
                    let now = try decoder.decode(Person.self, from: Data(present.utf8))
                    try AppDatabase.write(person: next, existed: true, db)
                    try audit(db, at: at, action: undo ? "undo" : "redo", entity: entity, id: row["entity_id"], before: now, after: next)
                default:
                    continue
                }
            }
            return target
        }
    }
}
