import DutyModel

/// Why a person cannot take a slot (the first hard rule it would break).
public enum DutyBlock: Sendable, Hashable {
    case alreadyOn
    case full
    case ineligible(Localized)
    case unavailable
    case overlap(Int)
    case rest(Int)
    case dayLimit(minutes: Int)
    /// Already `minutes` that week; `adding` more would pass their own `limit`.
    case weekLimit(minutes: Int, adding: Int, limit: Int)
    case nightLimit(nights: Int)

    /// The constraint the block stands for.
    public var constraint: String {
        switch self {
        case .alreadyOn: "already-on"
        case .full: MaxHeadcount().id
        case .ineligible: Eligibility().id
        case .unavailable: Availability().id
        case .overlap: NoOverlap().id
        case .rest: MinRest().id
        case .dayLimit: MaxMinutesPerDay().id
        case .weekLimit: MaxWeeklyHours().id
        case .nightLimit: MaxNightsPerWeek().id
        }
    }

    public func message(_ problem: DutyProblem) -> Localized {
        switch self {
        case .alreadyOn: Localized(zh: "已在此班", en: "already on it")
        case .full: Localized(zh: "此班已满员", en: "the slot is full")
        case .ineligible(let why): why
        case .unavailable: Localized(zh: "该时段不可值班（每周时段或请假）", en: "not available then (weekly hours or leave)")
        case .overlap(let s): Localized(zh: "同时段已排 \(problem.label(slot: s))", en: "already on \(problem.label(slot: s)) then")
        case .rest(let s): Localized(zh: "与 \(problem.label(slot: s)) 间隔不足 \(HoursText.tenths(problem.settings.restAfterLongMinutes)) 小时",
                                     en: "less than \(HoursText.tenths(problem.settings.restAfterLongMinutes)) h from \(problem.label(slot: s))")
        case .dayLimit(let m): Localized(zh: "当天已值班 \(HoursText.tenths(m)) 小时", en: "already \(HoursText.tenths(m)) h that day")
        case let .weekLimit(m, adding, limit):
            Localized(zh: "本周已值班 \(HoursText.tenths(m)) 小时，再排 \(HoursText.tenths(adding)) 小时会超过本人上限 \(HoursText.tenths(limit)) 小时",
                      en: "already \(HoursText.tenths(m)) h that week; \(HoursText.tenths(adding)) h more would pass their limit of \(HoursText.tenths(limit)) h")
        case .nightLimit(let n): Localized(zh: "本周已有 \(n) 个夜班", en: "already \(n) night shifts that week")
        }
    }
}
