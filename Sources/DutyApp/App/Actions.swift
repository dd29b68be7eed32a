import DutyDocuments
import DutyModel
import TerminalKit

/// What happened: a key, a new terminal size, the time, or the result of an effect.
public enum AppAction: Equatable, Sendable {
    case key(Key)
    /// Text that arrived at once (a paste): one edit of the field being typed in, cut to the
    /// field's limit (``KeyBurst``).
    case paste(String)
    case resized(width: Int, height: Int)
    /// The time now (the desk's clock).
    case tick(LocalDateTime)
    /// An effect could not be carried out; what the screen shows was read again first.
    case failed(Localized)
    /// An effect was carried out and says so (a PDF written, sent to the printer).
    case notice(Localized)
    /// A change went into the store and made this version; nothing else changed meanwhile.
    case committed(StoreVersion)
    /// The store's data, read again (after a change made elsewhere or a refused one); the
    /// user's place is kept and nothing is said.
    case refreshed(StoreSnapshot)
    /// The store's data, read again after an undo or redo, with what happened.
    case reloaded(StoreSnapshot, message: Localized)
    /// The check-in log as stored, oldest first.
    case deskLoaded([CheckIn])
    /// The store could not be reached: these records are kept on this machine, to be sent later.
    case queued([CheckInID], Localized)
    /// Records kept while the store could not be reached went in (or were found there already).
    case sent([CheckInID], Localized)
    /// The background solver found a better roster.
    case solverProgress(SolverProgress)
    /// The solver stopped: its roster for the loaded days and what to say about it.
    case solverFinished(SolverOutcome)
    /// Pinyin of everyone's name, worked out in the background after start.
    case pinyinReady([PersonID: [String]])
}

/// How far the background solver is: time gone, how much of its budget is used, the best so far.
public struct SolverProgress: Equatable, Sendable {
    public var seconds: Double
    /// How much of the budget is used (0–1), by whichever of time and steps ends the run first.
    public var fraction: Double
    public var hard: Int
    public var soft: Int
    public var shortSlots: Int
    public var improvements: Int

    public init(seconds: Double, fraction: Double, hard: Int, soft: Int, shortSlots: Int, improvements: Int) {
        self.seconds = seconds
        self.fraction = fraction
        self.hard = hard
        self.soft = soft
        self.shortSlots = shortSlots
        self.improvements = improvements
    }
}

public struct SolverOutcome: Equatable, Sendable {
    public var assignments: [Assignment]
    public var hard: Int
    public var soft: Int
    public var added: Int
    public var removed: Int
    /// Coverage and the rules broken, most costly first ("why?").
    public var lines: [Localized]
    /// In verify mode, the first mismatch between the search's bookkeeping and a full recount.
    public var verifyFailure: String?

    public init(assignments: [Assignment], hard: Int, soft: Int, added: Int, removed: Int, lines: [Localized],
                verifyFailure: String? = nil) {
        self.verifyFailure = verifyFailure
        self.assignments = assignments
        self.hard = hard
        self.soft = soft
        self.added = added
        self.removed = removed
        self.lines = lines
    }
}

/// Work for the runtime: the reducer describes it, the runtime does it (against the store,
/// the solver, the printer) and reports back only through actions.
public enum Effect: Equatable, Sendable {
    case save(Assignment)
    case remove(person: PersonID, slot: Slot)
    /// Removals and additions as one change (a swap, a standby called up).
    case change(removing: [Assignment], adding: [Assignment], action: String)
    case undo, redo
    /// Repaint the whole terminal (after something else wrote on it).
    case redraw
    /// Store an edited person (one undoable change).
    case savePerson(Person)
    case startSolver(from: LocalDate, days: Int, seconds: Double)
    case stopSolver
    /// Store a roster for the days `from` … `to` (pinned assignments stay).
    case replaceRoster(from: LocalDate, to: LocalDate, assignments: [Assignment])
    /// Append a version to the check-in log (committed before the next frame is drawn).
    case appendCheckIn(CheckIn)
    /// Append versions to the check-in log as one change, all or nothing (a shift closed).
    case appendCheckIns([CheckIn])
    /// Register a walk-in: the new person, their assignment and check-in, in one transaction.
    case walkIn(Person, Assignment, CheckIn)
    /// Write documents as one PDF in the current folder (not over an existing file).
    case writePDF([Document], file: String)
    /// Send documents as a PDF to the printer.
    case sendPDF([Document])
}
