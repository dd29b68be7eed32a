import DutyModel
import SearchCore

/// The one check every path that changes the roster or people goes through: the hard rules
/// the change would newly break, found by the engine's own evaluator.
///
/// The slot screen, the person editor, the desk (standby, walk-in), `replan`, `solve` with
/// pins and the imports all call it, so they cannot disagree about what is allowed. It
/// compiles only what the change can affect: the people it touches and whoever shares a
/// slot with them, over the calendar weeks (Monday to Sunday) of the dates involved with the
/// day before and after as context, so weekly limits count whole weeks as `explain` does for
/// a week's plan. A breach is a hard violation after the change that was not there before
/// (one already overridden stays quiet; making it worse is new).
public enum HardRuleGuard {
    public static func check(_ edit: RosterEdit, directory: Directory, assignments: [Assignment]) -> [RuleBreach] {
        let touchedSlots = Set((edit.removing + edit.adding).map(\.slot))
        let edited = Set(edit.people.map(\.id))
        var scope = Set((edit.removing + edit.adding).map(\.person)).union(edited)
        var dates = touchedSlots.map(\.date)
        // One pass over the stored roster: who shares a touched slot, and an edited person's dates.
        for a in assignments {
            if touchedSlots.contains(a.slot) { scope.insert(a.person) }
            if edited.contains(a.person) { dates.append(a.slot.date) }
        }
        guard let first = dates.min(), let last = dates.max() else { return [] }
        let start = first.monday, end = last.sunday
        let days = end.dayNumber - start.dayNumber + 1
        // Only the people in scope matter from here on: the rest of the roster is left out
        // before the change is applied.
        let mine = assignments.filter { scope.contains($0.person) }
        let after = edit.applied(to: mine)
        let afterDirectory = edit.applied(to: directory)

        let before = violations(directory, mine, scope: scope, from: start, days: days)
        let now = violations(afterDirectory, after, scope: scope, from: start, days: days)
        let known = Set(before.map(\.key))
        var seen = Set<String>()
        return now.filter { !known.contains($0.key) && seen.insert($0.key).inserted }.map(\.breach)
    }

    /// Hard violations of `assignments` for the people in `scope`, compiled over `days` days from `start`.
    static func violations(_ directory: Directory, _ assignments: [Assignment], scope: Set<PersonID>,
                           from start: LocalDate, days: Int) -> [(key: String, breach: RuleBreach)] {
        let before = start.adding(days: -1), after = start.adding(days: days)
        let theirs = assignments.filter { scope.contains($0.person) && $0.slot.date >= before && $0.slot.date <= after }
        var scoped = directory
        scoped.people = directory.people.filter { scope.contains($0.id) }
        let posts = Set(theirs.map(\.slot.post))
        scoped.posts = directory.posts.filter { posts.contains($0.id) }
        let plan = DutyCompiler.compile(scoped, from: start, days: days, around: theirs)
        var roster = plan.current
        for pair in plan.problem.pinned { roster.add(pair) }
        let names = Dictionary(uniqueKeysWithValues: DutyConstraints.all.map { ($0.id, $0.summary) })
        return DutyEvaluator.hardViolations(plan.problem, roster).map { v in
            let people = v.person.map { [plan.personIDs[$0]] } ?? []
            let slots = v.slots.map { plan.slots[$0] }
            let breach = RuleBreach(rule: v.constraint, name: names[v.constraint] ?? Localized(zh: v.constraint, en: v.constraint),
                                    message: v.message, people: people, slots: slots)
            return ("\(v.constraint)|\(v.message.zh)", breach)
        }
    }

    /// The rule IDs of `breaches`, once each, for the override they are given.
    public static func rules(_ breaches: [RuleBreach]) -> [String] {
        var seen = Set<String>()
        return breaches.map(\.rule).filter { seen.insert($0).inserted }
    }
}
