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
/// (one already overridden stays quiet; making it worse is new), or one an override covered
/// before that the change leaves uncovered (the assignment carrying it taken off or moved).
/// A violation the change only narrows (a subset of the slots of one there before, no larger
/// penalty) is not new: taking someone off a slot never asks for a reason because what is
/// left of an overridden breach reads differently; it only does when it takes the override.
public enum HardRuleGuard {
    public static func check(_ edit: RosterEdit, directory: Directory, assignments: [Assignment]) -> [RuleBreach] {
        found(edit, directory: directory, assignments: assignments).map(\.breach)
    }

    /// The breaches of `edit` that no override covers once it is made, overrides it carries
    /// included: empty when the change may go in as it is (none, or each given its reason).
    /// What the runtime asks again, on the data as stored, of a change the screen checked on
    /// data others have changed since.
    public static func unexplained(_ edit: RosterEdit, directory: Directory, assignments: [Assignment]) -> [RuleBreach] {
        found(edit, directory: directory, assignments: assignments).filter { !$0.covered }.map(\.breach)
    }

    static func found(_ edit: RosterEdit, directory: Directory, assignments: [Assignment]) -> [Found] {
        let touchedSlots = Set((edit.removing + edit.adding).map(\.slot))
        let edited = Set(edit.people.map(\.id))
        let afterDirectory = edit.applied(to: directory)
        let posts = edit.changedPosts(in: afterDirectory)
        var scope = Set((edit.removing + edit.adding).map(\.person)).union(edited)
        var dates = touchedSlots.map(\.date)
        // One pass over the stored roster: who shares a touched slot, and an edited person's
        // dates (the day compared first: hashing every slot of the city is what would cost).
        let touchedDays = Set(touchedSlots.map(\.date.dayNumber))
        for a in assignments {
            if touchedDays.contains(a.slot.date.dayNumber) && touchedSlots.contains(a.slot) { scope.insert(a.person) }
            if !edited.isEmpty && edited.contains(a.person) { dates.append(a.slot.date) }
            // A changed post or template: everyone on its duties, on their dates.
            if !posts.isEmpty && posts.contains(a.slot.post) {
                scope.insert(a.person)
                dates.append(a.slot.date)
            }
        }
        guard let first = dates.min(), let last = dates.max() else { return [] }
        let start = first.monday, end = last.sunday
        let days = end.dayNumber - start.dayNumber + 1
        // Only the people in scope over the weeks and their neighbouring days matter from here
        // on: the rest of the roster is left out before the change is applied.
        // A change touches a handful of people: comparing IDs beats hashing every one of the city.
        let low = start.dayNumber - 1, high = end.dayNumber + 1, few = scope.count <= 16 ? Array(scope) : nil
        let mine = assignments.filter { a in
            let day = a.slot.date.dayNumber
            guard day >= low && day <= high else { return false }
            return few.map { $0.contains(a.person) } ?? scope.contains(a.person)
        }
        let after = edit.applied(to: mine)

        let before = violations(directory, mine, scope: scope, from: start, days: days)
        let now = violations(afterDirectory, after, scope: scope, from: start, days: days)
        var known: [String: Found] = [:]
        for found in before where known[found.key]?.covered != false { known[found.key] = found }
        var seen = Set<String>()
        return now.filter { found in
            guard seen.insert(found.key).inserted else { return false }
            if let was = known[found.key] { return was.covered && !found.covered }
            let wider = before.filter { $0.narrowed(to: found) }
            if wider.isEmpty { return true }
            // Narrowed: a breach only when every wider one was covered and this is not.
            return !found.covered && wider.allSatisfy(\.covered)
        }
    }

    /// A hard violation found by `violations`: its breach, the key it is known by (rule and
    /// message), its penalty and whether an override covers it.
    struct Found {
        var key: String
        var breach: RuleBreach
        var penalty: Int
        var covered: Bool

        /// Whether `other` is this violation narrowed by a change: the same rule and people,
        /// some of its slots, and no larger penalty.
        func narrowed(to other: Found) -> Bool {
            breach.rule == other.breach.rule && breach.people == other.breach.people
                && Set(other.breach.slots).isSubset(of: breach.slots) && other.penalty <= penalty
        }
    }

    /// Hard violations of `assignments` for the people in `scope`, compiled over `days` days from `start`.
    static func violations(_ directory: Directory, _ assignments: [Assignment], scope: Set<PersonID>,
                           from start: LocalDate, days: Int) -> [Found] {
        let (plan, found) = Overrides.hardViolations(directory, assignments, of: scope, from: start, days: days)
        let names = Dictionary(uniqueKeysWithValues: DutyConstraints.all.map { ($0.id, $0.summary) })
        return found.map { v, override in
            let people = v.person.map { [plan.personIDs[$0]] } ?? []
            let slots = v.slots.map { plan.slots[$0] }
            let breach = RuleBreach(rule: v.constraint, name: names[v.constraint] ?? Localized(zh: v.constraint, en: v.constraint),
                                    message: v.message, people: people, slots: slots)
            return Found(key: "\(v.constraint)|\(v.message.zh)", breach: breach, penalty: v.penalty, covered: override != nil)
        }
    }

    /// The rule IDs of `breaches`, once each, for the override they are given.
    public static func rules(_ breaches: [RuleBreach]) -> [String] {
        var seen = Set<String>()
        return breaches.map(\.rule).filter { seen.insert($0).inserted }
    }
}
