import Foundation

/// A point in a store's history: every committed change makes a newer version. Versions are
/// compared, never counted on to be consecutive (a server's sequence may skip).
public struct StoreVersion: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var value: Int64

    public init(_ value: Int64) { self.value = value }

    /// Before anything was stored.
    public static let origin = StoreVersion(0)

    public static func < (a: StoreVersion, b: StoreVersion) -> Bool { a.value < b.value }

    public var description: String { "v\(value)" }
}

/// A change that went in: the version it made, what it returned, and the changes after the
/// caller's `basedOn` that were made by others and did not conflict (so that the caller knows
/// whether what it shows is still the whole truth).
public struct Commit<Value: Sendable>: Sendable {
    public var version: StoreVersion
    public var value: Value
    /// Others' changes committed after `basedOn`, oldest first (empty when `basedOn` was nil).
    public var unseen: [ChangeNotice]

    public init(version: StoreVersion, value: Value, unseen: [ChangeNotice] = []) {
        self.version = version
        self.value = value
        self.unseen = unseen
    }
}

/// What kind of data a change touched.
public enum ChangeKind: String, Sendable, Hashable, Codable, CaseIterable {
    case roster, people, directory, checkIns
}

/// One committed change, as another terminal hears of it.
public struct ChangeNotice: Sendable, Hashable {
    public var version: StoreVersion
    /// The audit action (`assign`, `swap`, `solve`, `check-in`, `undo` …).
    public var action: String
    public var user: String
    /// When, as the store wrote it (ISO 8601).
    public var at: String
    public var kinds: Set<ChangeKind>

    public init(version: StoreVersion, action: String, user: String, at: String, kinds: Set<ChangeKind>) {
        self.version = version
        self.action = action
        self.user = user
        self.at = at
        self.kinds = kinds
    }
}

/// Why a change was refused: what it touched had been changed by someone else since the
/// version it was based on.
public struct StoreConflict: Sendable, Hashable {
    /// The slot (`POST@DATE@SHIFT`) or person ID changed meanwhile.
    public var entity: String
    public var action: String
    public var user: String
    public var at: String
    public var version: StoreVersion

    public init(entity: String, action: String, user: String, at: String, version: StoreVersion) {
        self.entity = entity
        self.action = action
        self.user = user
        self.at = at
        self.version = version
    }
}

/// A person's record changed alongside a roster write (the leave an absence adds).
public struct PersonUpdate: Sendable, Hashable {
    public var before: Person
    public var after: Person

    public init(before: Person, after: Person) {
        self.before = before
        self.after = after
    }
}

/// How many records a save added, changed and left as they were.
public struct SaveSummary: Sendable, Hashable {
    public var added = 0
    public var changed = 0
    public var unchanged = 0

    public init(added: Int = 0, changed: Int = 0, unchanged: Int = 0) {
        self.added = added
        self.changed = changed
        self.unchanged = unchanged
    }
}

/// What a roster write changed.
public struct RosterWrite: Sendable, Equatable {
    public var added = 0
    public var removed = 0

    public init(added: Int = 0, removed: Int = 0) {
        self.added = added
        self.removed = removed
    }
}

/// A change that can be undone or redone: one transaction of assignment changes or person
/// edits (imports, which create records, are not undone this way).
public struct UndoableChange: Sendable, Hashable {
    public let change: Int64
    public let action: String
    public let at: String
    public let rows: Int
    /// Who made it: undo and redo take a user's own changes only.
    public var user: String

    public init(change: Int64, action: String, at: String, rows: Int, user: String = "") {
        self.change = change
        self.action = action
        self.at = at
        self.rows = rows
        self.user = user
    }
}

extension UndoHistory {
    /// The newest change `user` may undo (their own), or redo.
    public func newest(undo: Bool, by user: String) -> UndoableChange? {
        (undo ? self.undo : redo).last { $0.user == user }
    }
}

extension UndoableChange {
    /// What undo or redo says it did ("已撤销：交换（4 条，2026-12-03 14:25）", "Undid: swap (4
    /// records, 2026-12-03 14:25)"), or that there was nothing to undo or redo. The action is
    /// named in words and the time is local, as a coordinator types it. The command line and
    /// the interface say the same.
    public static func report(_ change: UndoableChange?, undo: Bool, in timeZone: TimeZone = .current) -> Localized {
        guard let change else {
            return undo ? Localized(zh: "没有可撤销的修改", en: "Nothing to undo") : Localized(zh: "没有可重做的修改", en: "Nothing to redo")
        }
        let what = ChangeAction.name(change.action), when = LocalDateTime.shown(stamp: change.at, in: timeZone)
        return Localized(zh: "\(undo ? "已撤销" : "已重做")：\(what.zh)（\(change.rows) 条，\(when)）",
                         en: "\(undo ? "Undid" : "Redid"): \(what.en) (\(change.rows) records, \(when))")
    }
}

/// The undo and redo stacks, newest last.
public struct UndoHistory: Sendable, Hashable {
    public var undo: [UndoableChange] = []
    public var redo: [UndoableChange] = []

    public init(undo: [UndoableChange] = [], redo: [UndoableChange] = []) {
        self.undo = undo
        self.redo = redo
    }
}

extension ChangeNotice {
    /// Whether the change touched more than the check-in log (the roster, people, the directory):
    /// what a screen shows or a command worked out from may be stale.
    public var beyondCheckIns: Bool { !kinds.isSubset(of: [.checkIns]) }
}
