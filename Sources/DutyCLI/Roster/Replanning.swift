import DutyEngine
import DutyModel
import Foundation

/// `zhiban replan`: hands an absent person's duties to others (or finds one more person for a
/// slot) with as few changes as possible and none before the time given; the absence is
/// recorded as leave.
///
/// The changes and the leave go through the hard-rule guard over the whole weeks involved
/// (to the end of the leave): a replacement over their weekly limit, or a duty of the absent
/// person the leave covers but the replan did not reach, is refused without `--override-reason`.
public enum Replanning {
    /// The options read and checked: exactly one of `absent` and `more`, times in order.
    public struct Request: Sendable {
        /// Who cannot serve (ID, or name when unique), or the slot that needs one more (its ID).
        let absent: String?, more: String?
        /// From when; until when (else the end of what is rostered).
        let from: LocalDateTime, until: LocalDateTime?
        /// Days after `from` to replan; a dry run only says what would change.
        let days: Int, dryRun: Bool, language: Language
        /// Why the changes are kept although they break a hard rule (`--override-reason`).
        let overrideReason: String?
        /// Checks the engine's bookkeeping after every move (tests).
        let verify: Bool

        public init(absent: String?, more: String?, from: String, until: String?, days: Int, dryRun: Bool,
                    overrideReason: String? = nil, verify: Bool = false, language l: Language) throws {
            guard (absent == nil) != (more == nil) else {
                throw CLIError(l == .zh ? "请给出 --absent 或 --more 之一" : "give one of --absent or --more")
            }
            let start = try ArgumentValue.time(from, l, option: "--from")
            let end = try until.map { try ArgumentValue.time($0, l, option: "--until") }
            if let end, end <= start {
                throw CLIError(l == .zh ? "--until 应晚于 --from" : "--until must be after --from")
            }
            // Its own range (the day of --from and up to 61 after), checked as given: `days + 1`
            // would overflow on a huge value and name a number the user never typed.
            guard (1...61).contains(days) else {
                throw CLIError(l == .zh ? "--days 应在 1 到 61 之间，而不是 \(days)" : "--days must be 1 to 61, not \(days)")
            }
            (self.absent, self.more, self.from, self.until) = (absent, more, start, end)
            (self.days, self.dryRun, language) = (days, dryRun, l)
            self.overrideReason = try CommandGuard.reason(overrideReason, l)
            self.verify = verify
        }
    }

    public static func run(_ store: any RosterStore, _ request: Request, _ console: Console) throws {
        try StaleRetry.run(Localized(zh: "本次重新排班", en: "this replan"), request.language, console) {
            try once(store, request, console)
        }
    }

    /// One read, replan and write; refused as a whole when what it read changed meanwhile.
    static func once(_ store: any RosterStore, _ request: Request, _ console: Console) throws {
        let l = request.language, zh = l == .zh, time = request.from
        // From the day before (a night shift may be in progress) to the last rostered day
        // within `days` after: days nobody has rostered yet are not replanned.
        let start = time.date.adding(days: -1)
        let version = try store.version()
        let directory = try store.loadDirectory()
        try RosterRange.requireData(directory, l)
        let existing = try store.assignments(from: start, to: time.date.adding(days: request.days))
        let end = max(time.date, existing.map(\.slot.date).max() ?? time.date)
        let plan = DutyCompiler.compile(directory, from: start, days: end.dayNumber - start.dayNumber + 1, existing: existing,
                                        context: try RosterRange.context(store, start, end))
        var roster = plan.current
        for pair in plan.problem.pinned { roster.add(pair) }
        let minute = plan.minute(time)
        let problem = plan.problem
        let result: DutyReplanResult
        var leave: PersonUpdate?
        if let absent = request.absent {
            let person = try self.person(absent, in: directory, l)
            // The absence is kept as leave, so that later solves and replans know of it.
            var updated = person
            updated.unavailable += Unavailability.covering(
                from: time, until: request.until ?? LocalDateTime(date: end.adding(days: 1), time: .midnight))
            leave = PersonUpdate(before: person, after: updated)
            guard let p = plan.personIndex[person.id] else { throw CLIError(zh ? "人员 \(person.id) 不在任何小区" : "\(person.id) lives in no compound") }
            result = DutyReplan.absence(problem, roster: roster, person: p, from: minute, until: request.until.map(plan.minute),
                                         verify: request.verify)
            if result.own.isEmpty {
                console.out(zh ? "\(problem.label(person: p)) 在 \(time) 之后没有排班，无需调整" : "\(problem.label(person: p)) has no duty after \(time): nothing to do")
                return
            }
        } else {
            let more = request.more ?? ""
            guard let s = plan.slotIndex[SlotID(rawValue: more)] else {
                throw CLIError(zh ? "在 \(start) 至 \(end) 中找不到班次 \(more)" : "no slot \(more) between \(start) and \(end)")
            }
            guard problem.slots[s].start >= minute else {
                throw CLIError(zh ? "班次 \(more) 在 \(time) 之前已开始" : "the slot \(more) starts before \(time)")
            }
            result = DutyReplan.onceMore(problem, roster: roster, slot: s, from: minute, verify: request.verify)
        }
        if let failure = result.verifyFailure {
            throw VerifyFailure(failure)
        }
        let milliseconds = String(format: "%.0f", result.seconds * 1000)
        console.out(zh ? "重新排班用时 \(milliseconds) 毫秒，得分 \(RosterText.score(result.score, l))"
                       : "Replanned in \(milliseconds) ms, score \(RosterText.score(result.score, l))")
        for pair in result.removed {
            console.out((zh ? "  撤下 " : "  off  ") + "\(problem.label(person: pair.person))  \(problem.label(slot: pair.slot))")
        }
        for pair in result.added {
            console.out((zh ? "  补上 " : "  on   ") + "\(problem.label(person: pair.person))  \(problem.label(slot: pair.slot))")
        }
        console.out(zh ? "其他人员的改动：\(result.otherChanges) 条" : "Changes to other people's duties: \(result.otherChanges)")
        if !result.stillShort.isEmpty {
            console.out(zh ? "仍缺人的班次：" : "Still short:")
            for s in result.stillShort { console.out("  \(problem.label(slot: s))（\(problem.slots[s].id)）") }
            console.out(zh ? "可用 zhiban explain --slot 班次编号 查看原因" : "See why with zhiban explain --slot SLOT-ID")
        }
        // The guard sees the whole weeks from the day before to the end of the leave.
        let added = leave.map { $0.after.unavailable.dropFirst($0.before.unavailable.count).map(\.to) } ?? []
        let last = max(end, added.max() ?? end)
        let weeks = CommandGuard.weeks(start, last)
        let stored = try store.assignments(from: weeks.from, to: weeks.to)
        let written = plan.assignments(result.roster, source: .replan)
        var change = CommandGuard.change(from: stored, to: written, start, end)
        change.people = leave.map { [$0.after] } ?? []
        let what = Localized(zh: "这次重新排班", en: "this replan")
        if request.dryRun {
            CommandGuard.note(change, directory: directory, assignments: stored, reason: request.overrideReason, what: what, l, console)
            console.out(zh ? "试运行：未写入" : "Dry run: nothing written")
            return
        }
        let marked = try StaleRetry.guarded(store, since: version) {
            try CommandGuard.check(change, directory: directory, assignments: stored, reason: request.overrideReason,
                                   what: what, l, console)
        }
        let write = CommandGuard.roster(written, marked: marked, stored: stored, from: start, to: end)
        try RosterText.store(write.assignments, from: write.from, to: write.to, action: "replan", updating: leave, into: store,
                             basedOn: version, l, console)
        if let leave, let added = leave.after.unavailable.last {
            console.out(zh ? "已登记 \(leave.after.name) 请假至 \(added.to)" : "Recorded \(leave.after.name)'s leave until \(added.to)")
        }
    }

    /// A person by ID, or by exact name when that is unique.
    static func person(_ text: String, in directory: Directory, _ l: Language) throws -> Person {
        if let person = directory.people.first(where: { $0.id.rawValue == text }) { return person }
        let named = directory.people.filter { $0.name == text }
        if named.count == 1 { return named[0] }
        if named.isEmpty {
            throw CLIError(l == .zh ? "找不到人员“\(text)”（请用编号或姓名）" : "no person “\(text)” (give an ID or a name)")
        }
        let ids = named.map(\.id.rawValue).joined(separator: ", ")
        throw CLIError(l == .zh ? "有 \(named.count) 人叫“\(text)”：\(ids)，请用编号" : "\(named.count) people are called “\(text)”: \(ids); give an ID")
    }
}
