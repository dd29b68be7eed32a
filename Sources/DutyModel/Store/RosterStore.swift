/// The stored data as the application reaches it: the directory, the roster, the check-in log
/// and the undo history. `DutyStore` implements it over one SQLite file; a test fake keeps it
/// in memory; a store over a network database is the next implementation (docs/architecture.md).
///
/// Three promises shape every call, so that a store across a network fits without changing
/// the callers:
/// - every call can fail (`throws`, with a ``StoreError`` a coordinator can act on);
/// - every change names the version of the data it was based on (`basedOn`), and a change to
///   a slot or a person that someone else changed since then is refused with who, what and
///   when (``StoreError/conflict(_:)``); a check-in is appended, and refused only when someone
///   else entered a version of the same record (person and slot) since;
/// - changes made elsewhere (another process, another terminal) are announced:
///   ``changes(after:)`` lists everything committed after a version, whoever made it.
///
/// Read ``version()`` before the data it goes with: a change that lands between the two is
/// then seen as a change after the version (a refusal to reload), never missed.
public protocol RosterStore: AnyObject, Sendable {
    // MARK: reading

    /// The newest committed version (cheap: callers poll it).
    func version() throws -> StoreVersion
    /// Whether something may have been committed after `version`, answered without asking the
    /// database when the store hears of commits (PostgreSQL's LISTEN/NOTIFY): false only when
    /// nothing was. A watch asks this before ``version()``.
    func mayHaveChanged(since version: StoreVersion) -> Bool
    /// Everything in the directory tables, sorted by ID.
    func loadDirectory() throws -> Directory
    /// Assignments on slots dated `from` … `to` (inclusive), by date, post, shift, person.
    func assignments(from: LocalDate, to: LocalDate) throws -> [Assignment]
    /// The versions in the check-in log of the slots dated in `dates` (every slot when nil)
    /// and of `person` (everyone when nil), oldest first, with who entered them and when.
    /// Read by range: the log grows with every shift, and a command or screen needs some days.
    func checkInLog(dates: ClosedRange<LocalDate>?, person: PersonID?) throws -> [CheckInEntry]
    /// The undo and redo stacks.
    func history() throws -> UndoHistory
    /// The changes committed after `version`, oldest first, by anyone.
    func changes(after version: StoreVersion) throws -> [ChangeNotice]

    // MARK: changing (each call is one transaction and, for the roster and people, one undo step)

    /// Adds or replaces the records of `batch`; records not in it are left alone.
    func save(_ batch: Directory, action: String, basedOn: StoreVersion?) throws -> Commit<SaveSummary>
    /// Puts a person on a slot, or updates their pin and source when they are on it.
    func assign(_ assignment: Assignment, action: String, basedOn: StoreVersion?) throws -> Commit<Void>
    /// Takes a person off a slot; the value is false when they were not on it.
    func unassign(person: PersonID, slot: Slot, action: String, basedOn: StoreVersion?) throws -> Commit<Bool>
    /// Removes and adds assignments as one change (a swap, a standby called up).
    func apply(removing: [Assignment], adding: [Assignment], action: String, basedOn: StoreVersion?) throws -> Commit<Void>
    /// Makes the unpinned assignments on slots dated `from` … `to` equal `assignments` (pinned
    /// ones stay), with a person's record changed alongside (the leave an absence adds). One
    /// already stored is left as it is, unless it is given with an override it does not carry
    /// (a coordinator's reason for the change, which may fall on an assignment it keeps): that
    /// override is stored on it. Refused when, after `basedOn`, someone else changed a slot on
    /// those days or any record of the directory (the roster was worked out from all of it).
    func replaceAssignments(from: LocalDate, to: LocalDate, with assignments: [Assignment], action: String,
                            updating person: PersonUpdate?, basedOn: StoreVersion?) throws -> Commit<RosterWrite>
    /// Appends versions to the check-in log as one change, all or nothing (a shift closed for
    /// everyone still on it); returns once they are committed. Refused when someone else
    /// entered a version of one of the same records after `basedOn`.
    func append(_ checkIns: [CheckIn], basedOn: StoreVersion?) throws -> Commit<Void>
    /// A walk-in: the new person, their assignment and their check-in, all or nothing.
    func registerWalkIn(_ person: Person, assignment: Assignment, checkIn: CheckIn,
                        basedOn: StoreVersion?) throws -> Commit<Void>
    /// Reverses the newest change on the undo stack; nil when there is none.
    func undo() throws -> Commit<UndoableChange?>
    /// Repeats the newest undone change; nil when there is none.
    func redo() throws -> Commit<UndoableChange?>
}

extension RosterStore {
    /// A store that hears of no commits may always have changed: ask ``version()``.
    public func mayHaveChanged(since version: StoreVersion) -> Bool { true }

    /// Appends one version to the check-in log (see ``append(_:basedOn:)-([CheckIn])``).
    public func append(_ checkIn: CheckIn, basedOn: StoreVersion?) throws -> Commit<Void> {
        try append([checkIn], basedOn: basedOn)
    }

    /// The whole check-in log, oldest first (an export, the log of every day).
    public func checkInLog() throws -> [CheckInEntry] {
        try checkInLog(dates: nil, person: nil)
    }

    /// The check-in log of the slots dated `dates`, oldest first.
    public func checkInLog(dates: ClosedRange<LocalDate>) throws -> [CheckInEntry] {
        try checkInLog(dates: dates, person: nil)
    }

    /// The newest version of every check-in record that is not withdrawn, by slot and person
    /// (of `person` only, when given).
    public func checkIns(of person: PersonID? = nil) throws -> [CheckIn] {
        CheckIn.inForceByDate(try checkInLog(dates: nil, person: person).map(\.record))
    }

    /// Assignments of `from` … `to`, the directory and the log of the slots dated in `log`
    /// (the same days when nil), with the version read first (see the type's notes).
    public func snapshot(from: LocalDate, to: LocalDate, log: ClosedRange<LocalDate>? = nil) throws -> StoreSnapshot {
        let version = try version()
        return StoreSnapshot(version: version, directory: try loadDirectory(), assignments: try assignments(from: from, to: to),
                             log: try checkInLog(dates: log ?? from...max(from, to)).map(\.record))
    }
}

extension CheckIn {
    /// The records in force in a log: the newest version of each, withdrawn ones left out.
    public static func inForce(_ log: [CheckIn]) -> [CheckInID: CheckIn] {
        var byID: [CheckInID: CheckIn] = [:]
        for version in log { byID[version.id] = version }
        return byID.filter { !$0.value.voided }
    }

    /// The records in force, by slot date, slot and person.
    public static func inForceByDate(_ log: [CheckIn]) -> [CheckIn] {
        // Sorted by keys made once (a slot's ID is spelled, a date counted), moving indices
        // rather than records: a city's day holds thousands of them.
        let records = Array(inForce(log).values)
        let keys = records.map { (day: $0.slot.date.dayNumber, slot: $0.slot.id.rawValue, person: $0.person.rawValue) }
        return records.indices.sorted { (keys[$0].day, keys[$0].slot, keys[$0].person) < (keys[$1].day, keys[$1].slot, keys[$1].person) }
            .map { records[$0] }
    }
}

/// What a screen loads: the data of some days, and the version it is.
public struct StoreSnapshot: Sendable, Equatable {
    public var version: StoreVersion
    public var directory: Directory
    public var assignments: [Assignment]
    /// The check-in log, oldest first.
    public var log: [CheckIn]

    public init(version: StoreVersion, directory: Directory, assignments: [Assignment], log: [CheckIn]) {
        self.version = version
        self.directory = directory
        self.assignments = assignments
        self.log = log
    }
}
