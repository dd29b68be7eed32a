import DutyApp
import DutyEngine
import DutyModel

/// The hard-rule guard asked again, before a change goes to the store, when the screen's
/// check of it was made on data others have changed since.
///
/// The reducer checks a change against the data the state shows; the store refuses a change
/// to a slot or person someone else changed meanwhile, but not one that breaks a rule through
/// something else they changed: a command lowering a person's weekly limit, or putting them
/// on another slot that week, while this screen puts them on one more. So when changes to the
/// roster or people were committed elsewhere after the state's version, the change is checked
/// again on the data as stored, and refused (the data read again, and why) when it would now
/// break a hard rule no override covers; the coordinator then sees the truth and does it
/// again, with an override if need be. (A change committed between this check and the write
/// is not seen: the window is one store call wide.)
enum RuleRecheck {
    /// The actions of a refusal, or nil when `effect` may go to the store; throws when the
    /// store cannot be read (and then cannot be written either).
    static func refusal(_ effect: Effect, _ state: AppState, _ base: StoreVersion, _ store: any RosterStore) throws -> [AppAction]? {
        guard changesRoster(effect) else { return nil }
        guard let other = try store.changes(after: base).last(where: \.beyondCheckIns) else { return nil }
        let fresh = try store.snapshot(from: state.loadedDates.lowerBound, to: state.loadedDates.upperBound, log: state.logDates)
        guard let edit = edit(effect, fresh) else { return nil }
        let breaches = HardRuleGuard.unexplained(edit, directory: fresh.directory, assignments: fresh.assignments)
        guard !breaches.isEmpty else { return nil }
        let lines = RuleBreach.lines(breaches), when = LocalDateTime.shown(stamp: other.at), what = ChangeAction.name(other.action)
        return [.refreshed(fresh), .failed(Localized(
            zh: "未保存：此改动所依据的数据已被 \(other.user) 于 \(when) 修改（\(what.zh)），现在会违反硬规则：\(lines.zh)。屏幕已更新，请重新操作",
            en: "Not saved: the data this change was checked on was changed by \(other.user) at \(when) (\(what.en)), and it would now break a hard rule: \(lines.en). The screen shows the data again; please do it again"))]
    }

    static func changesRoster(_ effect: Effect) -> Bool {
        switch effect {
        case .save, .remove, .change, .savePerson, .replaceRoster, .walkIn: true
        default: false
        }
    }

    /// The change `effect` makes, as the guard checks it against `fresh`.
    static func edit(_ effect: Effect, _ fresh: StoreSnapshot) -> RosterEdit? {
        switch effect {
        case let .save(assignment):
            return RosterEdit(adding: [assignment])
        case let .remove(person, slot):
            return RosterEdit(removing: fresh.assignments.filter { $0.person == person && $0.slot == slot })
        case let .change(removing, adding, _):
            return RosterEdit(removing: removing, adding: adding)
        case let .savePerson(person):
            return RosterEdit(people: [person])
        case let .walkIn(person, assignment, _):
            return RosterEdit(adding: [assignment], people: [person])
        case let .replaceRoster(from, to, assignments):
            let inRange = fresh.assignments.filter { $0.slot.date >= from && $0.slot.date <= to }
            func key(_ a: Assignment) -> String { "\(a.slot.id.rawValue)/\(a.person.rawValue)" }
            let old = Set(inRange.map(key)), new = Set(assignments.map(key))
            return RosterEdit(removing: inRange.filter { !$0.pinned && !new.contains(key($0)) },
                              adding: assignments.filter { !old.contains(key($0)) })
        default:
            return nil
        }
    }
}
