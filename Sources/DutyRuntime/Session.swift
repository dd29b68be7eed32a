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

    /// Loads the session's days from `store` (the day before and after too, for rest rules and
    /// night shifts) and starts working out pinyin in the background.
    public init(store: any RosterStore, options: SessionOptions, clock: @escaping @Sendable () -> LocalDateTime,
                output: any DocumentOutput, background: Background = Background()) throws {
        let snapshot = try store.snapshot(from: options.firstDay.adding(days: -1).monday, to: options.firstDay.adding(days: options.days).sunday)
        var state = AppState(directory: snapshot.directory, assignments: snapshot.assignments, firstDay: options.firstDay,
                             days: options.days, language: options.language)
        state.version = snapshot.version
        state.keyMap = options.keyMap
        state.verifiesEngine = options.verifiesEngine
        state.recheck()
        state.now = clock()
        state.desk.log = snapshot.log
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
        self.state = state
        self.clock = clock
        self.background = background
        runner = EffectRunner(store: store, output: output, background: background)
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
    }

    /// What happened without a key: the background's results, and the clock moving on by the
    /// minute. Returns whether anything did.
    @discardableResult
    public func poll() -> Bool {
        var actions = background.drain()
        let time = clock()
        if time != state.now { actions.append(.tick(time)) }
        for action in actions { send(action) }
        return !actions.isEmpty
    }

    /// Stops the solver, if it runs (on the way out).
    public func close() {
        background.stopSolver()
    }
}
