import DutyEngine
import DutyModel
import Foundation
import TerminalKit

/// Everything the interface shows, as a value: `reduce` changes it, `render` draws it.
///
/// The frame and the data every screen shares are here; each screen keeps its own part in a
/// field named after it (`board`, `slot`, `desk` …), defined in the screen's file. Equality
/// is Swift's own: caches worked out from other fields are ``Derived`` and take no part.
public struct AppState: Equatable, Sendable {
    public var language: Language
    public var width: Int
    public var height: Int
    public var screen: ScreenKind = .board
    public var status: Status?
    public var keyMap: KeyMap = .standard
    public var quitting = false
    /// The desk's clock (the main loop sets it from the clock, or a fixed time).
    public var now: LocalDateTime

    // MARK: the data shown

    public var directory: Directory {
        didSet {
            refreshIndex()
            countLoad()   // people's places in the directory may have moved
        }
    }
    /// Assignments on the days loaded and the day before and after, widened to whole calendar weeks
    /// (Monday before `firstDay - 1` … Sunday after `firstDay + days`) so weekly limits see every duty.
    public var assignments: [Assignment] { didSet { countLoad() } }
    public var firstDay: LocalDate
    public var days: Int

    /// The dates whose roster and check-ins are loaded: whole calendar weeks from the Monday
    /// before `firstDay - 1` to the Sunday after `firstDay + days`.
    public var loadedDates: ClosedRange<LocalDate> { AppState.loadedDates(firstDay: firstDay, days: days) }

    /// The dates loaded for a session of `days` days from `firstDay`.
    public static func loadedDates(firstDay: LocalDate, days: Int) -> ClosedRange<LocalDate> {
        firstDay.adding(days: -1).monday...firstDay.adding(days: days).sunday
    }

    /// The dates whose check-in records are loaded: the days shown and the day on each side (a
    /// night shift begun the day before). Every screen shows records of these days only; the
    /// weeks around are loaded for their duties (weekly limits), not their records.
    public var logDates: ClosedRange<LocalDate> { AppState.logDates(firstDay: firstDay, days: days) }

    /// The dates whose check-in records a session of `days` days from `firstDay` loads.
    public static func logDates(firstDay: LocalDate, days: Int) -> ClosedRange<LocalDate> {
        firstDay.adding(days: -1)...firstDay.adding(days: days)
    }
    /// The store's version of what is shown: every change the interface makes is based on it.
    public var version: StoreVersion = .origin
    /// Slots of the loaded days on which a hard rule is broken, found by `recheck()`.
    public var violated: Set<SlotID> = []
    /// Slots of the loaded days whose hard violations are all overridden with a reason.
    public var overridden: Set<SlotID> = []

    // MARK: caches, worked out from the data above

    /// Posts in board order, each post's shifts, people by ID (from `directory`).
    var index = Derived(BoardIndex())
    /// Names as the interface shows them, namesakes told apart (from `directory`).
    var names = Derived(PersonNames())
    /// Who lives in each area (from `directory`).
    var areas = Derived(AreaRoster())
    /// The desk's rules, shift times by post (from `directory`; the grace is the desk's).
    var deskRules = Derived(Desk?.none)
    /// Minutes and night shifts per person on the loaded days, by place in `directory.people`
    /// (from `assignments`).
    public internal(set) var load = Derived([Load]())
    /// For each assignment, in order, its person's place in `directory.people` (-1: unknown), so
    /// that screens and checks go through the roster without hashing every person's ID.
    var rosterPeople = Derived([Int32]())
    /// For each assignment, in order, its day number, so that a day's duties are found without
    /// copying every assignment.
    var rosterDays = Derived([Int32]())
    /// What the slot screen and the desk work out from the roster, kept between frames (from
    /// `assignments` and `directory`: made anew whenever either changes).
    var memo = Derived(RosterMemo())
    /// Pinyin of every name, worked out in the background after start (from `directory`).
    public var pinyin = Derived([PersonID: [String]]())

    // MARK: the screens' own state

    public var board = BoardView()
    /// The open slot, while `screen == .slot`.
    public var slot: SlotView?
    public var solver: SolverPanel?
    /// How long the solver panel's search runs.
    public var solverSeconds: Double = 10
    public var people = PeopleView()
    public var week = PersonWeek()
    public var editor: PersonEditor?
    public var desk = DeskView() {
        didSet { if desk.log.count != oldValue.log.count || desk.log.last != oldValue.log.last { attendance = Derived(AttendanceBook(log: desk.log)) } }
    }
    /// Plan and actual: the check-in log read once (from `desk.log`).
    public internal(set) var attendance = Derived(AttendanceBook(log: []))
    public var hours = HoursView()
    public var printMenu: PrintMenu?
    public var help = HelpView()
    /// A change held until the coordinator gives a reason to break a hard rule.
    public var override: OverridePrompt?
    /// The engine's searches at the desk check their bookkeeping after every move (tests).
    public var verifiesEngine = false

    public init(directory: Directory, assignments: [Assignment], firstDay: LocalDate, days: Int,
                language: Language, width: Int = 80, height: Int = 24) {
        // The people list reads people in ID order.
        var sorted = directory
        sorted.people.sort { $0.id.rawValue < $1.id.rawValue }
        self.directory = sorted
        self.assignments = assignments
        self.firstDay = firstDay
        self.days = max(1, days)
        self.language = language
        self.width = width
        self.height = height
        now = LocalDateTime(date: firstDay, time: .midnight)
        refreshIndex()
        countLoad()
    }

    /// Minutes and nights a person is on duty on the loaded days.
    public struct Load: Equatable, Sendable {
        public var minutes = 0
        public var nights = 0

        mutating func add(_ shift: ShiftDefinition) {
            minutes += shift.minutes
            if shift.isNight { nights += 1 }
        }
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

    /// The date the board shows.
    public var date: LocalDate { firstDay.adding(days: board.day) }

    /// The last day loaded.
    public var lastDay: LocalDate { firstDay.adding(days: days - 1) }

    mutating func refreshIndex() {
        index = Derived(BoardIndex(directory))
        names = Derived(PersonNames(directory))
        areas = Derived(AreaRoster(directory))
        deskRules = Derived(Desk(directory))
    }

    mutating func countLoad() {
        let templates = Dictionary(directory.shiftTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let shifts = Dictionary(directory.posts.compactMap { post in templates[post.template].map { (post.id, $0) } },
                                uniquingKeysWith: { a, _ in a })
        // Runs on every change of the roster: one hash per assignment for the person, the shift
        // looked up only when the post changes from the assignment before (rosters come sorted).
        var counted = Array(repeating: Load(), count: directory.people.count)
        var places = [Int32](repeating: -1, count: assignments.count)
        var dayNumbers = [Int32](repeating: 0, count: assignments.count)
        let people = index.value.person
        let first = firstDay.dayNumber, last = lastDay.dayNumber
        var post: PostID?, template: ShiftTemplate?
        for (i, a) in assignments.enumerated() {
            let day = a.slot.date.dayNumber
            dayNumbers[i] = Int32(truncatingIfNeeded: day)
            guard let p = people[a.person] else { continue }
            places[i] = Int32(p)
            guard day >= first && day <= last else { continue }
            if a.slot.post != post {
                post = a.slot.post
                template = shifts[a.slot.post]
            }
            guard let shift = template?.shift(a.slot.shift) else { continue }
            counted[p].add(shift)
        }
        load = Derived(counted)
        rosterPeople = Derived(places)
        rosterDays = Derived(dayNumbers)
        memo = Derived(RosterMemo())
    }

    /// Works out every name's pinyin now, if the background has not delivered it yet.
    mutating func ensurePinyin() {
        guard pinyin.value.isEmpty else { return }
        pinyin = Derived(Dictionary(directory.people.map { ($0.id, Pinyin.syllables(of: $0.name)) }, uniquingKeysWith: { a, _ in a }))
    }

    /// Pinyin worked out elsewhere; names edited meanwhile keep their fresher entries.
    mutating func mergePinyin(_ worked: [PersonID: [String]]) {
        pinyin = Derived(worked.merging(pinyin.value) { _, fresh in fresh })
    }

    /// One person's pinyin changed with their name.
    mutating func notePinyin(of person: Person) {
        pinyin.value[person.id] = Pinyin.syllables(of: person.name)
    }

    /// Finds the slots of the loaded days that break a hard rule, through the engine: those no
    /// override covers (`violated`, a fault to fix) and those a coordinator overrode with a reason.
    public mutating func recheck() {
        let (broken, kept) = Self.marks(Overrides.hardViolations(directory, assignments, from: firstDay, days: days))
        violated = broken
        overridden = kept.subtracting(broken)
        marksChecked = true
    }

    /// Whether `violated` and `overridden` hold the marks of the data shown. The desk shows no
    /// marks, so a session opened at the desk leaves them unchecked (a city's recheck is a third
    /// of its first frame) until a screen that shows them is opened (`ensureMarks()`).
    public private(set) var marksChecked = false

    /// Whether the screen shown draws the marks of broken rules (every screen but the desk's).
    public var showsMarks: Bool { screen != .desk }

    /// Checks the marks when they are not checked and a screen that shows them is open.
    public mutating func ensureMarks() {
        if !marksChecked && showsMarks { recheck() }
    }

    /// The slots (of the plan's own days) with a violation no override covers, and those with
    /// an overridden one, among the slots `only` keeps.
    static func marks(_ checked: Overrides.Checked,
                      only: (SlotID) -> Bool = { _ in true }) -> (broken: Set<SlotID>, kept: Set<SlotID>) {
        var broken = Set<SlotID>(), kept = Set<SlotID>()
        for (violation, override) in checked.found {
            for s in violation.slots where !checked.plan.problem.slots[s].isContext && only(checked.plan.slots[s].id) {
                if override == nil { broken.insert(checked.plan.slots[s].id) } else { kept.insert(checked.plan.slots[s].id) }
            }
        }
        return (broken, kept)
    }

    /// `recheck()` for what `edit` (already applied) can have changed, at a fraction of the
    /// cost: the slots of the people it touches and the slots it touches are marked again from
    /// the violations of everyone on them (whose rules are the only ones that can mark them).
    /// A test checks it against the full `recheck()`.
    public mutating func recheck(after edit: RosterEdit) {
        guard marksChecked else { return }   // the whole recheck to come covers the edit
        var core = Set((edit.removing + edit.adding).map(\.person)).union(edit.people.map(\.id))
        var affected = Set((edit.removing + edit.adding).map(\.slot))
        for a in assignments where core.contains(a.person) { affected.insert(a.slot) }
        for a in assignments where affected.contains(a.slot) { core.insert(a.person) }
        let ids = Set(affected.map(\.id))
        let (brokenHere, keptHere) = Self.marks(Overrides.hardViolations(directory, assignments, of: core, from: firstDay, days: days),
                                                only: ids.contains)
        violated = violated.subtracting(ids).union(brokenHere)
        overridden = overridden.subtracting(ids).union(keptHere).subtracting(violated)
    }

    /// Replaces the data shown by what the store holds, keeping the user's place.
    /// Lists keep their cursor on the same person, wherever the new data puts them.
    mutating func take(_ snapshot: StoreSnapshot) {
        let chosen = PeopleScreen.selected(self)?.id
        let onSlot = SlotScreen.selectedLine(self)?.person
        var directory = snapshot.directory
        directory.people.sort { $0.id.rawValue < $1.id.rawValue }
        self.directory = directory
        assignments = snapshot.assignments
        version = snapshot.version
        desk.log = snapshot.log
        desk.lookup = Derived(nil)   // people may have changed: made again at the next key typed
        marksChecked = false
        ensureMarks()
        BoardScreen.moveRow(&self, by: 0)
        if let open = slot { slot = SlotScreen.view(self, open.slot, selecting: onSlot, cursor: open.cursor) }
        if let chosen { PeopleScreen.select(&self, chosen) }
        desk.clampCursor(self)
    }

    /// Whether the user is in the middle of something decided on the data as shown: a person
    /// being edited, an override being asked for, the solver's panel, a desk form or standby
    /// offer. Changes made elsewhere are read in only once it is closed, so that what is being
    /// decided does not change under the user; what it then saves is based on the version it
    /// was decided on, and refused if someone changed the same thing meanwhile.
    public var holdsDraft: Bool {
        editor != nil || override != nil || solver != nil || desk.form != nil || desk.standby != nil
    }

    /// Whether printable keys are text here (the editor, the people filter while typing, the desk).
    public var takesText: Bool {
        override != nil || screen == .editor || (screen == .people && people.filtering) || (screen == .desk && desk.standby == nil)
    }
}

/// A value worked out from other state and kept to save time (a cache): it takes no part in
/// equality, since the fields it comes from do.
public struct Derived<Value: Sendable>: Equatable, Sendable {
    public var value: Value

    public init(_ value: Value) { self.value = value }

    public static func == (a: Derived, b: Derived) -> Bool { true }
}
