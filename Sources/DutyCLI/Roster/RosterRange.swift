import DutyEngine
import DutyModel

/// The days a roster command works on (`--from DATE --days N`), read and checked, and how
/// they are loaded from the store.
public struct RosterRange: Sendable, Equatable {
    public let start: LocalDate
    public let days: Int
    public var end: LocalDate { start.adding(days: days - 1) }

    /// Reads `--from` and `--days`; a message naming the option when either is wrong.
    public init(from: String, days: Int, _ l: Language) throws {
        start = try ArgumentValue.date(from, l, option: "--from")
        self.days = try ArgumentValue.days(days, l)
    }

    /// The range compiled from the store, with the version read before it: every post's
    /// slots, the assignments stored in the range and, as fixed context, those of the days
    /// around it.
    func load(_ store: any RosterStore, _ l: Language, keepExisting: Bool = false) throws -> (StoreVersion, DutyPlan) {
        let version = try store.version()
        let directory = try store.loadDirectory()
        try RosterRange.requireData(directory, l)
        // A range inside one calendar week carries the rest of that week in, so the weekly
        // rules count Monday to Sunday as the guard does (a longer range counts its own 7-day blocks).
        let carried = days < 7 && start.monday == end.monday ? try store.assignments(from: start.monday, to: start.sunday) : []
        let plan = DutyCompiler.compile(directory, from: start, days: days, existing: try store.assignments(from: start, to: end),
                                        context: try RosterRange.context(store, start, end), carried: carried,
                                        keepExisting: keepExisting)
        return (version, plan)
    }

    /// Refuses a directory without posts or people: nothing to roster yet.
    static func requireData(_ directory: Directory, _ l: Language) throws {
        if directory.posts.isEmpty || directory.people.isEmpty {
            throw CLIError(l == .zh ? "数据库中没有岗位或人员：请先用 zhiban import 导入" : "the database has no posts or people: run zhiban import first")
        }
    }

    /// Assignments on the day before and the day after `start` … `end`: fixed context for
    /// the rest rules.
    static func context(_ store: any RosterStore, _ start: LocalDate, _ end: LocalDate) throws -> [Assignment] {
        let before = start.adding(days: -1), after = end.adding(days: 1)
        return try store.assignments(from: before, to: before) + store.assignments(from: after, to: after)
    }
}
