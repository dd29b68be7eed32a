import DutyApp
import DutyModel
import TerminalKit

/// How an interface session starts: the days it loads, the language, the user's keys, and
/// whether it opens on the duty desk.
public struct SessionOptions: Sendable {
    public var firstDay: LocalDate
    public var days: Int
    public var language: Language
    public var keyMap: KeyMap
    /// Open on the duty desk (`zhiban desk`), limited as it says.
    public var desk: DeskStart?
    /// The engine's searches check their bookkeeping after every move (tests; the solver
    /// panel's search is set up by `Background`).
    public var verifiesEngine = false
    /// Where check-ins made while the store cannot be reached are kept (nil: in memory only).
    public var unsentFile: String?

    public init(firstDay: LocalDate, days: Int, language: Language, keyMap: KeyMap = .standard, desk: DeskStart? = nil,
                verifiesEngine: Bool = false) {
        self.verifiesEngine = verifiesEngine
        self.firstDay = firstDay
        self.days = days
        self.language = language
        self.keyMap = keyMap
        self.desk = desk
    }
}

/// How `zhiban desk` opens the interface: a compound or a post (each by ID or name, as the
/// user typed it), and the grace in minutes.
public struct DeskStart: Sendable {
    public var compound: String?
    public var post: String?
    public var grace: Int

    public init(compound: String? = nil, post: String? = nil, grace: Int = 10) {
        self.compound = compound
        self.post = post
        self.grace = grace
    }
}

/// Why a session could not open.
public enum SessionError: Error, Equatable, Sendable {
    case unknownCompound(String)
    case unknownPost(String)

    public var message: Localized {
        switch self {
        case let .unknownCompound(name): Localized(zh: "没有编号或名称为“\(name)”的小区", en: "no compound with ID or name “\(name)”")
        case let .unknownPost(name): Localized(zh: "没有编号或名称为“\(name)”的岗位", en: "no post with ID or name “\(name)”")
        }
    }
}

/// One interface session: the state, and the loop's one way to change it. An action goes to
/// the reducer; each effect it returns is carried out at once and its results go back to the
/// reducer before the next effect runs, so that every change is based on the newest version.
/// The terminal loop only feeds keys, sizes and the background in, and draws `state`.
public final class Session {
    public private(set) var state: AppState
    public let runner: EffectRunner
    public let background: Background
    let clock: @Sendable () -> LocalDateTime
    /// How often ``poll()`` asks the store whether others changed something.
    let watchInterval: Duration
    private var lastWatch: ContinuousClock.Instant
    /// The newest version others made that a held draft keeps from being read in (said once).
    private var deferred: StoreVersion?

    /// Loads the session's days from `store` (the day before and after too, for rest rules and
    /// night shifts) and starts working out pinyin in the background.
    /// The store is asked for changes made elsewhere every `watchInterval` (see ``watch()``).
    public init(store: any RosterStore, options: SessionOptions, clock: @escaping @Sendable () -> LocalDateTime,
                output: any DocumentOutput, background: Background = Background(),
                watchInterval: Duration = .milliseconds(250)) throws {
        let loaded = AppState.loadedDates(firstDay: options.firstDay, days: options.days)
        let snapshot = try store.snapshot(from: loaded.lowerBound, to: loaded.upperBound,
                                          log: AppState.logDates(firstDay: options.firstDay, days: options.days))
        var state = AppState(directory: snapshot.directory, assignments: snapshot.assignments, firstDay: options.firstDay,
                             days: options.days, language: options.language)
        state.version = snapshot.version
        state.keyMap = options.keyMap
        state.verifiesEngine = options.verifiesEngine
        state.now = clock()
        let runner = EffectRunner(store: store, output: output, background: background,
                                  unsent: UnsentCheckIns(path: options.unsentFile))
        state.desk.log = runner.withUnsent(snapshot.log)
        state.desk.unsent = Set(runner.unsent.records.map(\.id))
        if let desk = options.desk {
            let directory = state.directory
            var compound: Int?, post: PostID?
            if let name = desk.post {
                guard let found = directory.posts.first(where: { $0.id.rawValue == name || $0.name == name }) else {
                    throw SessionError.unknownPost(name)
                }
                post = found.id
                compound = directory.compounds.firstIndex { $0.id == found.compound }
            }
            if let name = desk.compound {
                guard let i = directory.compounds.firstIndex(where: { $0.id.rawValue == name || $0.name == name }) else {
                    throw SessionError.unknownCompound(name)
                }
                compound = i
            }
            state.openDesk(compound: compound, post: post, grace: desk.grace)
        }
        state.ensureMarks()   // none at the desk, until another screen is opened
        self.state = state
        self.clock = clock
        self.background = background
        self.watchInterval = watchInterval
        lastWatch = .now
        self.runner = runner
        background.computePinyin(snapshot.directory.people)
    }

    /// Hands `action` to the reducer and carries out what it asks, depth first. The effects of
    /// one action are all based on the version the reducer checked them on (so that a change
    /// made elsewhere before the first is seen by the second too); when one fails, the rest are
    /// not carried out: they belong to the same action (the overrides a person edit needs,
    /// then the edit), and the screen now shows what the store holds.
    public func send(_ action: AppAction) {
        let base = state.version
        for effect in reduce(&state, action) {
            let results = runner.run(effect, for: state, basedOn: base)
            for result in results { send(result) }
            if results.contains(where: { if case .failed = $0 { true } else { false } }) { break }
        }
        state.ensureMarks()
        if state.screen == .board { background.prepare(state) }
    }

    /// What happened without a key: the background's results, the clock moving on, and what
    /// others changed in the store (asked every `watchInterval`). Returns whether anything did.
    @discardableResult
    public func poll() -> Bool {
        var actions = background.drain()
        let time = clock()
        if time != state.now { actions.append(.tick(time)) }
        for action in actions { send(action) }
        var changed = !actions.isEmpty
        if ContinuousClock.now - lastWatch >= watchInterval {
            lastWatch = .now
            let sent = runner.sendUnsent(state)
            for action in sent { send(action) }
            changed = watch() || !sent.isEmpty || changed
        }
        return changed
    }

    /// Reads in what others (another terminal, the command line, another desk) changed since
    /// the state's version: only the check-in log when they only checked people in, else
    /// everything shown, saying whose change it was. The version is read first (one cheap
    /// query), so nothing is read while nothing changed. While the user holds a draft
    /// (``AppState/holdsDraft``) nothing is read in; the status line says so once, and the
    /// changes are read when it closes. Returns whether the state changed.
    @discardableResult
    public func watch() -> Bool {
        let store = runner.store
        guard store.mayHaveChanged(since: state.version),
              let version = try? store.version(), version > state.version else { return false }
        if state.holdsDraft {
            guard deferred != version else { return false }
            deferred = version
            send(.notice(Localized(zh: "数据已被他人修改：完成当前操作后载入", en: "Someone else changed the data: it is read in when this is done")))
            return true
        }
        deferred = nil
        do {
            let notices = try store.changes(after: state.version)
            if let other = notices.last(where: \.beyondCheckIns) {
                let when = LocalDateTime.shown(stamp: other.at), what = ChangeAction.name(other.action)
                send(.reloaded(try runner.snapshot(state),
                               message: Localized(zh: "已载入 \(other.user) 于 \(when) 的修改（\(what.zh)）",
                                                  en: "Read in \(other.user)'s change at \(when) (\(what.en))")))
            } else {
                let log = try store.checkInLog(dates: state.logDates).map(\.record)
                send(.deskLoaded(runner.withUnsent(log)))
                send(.committed(version))
            }
        } catch {
            send(.failed(Localized(zh: "无法读取他人的修改：\(runner.message(error).zh)",
                                   en: "Cannot read others' changes: \(runner.message(error).en)")))
        }
        return true
    }

    deinit { background.stopPreparing() }

    /// Stops the solver, if it runs (on the way out).
    public func close() {
        background.stopSolver()
        background.stopPreparing()
    }
}
