import Foundation
import Synchronization

/// Values worked out from the state and kept between frames, each under a key that names
/// everything else it depends on. At most `limit` are kept; the oldest half goes when it is full.
///
/// A reference inside a value: copies of a state share it. That is right because a
/// ``RosterMemo`` is made anew whenever the roster or the directory changes, so two states that
/// share one have the same roster and directory, and the keys say the rest.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var values: [Key: Value] = [:]
    private var order: [Key] = []
    /// Keys whose value another thread is making now.
    private var making: Set<Key> = []
    let limit: Int

    init(limit: Int) { self.limit = max(1, limit) }

    /// The value kept under `key`, or `make()`'s, kept. `make` runs outside the lock (it may
    /// ask other memos); while one thread makes a key's value, another that asks for it waits
    /// for that value instead of making it again (the background prepares what a key will open).
    func value(_ key: Key, _ make: () -> Value) -> Value {
        condition.lock()
        while making.contains(key) { condition.wait() }
        if let kept = values[key] {
            condition.unlock()
            return kept
        }
        making.insert(key)
        condition.unlock()
        let made = make()
        condition.lock()
        defer {
            making.remove(key)
            condition.broadcast()
            condition.unlock()
        }
        if values[key] == nil {
            if order.count >= limit {
                let dropped = max(1, limit / 2)
                for old in order.prefix(dropped) { values[old] = nil }
                order.removeFirst(dropped)
            }
            order.append(key)
        }
        values[key] = made
        return made
    }

    /// Whether a value is kept under `key` (tests).
    func holds(_ key: Key) -> Bool { condition.withLock { values[key] != nil } }
}

/// The screens' work that holds as long as the roster and the directory do: each area-day
/// compiled by the engine and each slot's candidates, and the desk's lines. ``AppState`` makes
/// a new one whenever `assignments` or `directory` changes, so that a key typed, or another
/// terminal's check-in read in, reuses it instead of working it out again.
final class RosterMemo: Sendable {
    /// An area's day compiled by the engine, with the rest of its week carried in.
    let areaDays = Memo<AreaDayKey, AreaDay>(limit: 16)
    /// A slot's members and candidates, as the engine explains them.
    let slots = Memo<SlotKey, SlotCandidates>(limit: 64)
    /// The desk's duties at a minute, before the check-in log is read (roster, minute, filters).
    let deskDuties = Memo<DeskKey, [DeskDuty]>(limit: 2)
    /// The desk's lines with their records: the duties above and the log as it is.
    let deskLines = Memo<DeskLinesKey, [DeskLine]>(limit: 2)

    init() {}
}

extension AppState {
    /// This state with nothing kept between frames: every screen works out what it shows again
    /// (tests compare it with what was kept; benchmarks time it).
    public func forgettingKeptWork() -> AppState {
        var fresh = self
        fresh.memo = Derived(RosterMemo())
        return fresh
    }
}

/// A stamp no other change has: the check-in log gets a new one whenever it changes, so that
/// what was worked out from it can be kept under it.
struct Stamp: Hashable, Sendable {
    private static let counter = Atomic<UInt64>(0)
    let value: UInt64

    static func next() -> Stamp { Stamp(value: counter.add(1, ordering: .relaxed).newValue) }
    static let origin = Stamp(value: 0)
}
