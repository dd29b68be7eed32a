import DutyEngine
import DutyModel
import Foundation
import TerminalKit

/// A change that would break a hard rule, held until the coordinator gives a reason (and it
/// is made with an override) or cancels (and nothing changes).
///
/// Every path in the interface that changes the roster or a person asks the one guard
/// (`HardRuleGuard`) first; on a breach it opens this prompt instead of making the change.
/// The prompt lies over the current screen and takes keys before it: text goes into the
/// reason, the confirm key makes the change, the back key cancels.
public struct OverridePrompt: Equatable, Sendable {
    /// The rules the change would break, each with who and where.
    public var breaches: [RuleBreach]
    /// What the change is, for the prompt and the status after it ("排入 黄丽").
    public var what: Localized
    public var reason = ""
    public var pending: PendingChange

    public init(breaches: [RuleBreach], what: Localized, pending: PendingChange) {
        self.breaches = breaches
        self.what = what
        self.pending = pending
    }
}

/// The change an override prompt holds.
public struct PendingChange: Equatable, Sendable {
    public var removing: [Assignment] = []
    /// Assignments put on: each gets the override when confirmed.
    public var adding: [Assignment] = []
    /// A person stored anew (an edit of availability or limits): their assignments named by
    /// the breaches get the override.
    public var person: Person?
    /// A walk-in's check-in (with `person` and the one assignment in `adding`).
    public var walkIn: CheckIn?
    /// The audit action of the change (`assign`, `standby`, `walk-in` …).
    public var action: String

    public init(removing: [Assignment] = [], adding: [Assignment] = [], person: Person? = nil, walkIn: CheckIn? = nil,
                action: String) {
        self.removing = removing
        self.adding = adding
        self.person = person
        self.walkIn = walkIn
        self.action = action
    }

    /// The change as the guard checks it.
    var edit: RosterEdit {
        RosterEdit(removing: removing, adding: adding, people: person.map { [$0] } ?? [])
    }
}

/// Checking a change, asking for an override, and carrying it out.
enum Override {
    /// The hard rules `change` would newly break in `state` (empty: it may go ahead).
    static func breaches(_ state: AppState, _ change: PendingChange) -> [RuleBreach] {
        HardRuleGuard.check(change.edit, directory: state.directory, assignments: state.assignments)
    }

    /// Opens the prompt for `change`, saying which rules it breaks.
    /// Opens the prompt for `change`, saying which rules it breaks (and `instead`, a way that
    /// needs no override, when there is one).
    static func ask(_ state: inout AppState, _ change: PendingChange, breaches: [RuleBreach], what: Localized,
                    instead: Localized? = nil) {
        state.override = OverridePrompt(breaches: breaches, what: what, pending: change)
        let confirm = state.keyMap.name(of: .confirm), cancel = state.keyMap.name(of: .back)
        let other = instead.map { Localized(zh: "\($0.zh)；", en: "\($0.en); ") } ?? Localized(zh: "", en: "")
        state.status = .init(Localized(
            zh: "\(what.zh)会违反硬规则：\(RuleBreach.lines(breaches).zh)。\(other.zh)如确需如此，请输入特批理由后按\(confirm.zh)；\(cancel.zh) 放弃",
            en: "\(what.en) would break a hard rule: \(RuleBreach.lines(breaches).en). \(other.en)To go ahead anyway, type a reason and press \(confirm.en); \(cancel.en) cancels"),
            isError: true)
    }

    /// Keys while the prompt is open: text into the reason, Backspace deletes, the confirm
    /// key makes the change (a reason is required), the back key cancels.
    static func type(_ key: Key, _ state: inout AppState) -> [Effect]? {
        guard var prompt = state.override else { return nil }
        let keys = state.keyMap
        switch key {
        case let .character(c) where !c.isNewline:
            return paste(String(c), &state)
        case .backspace where !prompt.reason.isEmpty:
            prompt.reason.removeLast()
            state.override = prompt
        case _ where keys.keys(for: .confirm).contains(key):
            let reason = prompt.reason.trimmingCharacters(in: .whitespaces)
            guard !reason.isEmpty else {
                state.status = .init(Localized(zh: "特批必须写明理由", en: "An override needs a reason"), isError: true)
                return []
            }
            state.override = nil
            return confirm(&state, prompt, reason: reason)
        case _ where keys.keys(for: .back).contains(key):
            state.override = nil
            state.status = .init(Localized(zh: "已放弃：\(prompt.what.zh)（未做任何改动）", en: "Cancelled: \(prompt.what.en) (nothing changed)"))
        case .resize:
            return nil
        default:
            break
        }
        return []
    }

    /// Text into the reason, as one edit of at most ``TextLimits/reason`` characters; the
    /// status says when it was cut (the prompt still shows the rules and keys).
    static func paste(_ text: String, _ state: inout AppState) -> [Effect]? {
        guard var prompt = state.override else { return nil }
        if let cut = TextEntry.append(text, to: &prompt.reason, limit: TextLimits.reason) {
            state.status = .init(cut, isError: true)
        }
        state.override = prompt
        return []
    }

    /// Makes the held change with the override on each assignment it concerns: those it puts
    /// on, or those already there that a breach names (a person's duties after an edit, the
    /// rest of a week whose override was taken off). They go to the store before the person
    /// edit, so that a refused second write never leaves a broken rule without its reason.
    static func confirm(_ state: inout AppState, _ prompt: OverridePrompt, reason: String) -> [Effect] {
        let change = prompt.pending
        let after = change.edit.applied(to: state.assignments)
        let marked = HardRuleGuard.overriding(prompt.breaches, reason: reason, after: after, adding: change.adding)
        let put = Set(change.adding.map(key))
        let byKey = Dictionary(marked.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        let adding = change.adding.map { byKey[key($0)] ?? $0 }
        let kept = marked.filter { !put.contains(key($0)) }
        apply(&state, removing: change.removing, adding: adding + kept)
        var effects: [Effect] = []
        if let checkIn = change.walkIn, let person = change.person, let assignment = adding.first {
            if !kept.isEmpty { effects.append(.change(removing: [], adding: kept, action: change.action)) }
            if !state.directory.people.contains(where: { $0.id == person.id }) {
                state.directory.people.append(person)
                state.directory.people.sort { $0.id.rawValue < $1.id.rawValue }
                state.notePinyin(of: person)
            }
            state.desk.lookup = Derived(nil)   // made again at the next key typed
            state.desk.log.append(checkIn)
            state.desk.undoable.append(.record(checkIn))
            effects.append(.walkIn(person, assignment, checkIn))
        } else {
            if !adding.isEmpty || !kept.isEmpty || !change.removing.isEmpty {
                effects.append(.change(removing: change.removing, adding: adding + kept, action: change.action))
            }
            if let person = change.person {
                // An edit: its duties the breaches name keep them with the override, stored first.
                if let i = state.directory.people.firstIndex(where: { $0.id == person.id }) { state.directory.people[i] = person }
                state.notePinyin(of: person)
                effects.append(.savePerson(person))
                if state.screen == .editor {
                    state.screen = state.editor?.returnTo ?? .people
                    state.editor = nil
                }
            }
        }
        state.recheck(after: change.edit)
        if state.screen == .slot, let open = state.slot {
            // The cursor stays on whom the change was about.
            let person = change.adding.first { $0.slot == open.slot }?.person ?? SlotScreen.selectedLine(state)?.person
            state.slot = SlotScreen.view(state, open.slot, selecting: person, cursor: open.cursor)
        }
        state.status = .init(Localized(zh: "已特批：\(prompt.what.zh)（理由：\(reason)）", en: "Overridden: \(prompt.what.en) (reason: \(reason))"))
        return effects
    }

    static func key(_ a: Assignment) -> String { "\(a.slot.id.rawValue)/\(a.person.rawValue)" }

    /// Puts a change into the state's assignments.
    static func apply(_ state: inout AppState, removing: [Assignment], adding: [Assignment]) {
        let edit = RosterEdit(removing: removing, adding: adding)
        state.assignments = edit.applied(to: state.assignments)
    }

    /// The prompt over the lower part of the screen: the rules, then the reason line.
    static func draw(_ state: AppState, _ screen: inout ScreenBuffer) {
        guard let prompt = state.override else { return }
        let l = state.language, zh = l == .zh
        let shown = Array(prompt.breaches.prefix(max(1, screen.height - 8)))
        let top = screen.height - 2 - shown.count - 3
        let confirm = state.keyMap.name(of: .confirm)(l), cancel = state.keyMap.name(of: .back)(l)
        screen.fill(x: 0, y: top, width: screen.width, height: shown.count + 3, role: .normal)
        screen.fill(x: 0, y: top, width: screen.width, height: 1, role: .title)
        screen.put(zh ? "需要特批：\(prompt.what.zh)会违反硬规则" : "Override needed: \(prompt.what.en) breaks a hard rule",
                   x: 0, y: top, columns: screen.width, role: .title)
        for (i, breach) in shown.enumerated() {
            screen.put("[\(zh ? "硬" : "hard")] \(breach.name(l))：\(breach.message(l))", x: 1, y: top + 1 + i,
                       columns: screen.width - 1, role: .error)
        }
        let reason = (zh ? "理由：" : "Reason: ") + prompt.reason + "_"
        screen.fill(x: 0, y: top + 1 + shown.count, width: screen.width, height: 1, role: .input)
        screen.put(reason, x: 0, y: top + 1 + shown.count, columns: screen.width, role: .input)
        screen.put(zh ? "写明理由后按\(confirm)特批并保存；\(cancel) 放弃，不做改动" : "Type a reason, \(confirm) overrides and saves; \(cancel) cancels",
                   x: 1, y: top + 2 + shown.count, columns: screen.width - 1, role: .dim)
    }
}
