import DutyEngine
import DutyModel
import SearchCore

/// `zhiban explain`: a stored roster's violations grouped by rule, naming people, posts and
/// times, and for each short slot who could fill it and what blocks the others; or one slot in
/// full, every candidate with the rule that blocks them.
///
/// A hard violation a coordinator overrode is listed apart, as overridden, with the reason
/// (`[硬·已特批]`): it is a decision, not a fault; one no override covers is listed as before.
public enum ExplainCommand {
    /// Explains the stored roster of `range`, or only `slot` (its ID) in full; `limit` lines
    /// are shown per rule, and `limit` short slots.
    public static func run(_ store: any RosterStore, _ range: RosterRange, slot: String?, limit: Int, _ l: Language,
                           _ console: Console) throws {
        let zh = l == .zh
        let (_, plan) = try range.load(store, l)
        let start = plan.start, end = start.adding(days: plan.problem.days - 1)
        let problem = plan.problem
        var roster = plan.current
        for pair in problem.pinned { roster.add(pair) }
        let stored = try store.assignments(from: start.adding(days: -1), to: end.adding(days: 1))
        let bySlot = Dictionary(grouping: stored, by: \.slot)
        let byKey = Dictionary(stored.map { ("\($0.slot.id)/\($0.person)", $0) }, uniquingKeysWith: { a, _ in a })
        let explainer = SlotExplainer(problem: problem, roster: roster, language: l, console: console,
                                      overrides: byKey.compactMapValues(\.override))
        if let slot {
            guard let s = plan.slotIndex[SlotID(rawValue: slot)] else {
                throw CLIError(zh ? "在 \(start) 至 \(end) 中找不到班次“\(slot)”" : "no slot \(slot) between \(start) and \(end)")
            }
            explainer.explain(slot: s, all: true)
            return
        }
        let score = DutyEvaluator.score(problem, roster)
        console.out(zh ? "\(start) 至 \(end)：\(roster.assignmentCount) 条排班，得分 \(RosterText.score(score, l))"
                       : "\(start) to \(end): \(roster.assignmentCount) assignments, score \(RosterText.score(score, l))")
        let violations = DutyEvaluator.violations(problem, roster)
        var reasons: [Violation: String] = [:]
        for v in violations where v.level == .hard {
            if let override = Overrides.covering(v, in: plan, bySlot) { reasons[v] = override.reason }
        }
        if score.hard == 0 {
            console.out(zh ? "硬约束：全部满足" : "Hard rules: all kept")
        } else if reasons.count == violations.filter({ $0.level == .hard }).count {
            console.out(zh ? "硬约束：除已特批的 \(reasons.count) 处外全部满足" : "Hard rules: all kept but \(reasons.count) overridden")
        }
        for group in DutyEvaluator.summary(violations, order: .catalogue) {
            let constraint = group.constraint
            let open = group.violations.filter { reasons[$0] == nil }, overridden = group.violations.filter { reasons[$0] != nil }
            let level = constraint.level == .hard ? (zh ? "硬" : "hard") : (zh ? "软" : "soft")
            for (list, isOverridden) in [(open, false), (overridden, true)] where !list.isEmpty {
                let total = list.reduce(0) { $0 + $1.penalty }
                let tag = isOverridden ? (zh ? "硬·已特批" : "hard, overridden") : level
                // The rule by its name only: its ID is for docs/constraints.md, not for coordinators.
                console.out("\n[\(tag)] \(constraint.summary(l))" + (zh ? "：\(list.count) 处，罚分 \(total)" : ": \(list.count), penalty \(total)"))
                for v in list.prefix(limit) {
                    let why = reasons[v].map { zh ? "  理由：\($0)" : "  reason: \($0)" } ?? ""
                    console.out("  \(v.message(l))" + (constraint.level == .soft ? "  (\(v.penalty))" : "") + why)
                }
                if list.count > limit { console.out(zh ? "  ……另有 \(list.count - limit) 处" : "  … and \(list.count - limit) more") }
            }
        }
        let short = DutyExplain.shortSlots(problem, roster)
        console.out(zh ? "\n缺人或构成不足的班次：\(short.count) 个" : "\nShort slots: \(short.count)")
        for s in short.prefix(limit) { explainer.explain(slot: s, all: false) }
        if short.count > limit { console.out(zh ? "……另有 \(short.count - limit) 个，可用 --limit 查看更多" : "… and \(short.count - limit) more (use --limit)") }
    }
}
