import DutyEngine
import DutyModel

/// Says why one slot of a roster is as it is: who is on it and what it lacks, then every
/// candidate with what blocks them, or in short the free ones and the blocked residents by rule.
struct SlotExplainer {
    let problem: DutyProblem
    let roster: DutyRoster
    let language: Language
    let console: Console
    /// Overrides on the stored assignments, by slot and person (`slot/person`): a member kept although
    /// they break a hard rule is shown with the reason.
    var overrides: [String: RuleOverride] = [:]

    func explain(slot s: Int, all: Bool) {
        let l = language, zh = l == .zh
        let slot = problem.slots[s]
        let members = roster.members[s].map { p in
            let reason = overrides["\(slot.id)/\(problem.people[Int(p)].id)"]?.reason
            return problem.label(person: Int(p)) + (reason.map { zh ? "（已特批，理由：\($0)）" : " (overridden, reason: \($0))" } ?? "")
        }
        let missing = zip(slot.requirements, RoleMix.missing(slot, members: roster.members[s], problem.people))
            .filter { $0.1 > 0 }.map { $0.0.name(l) }
        console.out(zh ? "\n\(slot.label)（\(slot.id)）：需 \(slot.minimum)–\(slot.maximum) 人，现 \(roster.members[s].count) 人"
                       + (missing.isEmpty ? "" : "，缺少\(missing.joined(separator: "、"))")
                       : "\n\(slot.label) (\(slot.id)): needs \(slot.minimum)–\(slot.maximum), has \(roster.members[s].count)"
                       + (missing.isEmpty ? "" : ", lacks \(missing.joined(separator: ", "))"))
        if !members.isEmpty { console.out(zh ? "  在岗：\(members.joined(separator: "、"))" : "  on it: \(members.joined(separator: ", "))") }
        let candidates = DutyExplain.candidates(problem, roster, slot: s)
        if all {
            for c in candidates {
                let reason = c.block.map { $0.message(problem)(l) }
                    ?? (zh ? "可排，软分变化 \(c.softChange ?? 0)" : "can take it, soft change \(c.softChange ?? 0)")
                console.out("  \(name(c))\(zh ? "：" : ": ")\(reason)")
            }
            return
        }
        let free = candidates.filter { $0.block == nil }
        console.out(zh ? "  可排 \(free.count) 人" : "  free: \(free.count)", terminator: free.isEmpty ? "\n" : (zh ? "：" : ": "))
        if !free.isEmpty { console.out(free.prefix(5).map(name).joined(separator: zh ? "、" : ", ") + (free.count > 5 ? " …" : "")) }
        // Blocked candidates grouped by the rule that blocks them (residents only, to keep it short).
        var byRule: [(String, [String])] = []
        for c in candidates where c.isResident {
            guard let block = c.block else { continue }
            let rule = block.constraint
            if let i = byRule.firstIndex(where: { $0.0 == rule }) { byRule[i].1.append(name(c)) } else { byRule.append((rule, [name(c)])) }
        }
        for (rule, names) in byRule {
            let title = DutyConstraints.all.first { $0.id == rule }?.summary(l) ?? (zh ? "已在此班" : "already on it")
            console.out("  \(zh ? "受阻" : "blocked") — \(title)\(zh ? "：" : ": ")\(names.prefix(8).joined(separator: zh ? "、" : ", "))"
                        + (names.count > 8 ? (zh ? " 等 \(names.count) 人" : " and \(names.count - 8) more") : ""))
        }
    }

    /// A candidate's label, marked when from another compound (外小区) or bringing a missing role (★).
    func name(_ c: DutyCandidate) -> String {
        let zh = language == .zh
        return problem.label(person: c.person) + (c.isResident ? "" : (zh ? "（外小区）" : " (other compound)"))
            + (c.hasMissingRole ? (zh ? "★" : "*") : "")
    }
}
