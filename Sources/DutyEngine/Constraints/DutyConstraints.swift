import SearchCore

/// The registry of duty constraints: every rule the evaluator, explanations and the catalogue go
/// through. A new rule is one file in this folder, one test file in Tests/DutyEngineTests/Constraints
/// and one entry in `all`.
public enum DutyConstraints {
    /// Every duty constraint, hard ones first.
    public static let all: [any DutyConstraint] = [
        NoOverlap(), MinRest(), MaxMinutesPerDay(), Availability(), Eligibility(), MaxWeeklyHours(),
        MaxNightsPerWeek(), MaxHeadcount(), Pinned(),
        Understaffing(), RoleMix(), HomeCompound(), HoursFairness(), NightFairness(), RosterChange(),
    ]

    public static var ids: [String] { all.map(\.id) }

    /// The duty rules' part of docs/constraints.md, with the defaults of `DutySettings`.
    public static var section: ConstraintSection {
        let d = DutySettings()
        return ConstraintSection(
            title: "Duty rosters (slots with times)",
            introduction: """
                From `DutyConstraints.all` (Sources/DutyEngine/Constraints); each is one file there and has one
                test file in Tests/DutyEngineTests/Constraints. These rule the rosters of compounds and posts
                (`zhiban solve`), where a person may hold several slots a day. Limits and weights are
                `DutySettings`; the defaults are below.
                """,
            constraints: all,
            notes: """
                Defaults (`DutySettings`): a long shift is at least \(d.longShiftMinutes / 60) h and needs \(d.restAfterLongMinutes / 60) h \
                of rest around it; at most \(d.maxMinutesPerDay / 60) h of duty start on one day; at most \(d.maxNightsPerWeek) nights \
                per 7-day block; a person without a weekly limit counts as \(DutyCompiler.defaultMaxHoursPerWeek) h. Weights: \
                understaffing \(d.understaffWeight) and role mix \(d.roleMixWeight) per missing person-hour, away from home \
                \(d.awayWeight) (other area \(d.otherAreaWeight)) per hour, hours fairness ×\(d.hoursFairnessWeight), night \
                fairness ×\(d.nightFairnessWeight), a change to a published roster \(d.changeWeight).
                """)
    }
}
