import Foundation
import DutyEngine
import DutyModel
import TerminalKit

/// Everything the interface shows, as a value: `reduce` changes it, `render` draws it.
public struct AppState: Equatable, Sendable {
    public var language: Language
    public var width: Int
    public var height: Int
    public var screen: ScreenKind = .board
    /// The screen `back` returns to from help.
    public var previous: ScreenKind = .board

    public var directory: Directory { didSet { index = BoardIndex(directory) } }
    /// Derived from `directory` (kept in step by `didSet`).
    var index = BoardIndex()
    /// Assignments on the days loaded (`firstDay` … `firstDay + days - 1`).
    public var assignments: [Assignment] { didSet { countLoad() } }
    /// Minutes and night shifts per person on the loaded days, kept up to date with `assignments`.
    public private(set) var load: [PersonID: (minutes: Int, nights: Int)] = [:]
    public var firstDay: LocalDate
    public var days: Int
    /// The day the board shows (offset from `firstDay`).
    public var day = 0
    /// The compound the board is limited to (index into `directory.compounds`), nil for all.
    public var compound: Int?
    /// The area (index into `directory.areas`) and post kind the board is limited to.
    public var area: Int?
    public var kind: PostKind?
    public var row = 0
    public var column = 0
    public var scroll = 0

    /// The open slot, when `screen == .slot`.
    public var slot: SlotView?
    public var helpScroll = 0
    public var status: Status?
    public var keyMap: KeyMap = .standard
    /// The solver panel, while it is open.
    public var solver: SolverPanel?
    /// How long the panel's search runs.
    public var solverSeconds: Double = 10
    /// The people list, the person whose week is shown, the editor and where it returns.
    public var people = PeopleView()
    public var pinyin: [PersonID: [String]] = [:]
    public var person: PersonID?
    public var personScroll = 0
    public var editor: PersonEditor?
    public var editorReturn: ScreenKind = .people
    /// Slots of the loaded days on which a hard rule is broken (e.g. after someone's hours
    /// changed), found by `recheck()`.
    public var violated: Set<SlotID> = []
    /// The first half of a swap: someone marked on a slot.
    public var swapFrom: SwapMark?
    public var quitting = false
    /// The duty desk, and the time it works at (the main loop sets it from the clock).
    public var desk = DeskView()
    public var now: LocalDateTime
    /// The print menu and its preview, while open, and the screen it returns to.
    public var printMenu: PrintMenu?
    public var previousForPrint: ScreenKind = .board
    /// Finds people at the desk (pinyin worked out once); derived, not compared.
    var deskLookup: PersonLookup?

    public init(directory: Directory, assignments: [Assignment], firstDay: LocalDate, days: Int,
                language: Language, width: Int = 80, height: Int = 24) {
        self.directory = directory
        self.assignments = assignments
        self.firstDay = firstDay
        self.days = max(1, days)
        self.language = language
        self.width = width
        self.height = height
        now = LocalDateTime(date: firstDay, time: .midnight)
        // The people list reads people in ID order.
        self.directory.people.sort { $0.id.rawValue < $1.id.rawValue }
        index = BoardIndex(self.directory)
        countLoad()
    }

    mutating func countLoad() {
        let templates = Dictionary(directory.shiftTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let shifts = Dictionary(directory.posts.compactMap { post in templates[post.template].map { (post.id, $0) } },
                                uniquingKeysWith: { a, _ in a })
        let last = firstDay.adding(days: days - 1)
        var counted: [PersonID: (minutes: Int, nights: Int)] = [:]
        for a in assignments where a.slot.date >= firstDay && a.slot.date <= last {
            guard let shift = shifts[a.slot.post]?.shift(a.slot.shift) else { continue }
            let old = counted[a.person] ?? (0, 0)
            counted[a.person] = (old.minutes + shift.minutes, old.nights + (shift.isNight ? 1 : 0))
        }
        load = counted
    }

    public static func == (a: AppState, b: AppState) -> Bool {
        a.language == b.language && a.width == b.width && a.height == b.height && a.screen == b.screen
            && a.previous == b.previous && a.directory == b.directory && a.assignments == b.assignments
            && a.firstDay == b.firstDay && a.days == b.days && a.day == b.day && a.compound == b.compound
            && a.area == b.area && a.kind == b.kind
            && a.row == b.row && a.column == b.column && a.scroll == b.scroll && a.slot == b.slot
            && a.helpScroll == b.helpScroll && a.status == b.status && a.quitting == b.quitting && a.swapFrom == b.swapFrom && a.violated == b.violated
            && a.solver == b.solver && a.solverSeconds == b.solverSeconds && a.people == b.people
            && a.person == b.person && a.personScroll == b.personScroll && a.editor == b.editor && a.editorReturn == b.editorReturn
            && a.desk == b.desk && a.now == b.now && a.printMenu == b.printMenu
    }

    public var date: LocalDate { firstDay.adding(days: day) }

    /// Finds the slots of the loaded days that break a hard rule, through the engine.
    public mutating func recheck() {
        let plan = DutyCompiler.compile(directory, from: firstDay, days: days, around: assignments)
        var roster = plan.current
        for pair in plan.problem.pinned { roster.add(pair) }
        var found = Set<SlotID>()
        for violation in DutyEvaluator.hardViolations(plan.problem, roster) {
            for s in violation.slots where !plan.problem.slots[s].isContext { found.insert(plan.slots[s].id) }
        }
        violated = found
    }

    /// Whether printable keys are text here (the editor, the people filter while typing).
    public var takesText: Bool {
        screen == .editor || (screen == .people && people.filtering) || (screen == .desk && desk.standby == nil)
    }

    /// A line at the bottom: what just happened, or what went wrong.
    public struct Status: Equatable, Sendable {
        public var text: Localized
        public var isError: Bool

        public init(_ text: Localized, isError: Bool = false) {
            self.text = text
            self.isError = isError
        }
    }
}

public struct SolverPanel: Equatable, Sendable {
    public var progress: SolverProgress?
    public var outcome: SolverOutcome?
    public var scroll = 0
    public var running: Bool { outcome == nil }
}

public struct SwapMark: Equatable, Sendable {
    public var slot: Slot
    public var label: String
    public var person: PersonID
    public var name: String
}

/// One open slot: who is on it and who could be, computed when it opens and after each change.
public struct SlotView: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public var person: PersonID
        public var name: String
        public var isMember: Bool
        public var pinned: Bool
        public var roles: String
        /// Why they cannot take it (candidates only), or nil.
        public var blocked: Localized?
        /// Change of the soft score if added (free candidates only).
        public var cost: Int?
        public var resident: Bool
        public var hasMissingRole: Bool
    }

    public var slot: Slot
    public var label: String
    public var minimum: Int
    public var maximum: Int
    public var missingRoles: [String]
    public var lines: [Line]
    public var cursor = 0
    public var scroll = 0
}
