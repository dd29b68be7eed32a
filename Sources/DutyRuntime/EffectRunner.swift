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

    public init(store: any RosterStore, output: any DocumentOutput, background: Background) {
        self.store = store
        self.output = output
        self.background = background
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
        } catch {
            return failed(state, error)
        }
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
        try store.snapshot(from: state.loadedDates.lowerBound, to: state.loadedDates.upperBound, log: state.logDates)
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
