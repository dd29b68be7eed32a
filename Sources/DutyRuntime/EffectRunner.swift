import DutyApp
import DutyDocuments
import DutyModel

/// Carries out the reducer's effects: against the store (through its protocol), the
/// background (solver, pinyin) and the document output. It never touches the state; every
/// result comes back as actions for the reducer.
///
/// A change is based on the version the state shows. When it goes in and nothing else changed
/// meanwhile, the new version is the state's (`committed`); when others only checked people in
/// meanwhile, the log is read again with it (`deskLoaded`); when others changed the roster or
/// people, or the change was refused, everything the state shows is read again (`refreshed`)
/// so that the screen tells the truth, and a refusal is said (`failed`).
public final class EffectRunner {
    let store: any RosterStore
    let output: any DocumentOutput
    let background: Background
    /// The terminal must be repainted whole (set by a redraw; the main loop clears it).
    public private(set) var redrawRequested = false

    /// Check-ins kept while the store cannot be reached.
    public let unsent: UnsentCheckIns
    /// When the kept check-ins were last tried (at most every `retryInterval`).
    private var lastTry = ContinuousClock.now - .seconds(60)
    static let retryInterval: Duration = .seconds(2)

    public init(store: any RosterStore, output: any DocumentOutput, background: Background,
                unsent: UnsentCheckIns = UnsentCheckIns(path: nil)) {
        self.store = store
        self.output = output
        self.background = background
        self.unsent = unsent
    }

    /// Clears the redraw request, saying whether there was one.
    public func takeRedraw() -> Bool {
        defer { redrawRequested = false }
        return redrawRequested
    }

    /// Carries out `effect` for `state` (the state the reducer left); returns what happened.
    /// `basedOn` is the version the reducer's checks were made on, when an earlier effect of the
    /// same action has moved the state's on since (else the state's).
    public func run(_ effect: Effect, for state: AppState, basedOn: StoreVersion? = nil) -> [AppAction] {
        let base = basedOn ?? state.version
        do {
            if let refused = try RuleRecheck.refusal(effect, state, base, store) { return refused }
        } catch {
            return failed(state, error)
        }
        switch effect {
        case let .save(assignment):
            return commit(state) { try store.assign(assignment, action: "tui", basedOn: base).outcome }
        case let .remove(person, slot):
            return commit(state) { try store.unassign(person: person, slot: slot, action: "tui", basedOn: base).outcome }
        case let .change(removing, adding, action):
            return commit(state) {
                try store.apply(removing: removing, adding: adding, action: action, basedOn: base).outcome
            }
        case let .savePerson(person):
            return commit(state) { try store.save(Directory(people: [person]), action: "edit", basedOn: base).outcome }
        case let .replaceRoster(from, to, assignments):
            return commit(state) {
                try store.replaceAssignments(from: from, to: to, with: assignments, action: "solve", updating: nil, basedOn: base)
                    .outcome
            }
        case let .appendCheckIn(record):
            return append([record], state, base)
        case let .appendCheckIns(records):
            return append(records, state, base)
        case let .walkIn(person, assignment, record):
            return commit(state) {
                try store.registerWalkIn(person, assignment: assignment, checkIn: record, basedOn: base).outcome
            }
        case .undo, .redo:
            let undo = effect == .undo
            do {
                let change = undo ? try store.undo().value : try store.redo().value
                return [.reloaded(try snapshot(state), message: UndoableChange.report(change, undo: undo))]
            } catch {
                return failed(state, error)
            }
        case let .startSolver(from, days, seconds):
            background.startSolver(directory: state.directory, assignments: state.assignments, from: from, days: days,
                                   seconds: seconds)
            return []
        case .stopSolver:
            background.stopSolver()
            return []
        case .redraw:
            redrawRequested = true
            return []
        case let .writePDF(documents, file):
            do {
                let path = try output.write(documents, file: file)
                return [.notice(Localized(zh: "已写入 \(path)（\(documents.count) 份）", en: "Wrote \(path) (\(documents.count))"))]
            } catch {
                return [.failed(error.message)]
            }
        case let .sendPDF(documents):
            do {
                try output.send(documents)
                return [.notice(Localized(zh: "已送打印：\(documents.count) 份", en: "Sent to the printer: \(documents.count)"))]
            } catch {
                return [.failed(error.message)]
            }
        }
    }

    /// Runs one change: its version when nothing else changed meanwhile, else the data again.
    func commit(_ state: AppState, _ change: () throws -> CommitOutcome) -> [AppAction] {
        do {
            return try committed(state, try change())
        } catch {
            return failed(state, error)
        }
    }

    /// What a change that went in leaves to do: the new version when nothing else changed
    /// meanwhile; the log read again when others only checked people in; else everything.
    func committed(_ state: AppState, _ outcome: CommitOutcome) throws -> [AppAction] {
        if outcome.unseen.allSatisfy({ $0.kinds == [.checkIns] }) {
            let log: [AppAction] = outcome.unseen.isEmpty ? [] : [.deskLoaded(try store.checkInLog(dates: state.logDates).map(\.record))]
            return log + [.committed(outcome.version)]
        }
        return [.refreshed(try snapshot(state))]
    }

    /// Appends check-in versions as one change; a contradiction is said with the record it met.
    func append(_ records: [CheckIn], _ state: AppState, _ base: StoreVersion) -> [AppAction] {
        do {
            return try committed(state, try store.append(records, basedOn: base).outcome)
        } catch let StoreError.conflict(conflict) {
            guard let record = records.first(where: { $0.id.rawValue == conflict.entity }) ?? records.first else {
                return failed(state, StoreError.conflict(conflict))
            }
            return contradicted(state, record, conflict)
        } catch let StoreError.unreachable(server, reason) {
            // Kept here, shown as unsent, sent once the store is back (``sendUnsent(_:)``).
            do {
                try unsent.add(records, base: base)
            } catch {
                return failed(state, StoreError.unreachable(server: server, reason: reason))
            }
            lastTry = .now
            return [.queued(records.map(\.id), Localized(
                zh: "数据库服务器无法连接：已在本机保存 \(records.count) 条，标为未发送，恢复后自动发送",
                en: "The database server cannot be reached: \(records.count) kept on this machine, marked unsent, sent once it is back"))]
        } catch {
            return failed(state, error)
        }
    }

    /// Sends the check-ins kept while the store could not be reached, oldest first, at most
    /// every two seconds. One already in the store (the connection dropped after it went in) is
    /// not sent again; one someone else contradicted meanwhile is refused and said, as at the
    /// desk. Stops at the first that still cannot be sent.
    public func sendUnsent(_ state: AppState, force: Bool = false) -> [AppAction] {
        guard !unsent.isEmpty, force || ContinuousClock.now - lastTry >= EffectRunner.retryInterval else { return [] }
        lastTry = .now
        let pending = unsent.pending
        let dates = pending.flatMap(\.records).map(\.slot.date)
        // What the store holds of those days, read once: a record there went in before its reply was lost.
        guard let first = dates.min(), let last = dates.max() else {
            try? unsent.dropFirst(pending.count)   // nothing but empty groups
            return []
        }
        guard let stored = try? Set(store.checkInLog(dates: first...last).map(\.record)) else { return [] }
        var sent: [CheckInID] = [], refused: [(CheckIn, StoreConflict)] = [], settled: [CheckInID] = [], done = 0
        for group in pending {
            do {
                let missing = group.records.filter { !stored.contains($0) }
                if !missing.isEmpty { _ = try store.append(missing, basedOn: StoreVersion(group.base)) }
                sent += group.records.map(\.id)
            } catch let StoreError.conflict(conflict) {
                refused.append((group.records.first { $0.id.rawValue == conflict.entity } ?? group.records[0], conflict))
            } catch {
                break
            }
            settled += group.records.map(\.id)
            done += 1
        }
        guard done > 0 else { return [] }
        do { try unsent.dropFirst(done) } catch { return [.failed(message(error))] }
        // Said once they are no longer kept, so that the data read again shows theirs alone.
        let said = refused.flatMap { contradicted(state, $0.0, $0.1) }
        var actions: [AppAction] = []
        if let log = try? store.checkInLog(dates: state.logDates).map(\.record) { actions.append(.deskLoaded(withUnsent(log))) }
        actions.append(.sent(settled, Localized(zh: "已发送离线保存的 \(sent.count) 条签到记录", en: "Sent \(sent.count) check-in records kept offline")))
        return actions + said
    }

    /// A log as stored, with the records still kept here after it (the desk shows them).
    public func withUnsent(_ log: [CheckIn]) -> [CheckIn] {
        guard !unsent.isEmpty else { return log }
        let stored = Set(log)
        return log + unsent.records.filter { !stored.contains($0) }
    }

    /// A check-in refused because someone else entered a version of the same record meanwhile
    /// (another desk, the command line): the data read again, and the record as it now stands,
    /// who entered it and when, so that the coordinator checks before changing it.
    func contradicted(_ state: AppState, _ record: CheckIn, _ conflict: StoreConflict) -> [AppAction] {
        guard let fresh = try? snapshot(state) else { return failed(state, StoreError.conflict(conflict)) }
        let name = fresh.directory.people.first { $0.id == record.person }?.name ?? record.person.rawValue
        let said = conflict.contradiction(name: name, existing: fresh.log.last { $0.id == record.id })
        return [.refreshed(fresh), .failed(Localized(zh: "未保存：\(said.zh)", en: "Not saved: \(said.en)"))]
    }

    /// A refusal or failure: the data read again (when it can be), then what went wrong.
    func failed(_ state: AppState, _ error: any Error) -> [AppAction] {
        let said = message(error)
        let failure = AppAction.failed(Localized(zh: "保存失败：\(said.zh)", en: "Could not save: \(said.en)"))
        guard let fresh = try? snapshot(state) else { return [failure] }
        return [.refreshed(fresh), failure]
    }

    func message(_ error: any Error) -> Localized {
        (error as? StoreError)?.message ?? Localized(zh: "\(error)", en: "\(error)")
    }

    /// What the interface shows, as the store holds it now: its days and the day on each side.
    func snapshot(_ state: AppState) throws -> StoreSnapshot {
        var snapshot = try store.snapshot(from: state.loadedDates.lowerBound, to: state.loadedDates.upperBound, log: state.logDates)
        snapshot.log = withUnsent(snapshot.log)
        return snapshot
    }
}

/// What a change made, whatever it returned: its version, and the others' changes since the
/// version it was based on.
struct CommitOutcome {
    let version: StoreVersion
    let unseen: [ChangeNotice]
}

extension Commit {
    var outcome: CommitOutcome { CommitOutcome(version: version, unseen: unseen) }
}
