import DutyModel

/// What `solve` and `replan` do when someone else changed what they read before they wrote
/// (another `replan`, a desk, an interface): they never write over it. The store refuses the
/// write (``StoreError/conflict(_:)``), or the hard-rule guard finds a breach that only the
/// newer data shows; the command says who changed what and when, reads everything again and
/// works it out once more from what is now stored, up to `attempts` times; then it stops with
/// nothing written.
enum StaleRetry {
    static let attempts = 3

    /// Data changed after the version a command read (its reads are not one snapshot).
    struct Stale: Error {
        let change: ChangeNotice
    }

    /// Runs `body` (read, work out, write) until it is not refused as stale, at most `attempts`
    /// times.
    static func run(_ what: Localized, _ l: Language, _ console: Console, _ body: () throws -> Void) throws {
        for attempt in 1...attempts {
            let said: Localized
            do {
                try body()
                return
            } catch let StoreError.conflict(conflict) {
                let action = ChangeAction.name(conflict.action), when = LocalDateTime.shown(stamp: conflict.at)
                said = Localized(zh: "\(conflict.user) 于 \(when) 修改了 \(conflict.entity)（\(action.zh)）",
                                 en: "\(conflict.user) changed \(conflict.entity) at \(when) (\(action.en))")
            } catch let stale as Stale {
                let action = ChangeAction.name(stale.change.action), when = LocalDateTime.shown(stamp: stale.change.at)
                said = Localized(zh: "\(stale.change.user) 于 \(when) 修改了数据（\(action.zh)）",
                                 en: "\(stale.change.user) changed the data at \(when) (\(action.en))")
            }
            guard attempt < attempts else {
                throw CLIError(l == .zh ? "未写入：\(what.zh)读取后 \(said.zh)；已重试 \(attempts) 次，请稍后再运行"
                                        : "nothing written: after \(what.en) read the data, \(said.en); tried \(attempts) times, run it again later")
            }
            console.out(l == .zh ? "\(what.zh)读取后 \(said.zh)：未写入，重新读取后再算一次"
                                 : "After \(what.en) read the data, \(said.en): nothing written; reading again and working it out once more")
        }
    }

    /// Runs the hard-rule guard's `check`; when it refuses and the data changed after `version`
    /// (the breach may be one only the newer data shows, or be gone in it), the refusal is a
    /// stale read instead, to be worked out again.
    static func guarded<T>(_ store: any RosterStore, since version: StoreVersion, _ check: () throws -> T) throws -> T {
        do {
            return try check()
        } catch {
            if let change = try store.changes(after: version).last(where: \.beyondCheckIns) {
                throw Stale(change: change)
            }
            throw error
        }
    }
}
