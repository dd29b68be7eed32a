import DutyModel
import Foundation

/// A ``RosterStore`` kept in memory, for tests of everything above the store: the same
/// versions, conflicts, undo history and notices as the SQLite store (the store contract tests
/// run against both), and two things a real store does only by accident: a call made to fail
/// on purpose (``failNext(_:)``), and a second "terminal" on the same data (``connection(user:)``)
/// whose changes the first hears of as changes made elsewhere.
public final class MemoryStore: RosterStore, @unchecked Sendable {
    /// The OS user named in the changes this connection makes.
    public let user: String
    private let data: MemoryData

    public init(user: String = "test", directory: Directory = Directory()) {
        self.user = user
        data = MemoryData()
        if !directory.isEmpty { _ = try? save(directory, action: "import", basedOn: nil) }
    }

    private init(user: String, data: MemoryData) {
        self.user = user
        self.data = data
    }

    /// Another connection to the same data, as another terminal or process would have.
    public func connection(user: String) -> MemoryStore { MemoryStore(user: user, data: data) }

    /// A new store holding a copy of this one's data as it is now (history and all), changed
    /// apart from it from then on: one fixture set up once and copied for each of many tests.
    public func copy(user: String? = nil) -> MemoryStore {
        let copied = MemoryData()
        let state = data.withLock { $0 }
        copied.withLock { $0 = state }
        return MemoryStore(user: user ?? self.user, data: copied)
    }

    /// The next call to this store (of any connection) fails with `error` and changes nothing.
    public func failNext(_ error: StoreError) { data.withLock { $0.failure = error } }

    /// Every call fails with `error` (nil: works again), as a server that went down.
    public func setDown(_ error: StoreError?) { data.withLock { $0.down = error } }

    /// The next change is committed, and then `error` is thrown: the connection dropped before
    /// the reply came, so the caller cannot tell that it went in.
    public func loseNextReply(_ error: StoreError) { data.withLock { $0.lostReply = error } }

    // MARK: reading

    public func version() throws -> StoreVersion { try read { StoreVersion($0.changes.last?.number ?? 0) } }

    public func loadDirectory() throws -> Directory { try read { $0.directory.sorted() } }

    public func assignments(from: LocalDate, to: LocalDate) throws -> [Assignment] {
        try read { state in
            // Each one's sort key worked out once, and compared field by field without generic
            // tuples: the comparisons were most of the time a test spent here.
            let first = from.dayNumber, last = to.dayNumber
            var keyed: [(day: Int, post: String, shift: String, person: String, assignment: Assignment)] = []
            for a in state.assignments.values {
                let day = a.slot.date.dayNumber
                if day >= first && day <= last { keyed.append((day, a.slot.post.rawValue, a.slot.shift, a.person.rawValue, a)) }
            }
            keyed.sort { a, b in
                if a.day != b.day { return a.day < b.day }
                if a.post != b.post { return a.post < b.post }
                if a.shift != b.shift { return a.shift < b.shift }
                return a.person < b.person
            }
            return keyed.map { $0.assignment }
        }
    }

    public func checkInLog(dates: ClosedRange<LocalDate>?, person: PersonID?) throws -> [CheckInEntry] {
        try read { state in
            state.log.filter { entry in
                (dates?.contains(entry.record.slot.date) ?? true) && (person.map { $0 == entry.record.person } ?? true)
            }
        }
    }

    public func history() throws -> UndoHistory { try read { $0.history() } }

    public func changes(after version: StoreVersion) throws -> [ChangeNotice] {
        try read { $0.notices(after: version) }
    }

    // MARK: changing

    public func save(_ batch: Directory, action: String, basedOn: StoreVersion?) throws -> Commit<SaveSummary> {
        try write(action, basedOn, ChangeScope(people: Set(batch.people.map(\.id)))) { state, rows in
            var summary = SaveSummary()
            func each<T: Identifiable & Equatable & Sendable>(_ entity: MemoryRow.Entity, _ new: [T], _ old: inout [T],
                                                               _ name: (T) -> String) {
                for record in new {
                    let index = old.firstIndex { $0.id == record.id }
                    let previous = index.map { old[$0] }
                    if previous == record { summary.unchanged += 1; continue }
                    if let index { old[index] = record } else { old.append(record) }
                    rows.append(MemoryRow(entity: entity, id: name(record), before: previous, after: record))
                    if previous == nil { summary.added += 1 } else { summary.changed += 1 }
                }
            }
            each(.other, batch.organisations, &state.directory.organisations) { $0.id.rawValue }
            each(.other, batch.areas, &state.directory.areas) { $0.id.rawValue }
            each(.other, batch.compounds, &state.directory.compounds) { $0.id.rawValue }
            each(.other, batch.gates, &state.directory.gates) { $0.id.rawValue }
            each(.other, batch.buildings, &state.directory.buildings) { $0.id.rawValue }
            each(.person, batch.people, &state.directory.people) { $0.id.rawValue }
            each(.other, batch.shiftTemplates, &state.directory.shiftTemplates) { $0.id.rawValue }
            each(.other, batch.posts, &state.directory.posts) { $0.id.rawValue }
            return summary
        }
    }

    public func assign(_ assignment: Assignment, action: String, basedOn: StoreVersion?) throws -> Commit<Void> {
        try write(action, basedOn, ChangeScope(slots: [assignment.slot.id])) { state, rows in
            state.put(assignment, &rows)
        }
    }

    public func unassign(person: PersonID, slot: Slot, action: String, basedOn: StoreVersion?) throws -> Commit<Bool> {
        try write(action, basedOn, ChangeScope(slots: [slot.id])) { state, rows in
            state.take(person: person, slot: slot, &rows)
        }
    }

    public func apply(removing: [Assignment], adding: [Assignment], action: String,
                      basedOn: StoreVersion?) throws -> Commit<Void> {
        try write(action, basedOn, ChangeScope(slots: Set((removing + adding).map(\.slot.id)))) { state, rows in
            for old in removing where !state.take(person: old.person, slot: old.slot, &rows) {
                throw StoreError.rejected(reason: "\(old.person.rawValue) is not on \(old.slot.id.rawValue)")
            }
            for new in adding { state.put(new, &rows) }
        }
    }

    public func replaceAssignments(from: LocalDate, to: LocalDate, with assignments: [Assignment], action: String,
                                   updating person: PersonUpdate?, basedOn: StoreVersion?) throws -> Commit<RosterWrite> {
        for assignment in assignments where assignment.slot.date < from || to < assignment.slot.date {
            throw StoreError.outOfRange(assignment.slot.id.rawValue)
        }
        let scope = ChangeScope(dates: from...max(from, to), people: person.map { [$0.after.id] } ?? [], directory: true)
        return try write(action, basedOn, scope) { state, rows in
            if let person, person.before != person.after, let i = state.directory.people.firstIndex(where: { $0.id == person.after.id }) {
                state.directory.people[i] = person.after
                rows.append(MemoryRow(entity: .person, id: person.after.id.rawValue, before: person.before, after: person.after))
            }
            let wanted = Set(assignments.map(MemoryData.key))
            var result = RosterWrite()
            // By key, each worked out once (not in the comparisons).
            let gone = state.assignments.filter { key, old in
                old.slot.date >= from && old.slot.date <= to && !old.pinned && !wanted.contains(key)
            }
            for key in gone.keys.sorted() {
                guard let old = gone[key] else { continue }
                _ = state.take(person: old.person, slot: old.slot, &rows)
                result.removed += 1
            }
            for new in assignments {
                guard let old = state.assignments[MemoryData.key(new)] else {
                    state.put(new, &rows)
                    result.added += 1
                    continue
                }
                // A kept assignment takes the override given with it.
                if let override = new.override, old.override != override {
                    var kept = old
                    kept.override = override
                    state.put(kept, &rows)
                }
            }
            return result
        }
    }

    public func append(_ checkIns: [CheckIn], basedOn: StoreVersion?) throws -> Commit<Void> {
        try write("check-in", basedOn, ChangeScope(checkIns: Set(checkIns.map(\.id)))) { state, rows in
            for checkIn in checkIns { state.appendLog(checkIn, by: user, &rows) }
        }
    }

    public func registerWalkIn(_ person: Person, assignment: Assignment, checkIn: CheckIn,
                               basedOn: StoreVersion?) throws -> Commit<Void> {
        try write("walk-in", basedOn, ChangeScope(slots: [assignment.slot.id], people: [person.id], checkIns: [checkIn.id])) { state, rows in
            let previous = state.directory.people.first { $0.id == person.id }
            state.directory.people.removeAll { $0.id == person.id }
            state.directory.people.append(person)
            rows.append(MemoryRow(entity: .person, id: person.id.rawValue, before: previous, after: person))
            state.put(assignment, &rows)
            state.appendLog(checkIn, by: user, &rows)
        }
    }

    public func undo() throws -> Commit<UndoableChange?> { try replay(undo: true) }

    public func redo() throws -> Commit<UndoableChange?> { try replay(undo: false) }

    private func replay(undo: Bool) throws -> Commit<UndoableChange?> {
        try write(undo ? "undo" : "redo", nil, .none) { state, rows in
            let history = state.history()
            guard let target = history.newest(undo: undo, by: user),
                  let change = state.changes.first(where: { $0.number == target.change }) else { return nil }
            let touched = Set(change.rows.filter { $0.entity == .assignment || $0.entity == .person }.map(\.id))
            for later in state.changes where later.number > target.change && later.user != user {
                if let row = later.rows.first(where: { ($0.entity == .assignment || $0.entity == .person) && touched.contains($0.id) }) {
                    throw StoreError.undoBlocked(undo: undo, StoreConflict(entity: row.id, action: later.action, user: later.user,
                                                                          at: later.at, version: StoreVersion(later.number)))
                }
            }
            for row in undo ? change.rows.reversed() : change.rows {
                let wanted = undo ? row.before : row.after
                switch row.entity {
                case .assignment:
                    let present = (undo ? row.after : row.before) as? Assignment
                    if let present, wanted == nil { _ = state.take(person: present.person, slot: present.slot, &rows) }
                    if let next = wanted as? Assignment { state.put(next, &rows) }
                case .person:
                    guard let next = wanted as? Person, let i = state.directory.people.firstIndex(where: { $0.id == next.id })
                    else { continue }
                    rows.append(MemoryRow(entity: .person, id: next.id.rawValue, before: state.directory.people[i], after: next))
                    state.directory.people[i] = next
                case .checkIn, .other:
                    continue
                }
            }
            state.reverses = target.change
            return target
        }
    }

    // MARK: plumbing

    private func read<T>(_ body: (MemoryData.State) throws -> T) throws -> T {
        try data.withLock { state in
            if let down = state.down { throw down }
            if let failure = state.failure {
                state.failure = nil
                throw failure
            }
            return try body(state)
        }
    }

    /// One change: all or nothing, refused on a conflict, with its rows kept for undo.
    private func write<T: Sendable>(_ action: String, _ basedOn: StoreVersion?, _ scope: ChangeScope,
                                    _ body: (inout MemoryData.State, inout [MemoryRow]) throws -> T) throws -> Commit<T> {
        try data.withLock { state in
            if let down = state.down { throw down }
            if let failure = state.failure {
                state.failure = nil
                throw failure
            }
            var unseen: [ChangeNotice] = []
            if let basedOn {
                if let conflict = state.conflict(after: basedOn, touching: scope) { throw StoreError.conflict(conflict) }
                unseen = state.notices(after: basedOn)
            }
            var draft = state
            var rows: [MemoryRow] = []
            draft.reverses = nil
            let value = try body(&draft, &rows)
            if !rows.isEmpty {
                draft.clock += 1
                draft.changes.append(MemoryChange(number: (state.changes.last?.number ?? 0) + 1, action: action, user: user,
                                                  at: "2026-12-01T08:\(String(format: "%02d", draft.clock % 60)):00+08:00",
                                                  rows: rows, reverses: draft.reverses))
            }
            let lost = state.lostReply
            state = draft
            state.lostReply = nil
            if let lost { throw lost }
            return Commit(version: StoreVersion(state.changes.last?.number ?? 0), value: value, unseen: unseen)
        }
    }
}

/// One record changed by a change, before and after.
struct MemoryRow: @unchecked Sendable {
    enum Entity { case assignment, person, checkIn, other }
    var entity: Entity
    var id: String
    var before: Any?
    var after: Any?
}

struct MemoryChange: @unchecked Sendable {
    var number: Int64
    var action: String
    var user: String
    var at: String
    var rows: [MemoryRow]
    /// For an undo or redo: the change it reverses or repeats.
    var reverses: Int64?
}

/// The data every connection of a ``MemoryStore`` shares, behind a lock.
final class MemoryData: @unchecked Sendable {
    struct State {
        var directory = Directory()
        var assignments: [String: Assignment] = [:]
        var log: [CheckInEntry] = []
        var changes: [MemoryChange] = []
        var failure: StoreError?
        /// Every call fails with this until it is cleared (a server down).
        var down: StoreError?
        /// The next change goes in, and then this is thrown (the reply lost with the connection).
        var lostReply: StoreError?
        var clock = 0
        var reverses: Int64?

        mutating func put(_ assignment: Assignment, _ rows: inout [MemoryRow]) {
            let key = MemoryData.key(assignment)
            rows.append(MemoryRow(entity: .assignment, id: key, before: assignments[key], after: assignment))
            assignments[key] = assignment
        }

        mutating func take(person: PersonID, slot: Slot, _ rows: inout [MemoryRow]) -> Bool {
            let key = "\(slot.id.rawValue)/\(person.rawValue)"
            guard let old = assignments.removeValue(forKey: key) else { return false }
            rows.append(MemoryRow(entity: .assignment, id: key, before: old, after: nil))
            return true
        }

        mutating func appendLog(_ checkIn: CheckIn, by user: String, _ rows: inout [MemoryRow]) {
            log.append(CheckInEntry(seq: Int64(log.count + 1), record: checkIn, enteredBy: user, enteredAt: "2026-12-01T08:00:00+08:00"))
            rows.append(MemoryRow(entity: .checkIn, id: checkIn.id.rawValue, before: nil, after: checkIn))
        }

        /// The undo and redo stacks as the changes define them (the SQLite store's rule): a change of
        /// assignments and edits of existing people is undoable; an undo moves its change to redo,
        /// a redo back; any other change clears redo.
        func history() -> UndoHistory {
            var history = UndoHistory()
            for change in changes {
                if change.action == "undo", let target = change.reverses,
                   let original = history.undo.first(where: { $0.change == target }) {
                    history.undo.removeAll { $0.change == target }
                    history.redo.append(original)
                } else if change.action == "redo", let target = change.reverses,
                          let original = history.redo.first(where: { $0.change == target }) {
                    history.redo.removeAll { $0.change == target }
                    history.undo.append(original)
                } else if change.rows.allSatisfy({ $0.entity == .assignment || ($0.entity == .person && $0.before != nil && $0.after != nil) }) {
                    history.undo.append(UndoableChange(change: change.number, action: change.action, at: change.at, rows: change.rows.count,
                                                       user: change.user))
                    history.redo.removeAll()
                } else {
                    history.redo.removeAll()
                }
            }
            return history
        }

        func notices(after version: StoreVersion) -> [ChangeNotice] {
            changes.filter { $0.number > version.value }.map { change in
                ChangeNotice(version: StoreVersion(change.number), action: change.action, user: change.user, at: change.at,
                             kinds: Set(change.rows.map { row in
                                 switch row.entity {
                                 case .assignment: .roster
                                 case .person: .people
                                 case .checkIn: .checkIns
                                 case .other: .directory
                                 }
                             }))
            }
        }

        func conflict(after version: StoreVersion, touching scope: ChangeScope) -> StoreConflict? {
            for change in changes where change.number > version.value {
                for row in change.rows {
                    let hit: String?
                    switch row.entity {
                    case .person: hit = scope.directory || scope.people.contains(PersonID(rawValue: row.id)) ? row.id : nil
                    case .assignment:
                        let slot = ((row.after ?? row.before) as? Assignment)?.slot.id
                        hit = slot.flatMap { scope.covers(slot: $0) ? $0.rawValue : nil }
                    case .checkIn: hit = scope.checkIns.contains(CheckInID(rawValue: row.id)) ? row.id : nil
                    case .other: hit = scope.directory ? row.id : nil
                    }
                    if let hit {
                        return StoreConflict(entity: hit, action: change.action, user: change.user, at: change.at,
                                             version: StoreVersion(change.number))
                    }
                }
            }
            return nil
        }
    }

    private let lock = NSLock()
    private var state = State()

    static func key(_ a: Assignment) -> String { "\(a.slot.id.rawValue)/\(a.person.rawValue)" }

    func withLock<T>(_ body: (inout State) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&state)
    }
}
