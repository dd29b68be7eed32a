import DutyModel
import Foundation

extension AppDatabase {
    /// Puts a person on a slot (creating the slot row when needed), audited.
    @discardableResult
    public func assign(_ assignment: Assignment, action: String = "assign", basedOn: StoreVersion? = nil) throws -> Commit<Void> {
        try commit(basedOn: basedOn, touching: ChangeScope(slots: [assignment.slot.id])) { db in
            let slot = assignment.slot
            let before = try AppDatabase.assignment(db, person: assignment.person, slot: slot.id)
            try AppDatabase.upsert(assignment, db)
            try audit(db, at: timestamp, action: action, entity: "assignment",
                      id: "\(slot.id.rawValue)/\(assignment.person.rawValue)", before: before, after: assignment)
        }
    }

    /// Takes a person off a slot, audited. Returns false when they were not on it.
    @discardableResult
    public func unassign(person: PersonID, slot: Slot, action: String = "unassign",
                         basedOn: StoreVersion? = nil) throws -> Commit<Bool> {
        try commit(basedOn: basedOn, touching: ChangeScope(slots: [slot.id])) { db in
            guard let before = try AppDatabase.assignment(db, person: person, slot: slot.id) else { return false }
            try AppDatabase.delete(person: person, slot: slot, db)
            try audit(db, at: timestamp, action: action, entity: "assignment",
                      id: "\(slot.id.rawValue)/\(person.rawValue)", before: before, after: nil as Assignment?)
            return true
        }
    }

    /// Assignments on slots dated `from` … `to` (inclusive), by date, post, shift, person.
    public func assignments(from: LocalDate, to: LocalDate) throws -> [Assignment] {
        try backend.read { db in
            try AppDatabase.assignments(db, sql: """
                SELECT \(AppDatabase.assignmentColumns) FROM assignment a JOIN slot s ON s.id = a.slot_id
                WHERE s.date BETWEEN ? AND ? ORDER BY s.date, s.post_id, s.shift_code, a.person_id
                """, [from.description, to.description])
        }
    }

    /// The assignments a query of `assignmentColumns` gives, decoded from the statement's rows as
    /// they come (no copy of each row), with each date parsed once.
    static func assignments(_ db: any SQLSession, sql: String, _ arguments: [(any SQLArgument)?]) throws -> [Assignment] {
        var result: [Assignment] = [], dates = DateMemo()
        try db.each(sql, arguments) { row in
            if let assignment = assignment(row: row, dates: &dates) { result.append(assignment) }
        }
        return result
    }

    static func assignment(_ db: any SQLSession, person: PersonID, slot: SlotID) throws -> Assignment? {
        try db.one("""
            SELECT \(AppDatabase.assignmentColumns) FROM assignment a JOIN slot s ON s.id = a.slot_id
            WHERE a.slot_id = ? AND a.person_id = ?
            """, [slot.rawValue, person.rawValue]) { assignment(row: $0) }
    }

    /// The columns `assignment(row:)` reads, in its order (by position: a name is looked up
    /// case-insensitively for every row, which was most of the time of reading a city's roster).
    static let assignmentColumns =
        "a.person_id, a.pinned, a.source, a.override_reason, a.override_rules, a.replaces, s.post_id, s.date, s.shift_code"

    static func assignment(row: any SQLRow) -> Assignment? {
        var dates = DateMemo()
        return assignment(row: row, dates: &dates)
    }

    static func assignment(row: any SQLRow, dates: inout DateMemo) -> Assignment? {
        guard let date = dates.date(row.string(7)), let source = AssignmentSource(rawValue: row.string(2)) else {
            return nil
        }
        let reason = row.text(3), rules = row.text(4), replaces = row.text(5)
        return Assignment(person: PersonID(rawValue: row.string(0)),
                          slot: Slot(post: PostID(rawValue: row.string(6)), date: date, shift: row.string(8)),
                          pinned: row.bool(1), source: source,
                          override: reason.map { RuleOverride(reason: $0, rules: (rules ?? "").split(separator: ",").map(String.init)) },
                          replaces: replaces.map(PersonID.init(rawValue:)))
    }

    /// Appends a version to the check-in log (never overwritten: a check-out, correction or
    /// undo is a new version with the same `id`). Returns once it is committed. It is refused
    /// when someone else entered a version of the same record after `basedOn` (the caller's
    /// version would contradict one it never saw); other records never conflict.
    @discardableResult
    public func append(_ checkIn: CheckIn, basedOn: StoreVersion? = nil) throws -> Commit<Void> {
        try append([checkIn], basedOn: basedOn)
    }

    /// Appends versions to the check-in log as one change, all or nothing (a shift closed for
    /// everyone on it), refused as a whole when one of them contradicts a version someone else
    /// entered after `basedOn`.
    @discardableResult
    public func append(_ checkIns: [CheckIn], basedOn: StoreVersion? = nil) throws -> Commit<Void> {
        try commit(basedOn: basedOn, touching: ChangeScope(checkIns: Set(checkIns.map(\.id)))) { db in
            for checkIn in checkIns { try append(checkIn, db) }
        }
    }

    /// A walk-in volunteer registered at the desk: the new person, their assignment to the
    /// slot and their check-in, in one transaction (all or nothing).
    @discardableResult
    public func registerWalkIn(_ person: Person, assignment: Assignment, checkIn: CheckIn,
                               basedOn: StoreVersion? = nil) throws -> Commit<Void> {
        try commit(basedOn: basedOn, touching: ChangeScope(slots: [assignment.slot.id], people: [person.id], checkIns: [checkIn.id])) { db in
            _ = try save(Directory(people: [person]), action: "walk-in", db)
            let slot = assignment.slot
            try AppDatabase.ensure(slot, db)
            let before = try AppDatabase.assignment(db, person: assignment.person, slot: slot.id)
            try AppDatabase.upsert(assignment, db)
            try audit(db, at: timestamp, action: "walk-in", entity: "assignment",
                      id: "\(slot.id.rawValue)/\(assignment.person.rawValue)", before: before, after: assignment)
            try append(checkIn, db)
        }
    }

    func append(_ checkIn: CheckIn, _ db: any SQLSession) throws {
        let slot = checkIn.slot
        try AppDatabase.ensure(slot, db)
        let at = timestamp
        try db.execute("""
            INSERT INTO check_in (id, person_id, slot_id, time_in, time_out, status, reason, action, voided, entered_by, entered_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [checkIn.id.rawValue, checkIn.person.rawValue, slot.id.rawValue,
                             checkIn.timeIn?.description, checkIn.timeOut?.description, checkIn.status.rawValue,
                             checkIn.reason, checkIn.action.rawValue, checkIn.voided, user, at])
        try audit(db, at: at, action: "check-in", entity: "check_in", id: checkIn.id.rawValue,
                  before: nil as CheckIn?, after: checkIn)
    }

    /// The versions in the check-in log of the slots dated in `dates` and of `person` (all when
    /// nil), oldest first, with who entered them and when. A range is read through the slots'
    /// date index and the log's slot index, so its cost follows the days asked for, not the log.
    public func checkInLog(dates: ClosedRange<LocalDate>?, person: PersonID?) throws -> [CheckInEntry] {
        var conditions: [String] = [], arguments: [(any SQLArgument)?] = []
        if let dates {
            conditions.append("s.date BETWEEN ? AND ?")
            arguments += [dates.lowerBound.description, dates.upperBound.description] as [(any SQLArgument)?]
        }
        if let person {
            conditions.append("c.person_id = ?")
            arguments.append(person.rawValue)
        }
        return try backend.read { db in
            var entries: [CheckInEntry] = [], dates = DateMemo()
            try db.each(AppDatabase.checkInLogSQL(conditions), arguments) { row in
                // By position, in the order of `checkInColumns`, from the statement (no copy).
                guard let date = dates.date(row.string(13)), let status = CheckInStatus(rawValue: row.string(6)),
                      let action = CheckInAction(rawValue: row.string(8)) else {
                    throw StoreError.corrupt("check_in \(row.integer(0) ?? 0): date, status or action not understood")
                }
                let record = CheckIn(id: CheckInID(rawValue: row.string(1)), person: PersonID(rawValue: row.string(2)),
                                     slot: Slot(post: PostID(rawValue: row.string(12)), date: date, shift: row.string(14)),
                                     timeIn: row.text(4).flatMap { dates.time($0) },
                                     timeOut: row.text(5).flatMap { dates.time($0) },
                                     status: status, reason: row.string(7), action: action, voided: row.bool(9))
                entries.append(CheckInEntry(seq: row.integer(0) ?? 0, record: record, enteredBy: row.string(10),
                                            enteredAt: row.string(11)))
            }
            return entries
        }
    }

    /// The columns the log's rows are read from, by position.
    static let checkInColumns = "c.seq, c.id, c.person_id, c.slot_id, c.time_in, c.time_out, c.status, c.reason, c.action, "
        + "c.voided, c.entered_by, c.entered_at, s.post_id, s.date, s.shift_code"

    /// The log's query with `conditions` (on `s`, the slot, and `c`, the check-in) joined by AND.
    static func checkInLogSQL(_ conditions: [String]) -> String {
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return "SELECT \(checkInColumns) FROM check_in c JOIN slot s ON s.id = c.slot_id \(filter) ORDER BY c.seq"
    }

    /// Record counts per table, for summaries.
    public func counts() throws -> [String: Int] {
        try backend.read { db in
            var counts: [String: Int] = [:]
            for table in ["organisation", "area", "compound", "gate", "building", "person", "shift_template", "post",
                          "slot", "assignment", "check_in", "audit"] {
                counts[table] = Int(try db.integer("SELECT COUNT(*) FROM \(table)") ?? 0)
            }
            return counts
        }
    }
}

extension AppDatabase {
    /// Makes the unpinned assignments on slots dated `from` … `to` equal `assignments`, in
    /// one transaction with an audit row per assignment added or removed. Pinned assignments
    /// in the range stay whatever `assignments` says. Slots outside the range are untouched;
    /// an assignment outside it is an error and nothing is written.
    @discardableResult
    public func replaceAssignments(from: LocalDate, to: LocalDate, with assignments: [Assignment], action: String,
                                   updating person: PersonUpdate? = nil, basedOn: StoreVersion? = nil) throws -> Commit<RosterWrite> {
        for assignment in assignments where assignment.slot.date < from || to < assignment.slot.date {
            throw StoreError.outOfRange(assignment.slot.id.rawValue)
        }
        // Worked out from the whole directory: stale when any of it changed, as well as the days.
        let scope = ChangeScope(dates: from...max(from, to), people: person.map { [$0.after.id] } ?? [], directory: true)
        return try commit(basedOn: basedOn, touching: scope) { db in
            let at = timestamp
            // A person record that changes with the roster (e.g. the leave an absence adds).
            if let person, person.before != person.after {
                try AppDatabase.write(person: person.after, existed: true, db)
                try audit(db, at: at, action: action, entity: "person", id: person.after.id.rawValue,
                          before: person.before, after: person.after)
            }
            let existing = try AppDatabase.assignments(db, sql: """
                SELECT \(AppDatabase.assignmentColumns) FROM assignment a JOIN slot s ON s.id = a.slot_id
                WHERE s.date BETWEEN ? AND ?
                """, [from.description, to.description])
            let wanted = Set(assignments.map { "\($0.slot.id.rawValue)/\($0.person.rawValue)" })
            let have = Dictionary(existing.map { ("\($0.slot.id.rawValue)/\($0.person.rawValue)", $0) }, uniquingKeysWith: { a, _ in a })
            var result = RosterWrite()
            for old in existing where !old.pinned && !wanted.contains("\(old.slot.id.rawValue)/\(old.person.rawValue)") {
                try AppDatabase.delete(person: old.person, slot: old.slot, db)
                try audit(db, at: at, action: action, entity: "assignment", id: "\(old.slot.id.rawValue)/\(old.person.rawValue)",
                          before: old, after: nil as Assignment?)
                result.removed += 1
            }
            for new in assignments {
                let id = "\(new.slot.id.rawValue)/\(new.person.rawValue)"
                guard let old = have[id] else {
                    try AppDatabase.upsert(new, db)
                    try audit(db, at: at, action: action, entity: "assignment", id: id, before: nil as Assignment?, after: new)
                    result.added += 1
                    continue
                }
                // A kept assignment takes the override given with it (the coordinator's reason for the change).
                if let override = new.override, old.override != override {
                    var kept = old
                    kept.override = override
                    try AppDatabase.upsert(kept, db)
                    try audit(db, at: at, action: action, entity: "assignment", id: id, before: old, after: kept)
                }
            }
            return result
        }
    }
}

extension AppDatabase {
    /// Removes and adds assignments as one change (one transaction, one undo step), e.g. a swap.
    @discardableResult
    public func apply(removing removals: [Assignment], adding additions: [Assignment], action: String,
                      basedOn: StoreVersion? = nil) throws -> Commit<Void> {
        try commit(basedOn: basedOn, touching: ChangeScope(slots: Set((removals + additions).map(\.slot.id)))) { db in
            let at = timestamp
            for old in removals {
                guard let before = try AppDatabase.assignment(db, person: old.person, slot: old.slot.id) else {
                    throw StoreError.rejected(reason: "\(old.person.rawValue) is not on \(old.slot.id.rawValue)")
                }
                try AppDatabase.delete(person: old.person, slot: old.slot, db)
                try audit(db, at: at, action: action, entity: "assignment", id: "\(old.slot.id.rawValue)/\(old.person.rawValue)",
                          before: before, after: nil as Assignment?)
            }
            for new in additions {
                let slot = new.slot
                let before = try AppDatabase.assignment(db, person: new.person, slot: slot.id)
                try AppDatabase.upsert(new, db)
                try audit(db, at: at, action: action, entity: "assignment", id: "\(slot.id.rawValue)/\(new.person.rawValue)",
                          before: before, after: new)
            }
        }
    }
}

extension AppDatabase {
    /// Creates the slot's row when it is not there yet.
    static func ensure(_ slot: Slot, _ db: any SQLSession) throws {
        try db.execute("""
            INSERT INTO slot (id, post_id, date, shift_code) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO NOTHING
            """, [slot.id.rawValue, slot.post.rawValue, slot.date.description, slot.shift])
    }

    /// Puts the person on the slot, or updates pin and source when they are on it.
    static func upsert(_ assignment: Assignment, _ db: any SQLSession) throws {
        try ensure(assignment.slot, db)
        try db.execute("""
            INSERT INTO assignment (slot_id, person_id, pinned, source, override_reason, override_rules, replaces)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(slot_id, person_id) DO UPDATE SET pinned = excluded.pinned, source = excluded.source,
                override_reason = excluded.override_reason, override_rules = excluded.override_rules, replaces = excluded.replaces
            """, [assignment.slot.id.rawValue, assignment.person.rawValue, assignment.pinned,
                                     assignment.source.rawValue, assignment.override?.reason,
                                     assignment.override.map { $0.rules.joined(separator: ",") }, assignment.replaces?.rawValue])
    }

    /// Takes the person off the slot. On a server a policy hides a row this login may not
    /// remove (no error, no row): that is a refusal, never a removal audited but not made.
    static func delete(person: PersonID, slot: Slot, _ db: any SQLSession) throws {
        let removed = try db.execute("DELETE FROM assignment WHERE slot_id = ? AND person_id = ?", [slot.id.rawValue, person.rawValue])
        guard removed > 0 else {
            throw StoreError.denied(reason: "\(person.rawValue) on \(slot.id.rawValue): this login may not change that compound's roster")
        }
    }
}
