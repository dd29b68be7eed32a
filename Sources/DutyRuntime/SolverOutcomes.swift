import DutyApp
import DutyEngine
import DutyModel

/// What the solver panel says about a roster the engine found: what changes, the coverage,
/// and the rules broken, most costly first, five examples each.
enum SolverOutcomes {
    static func outcome(_ plan: DutyPlan, _ result: DutyResult, before: [Assignment]) -> SolverOutcome {
        let assignments = plan.assignments(result.roster, source: .solver)
        let old = Set(before.map { "\($0.slot.id.rawValue)/\($0.person.rawValue)" })
        let new = Set(assignments.map { "\($0.slot.id.rawValue)/\($0.person.rawValue)" })
        let report = DutyReport(plan.problem, result.roster)
        var lines = result.verifyFailure.map { [Localized(zh: "内部错误（校验模式）：\($0)", en: "Internal error (verify mode): \($0)")] } ?? []
        lines.append(Localized(
            zh: "共 \(report.slots) 个班次：满员 \(report.fullyStaffed) 个，缺人或构成不足 \(report.shortSlots) 个，其中尚可补人 \(report.fillableShort) 个",
            en: "\(report.slots) slots: \(report.fullyStaffed) fully staffed, \(report.shortSlots) short, \(report.fillableShort) of them still fillable"))
        for group in DutyEvaluator.summary(DutyEvaluator.violations(plan.problem, result.roster), order: .byCost) {
            let level = group.constraint.level == .hard ? Localized(zh: "硬", en: "hard") : Localized(zh: "软", en: "soft")
            lines.append(Localized(zh: "[\(level.zh)] \(group.constraint.summary.zh)：\(group.violations.count) 处，罚分 \(group.total)",
                                   en: "[\(level.en)] \(group.constraint.summary.en): \(group.violations.count), penalty \(group.total)"))
            for violation in group.violations.prefix(5) {
                lines.append(Localized(zh: "  " + violation.message.zh, en: "  " + violation.message.en))
            }
        }
        return SolverOutcome(assignments: assignments, hard: result.score.hard, soft: result.score.soft,
                             added: new.subtracting(old).count, removed: old.subtracting(new).count, lines: lines,
                             verifyFailure: result.verifyFailure)
    }
}
