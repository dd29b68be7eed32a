import DutyEngine
import DutyModel
import Foundation

/// The hard-rule guard as the commands use it: `replan`, `solve` and `import` each check their
/// change with the engine's `HardRuleGuard` (the one the interface uses) before they write.
///
/// On a breach a command refuses, naming each rule, the people and the slots, and writes
/// nothing, unless the coordinator gave `--override-reason`: then the change is made with the
/// reason on the assignments the breaches concern (`HardRuleGuard.overriding`), and `explain`
/// shows it. The reason is never empty, as in the interface.
enum CommandGuard {
    /// `--override-reason` read: nil when not given; a blank reason is refused, as an override
    /// without a reason is no override.
    static func reason(_ text: String?, _ l: Language) throws -> String? {
        guard let text else { return nil }
        let reason = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty {
            throw CLIError(Localized(zh: "--override-reason 需要写明理由", en: "--override-reason needs a reason"), l)
        }
        return reason
    }

    /// Checks `edit` against the stored `directory` and `assignments` (those of the weeks the
    /// change touches, Monday to Sunday, with the day on each side). No breach: no assignment
    /// needs an override. Breaches without `reason`: the refusal, naming what `what` would
    /// break. With a reason: the assignments after the change that carry the override (said on
    /// the console).
    static func check(_ edit: RosterEdit, directory: Directory, assignments: [Assignment], reason: String?,
                      what: Localized, _ l: Language, _ console: Console) throws -> [Assignment] {
        let breaches = HardRuleGuard.check(edit, directory: directory, assignments: assignments)
        guard !breaches.isEmpty else { return [] }
        let listed = lines(breaches, edit.applied(to: directory), l)
        guard let reason else {
            throw CLIError(Localized(
                zh: "未写入：\(what.zh)会违反硬规则：\n\(listed)\n如确需如此，请加 --override-reason \"理由\" 再运行一次：理由会记在相关排班上，zhiban explain 可以看到",
                en: "Nothing written: \(what.en) would break a hard rule:\n\(listed)\nTo go ahead anyway, run it again with --override-reason \"REASON\": the reason is kept on the assignments concerned and zhiban explain shows it"),
                l)
        }
        let marked = HardRuleGuard.overriding(breaches, reason: reason, after: edit.applied(to: assignments), adding: edit.adding)
        console.out(l == .zh ? "已特批（理由：\(reason)），\(what.zh)违反的硬规则：\n\(listed)"
                             : "Overridden (reason: \(reason)), the hard rules \(what.en) breaks:\n\(listed)")
        return marked
    }

    /// Each breach on its own lines: the rule, what breaks it, then who and where.
    static func lines(_ breaches: [RuleBreach], _ directory: Directory, _ l: Language) -> String {
        let zh = l == .zh
        let people = Dictionary(directory.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let posts = Dictionary(directory.posts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let templates = Dictionary(directory.shiftTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func slot(_ slot: Slot) -> String {
            let post = posts[slot.post]
            let shift = post.flatMap { templates[$0.template]?.shift(slot.shift) }
            return "\(post?.name ?? slot.post.rawValue) \(slot.date) \(shift?.name ?? slot.shift)（\(slot.id.rawValue)）"
        }
        return breaches.map { breach in
            let who = breach.people.map { id in people[id].map { "\($0.name)（\(id.rawValue)）" } ?? id.rawValue }
            var text = "  [\(zh ? "硬" : "hard")] \(breach.name(l))\(zh ? "：" : ": ")\(breach.message(l))"
            if !who.isEmpty { text += zh ? "\n      人员：\(who.joined(separator: "、"))" : "\n      people: \(who.joined(separator: ", "))" }
            if !breach.slots.isEmpty {
                text += (zh ? "\n      班次：" : "\n      slots: ") + breach.slots.map(slot).joined(separator: zh ? "；" : "; ")
            }
            return text
        }.joined(separator: "\n")
    }

    /// The weeks, Monday to Sunday, around `from` … `to`, with the day on each side: what to load
    /// for the guard.
    static func weeks(_ from: LocalDate, _ to: LocalDate) -> (from: LocalDate, to: LocalDate) {
        (from.monday.adding(days: -1), to.sunday.adding(days: 1))
    }

    /// What a dry run says about `edit`: the breaches a write would need `--override-reason`
    /// for (nothing when there are none, or when the reason is given).
    static func note(_ edit: RosterEdit, directory: Directory, assignments: [Assignment], reason: String?,
                     what: Localized, _ l: Language, _ console: Console) {
        let breaches = HardRuleGuard.check(edit, directory: directory, assignments: assignments)
        guard !breaches.isEmpty else { return }
        let listed = lines(breaches, edit.applied(to: directory), l)
        console.out(l == .zh ? "注意：\(what.zh)会违反硬规则，写入需加 --override-reason\(reason == nil ? "" : "（已给出）")：\n\(listed)"
                             : "Note: \(what.en) would break a hard rule; writing it needs --override-reason\(reason == nil ? "" : " (given)"):\n\(listed)")
    }

    /// The roster a command writes over `from` … `to` (`written`, the search's), with the
    /// overrides `marked` on it, and the days widened to any assignment outside the range an
    /// override falls on (those days' `stored` assignments given again, so nothing else there
    /// changes): the range and assignments for `replaceAssignments`.
    static func roster(_ written: [Assignment], marked: [Assignment], stored: [Assignment], from: LocalDate, to: LocalDate)
        -> (from: LocalDate, to: LocalDate, assignments: [Assignment]) {
        let byKey = Dictionary(marked.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        let outside = marked.map(\.slot.date).filter { $0 < from || to < $0 }
        let lo = min(from, outside.min() ?? from), hi = max(to, outside.max() ?? to)
        let around = stored.filter { $0.slot.date >= lo && $0.slot.date <= hi && ($0.slot.date < from || to < $0.slot.date) }
        return (lo, hi, (written + around).map { byKey[key($0)] ?? $0 })
    }

    /// The change from `stored` (those of `from` … `to`) to `written`, as the guard checks it;
    /// pinned assignments stay, as `replaceAssignments` keeps them.
    static func change(from stored: [Assignment], to written: [Assignment], _ from: LocalDate, _ to: LocalDate) -> RosterEdit {
        let inRange = stored.filter { $0.slot.date >= from && $0.slot.date <= to }
        let old = Set(inRange.map(key)), new = Set(written.map(key))
        return RosterEdit(removing: inRange.filter { !$0.pinned && !new.contains(key($0)) },
                          adding: written.filter { !old.contains(key($0)) })
    }

    static func key(_ a: Assignment) -> String { "\(a.slot.id.rawValue)/\(a.person.rawValue)" }
}
