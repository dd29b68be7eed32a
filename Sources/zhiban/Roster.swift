import ArgumentParser
import DutyEngine
import DutyModel
import DutyStore
import Foundation
import SearchCore
import TerminalKit

/// Shared by solve, explain and replan: parsing dates and people, loading a range.
enum RosterCLI {
    /// Leave entries covering `from` … `until`: a partial first day, whole days, a partial last day.
    static func leave(from: LocalDateTime, until: LocalDateTime) -> [Unavailability] {
        guard from < until else { return [] }
        if from.date == until.date {
            return [TimeRange(start: from.time, end: until.time).flatMap { Unavailability(from: from.date, to: from.date, hours: $0) }]
                .compactMap { $0 }
        }
        var result: [Unavailability] = []
        var firstWhole = from.date
        if from.time.minutes > 0 {
            if let hours = TimeRange(start: from.time, end: .endOfDay), let u = Unavailability(from: from.date, to: from.date, hours: hours) {
                result.append(u)
            }
            firstWhole = from.date.adding(days: 1)
        }
        let lastWhole = until.date.adding(days: -1)
        if firstWhole <= lastWhole, let u = Unavailability(from: firstWhole, to: lastWhole) { result.append(u) }
        if until.time.minutes > 0, let hours = TimeRange(start: .midnight, end: until.time),
           let u = Unavailability(from: until.date, to: until.date, hours: hours) {
            result.append(u)
        }
        return result
    }

    static func date(_ text: String, _ l: Language, option: String) throws -> LocalDate {
        guard let date = LocalDate(parsing: text) else {
            throw CLIError(l == .zh ? "\(option) 的日期“\(text)”无效：应为 2026-12-01 这样的格式"
                                    : "\(option): “\(text)” is not a date: expected e.g. 2026-12-01")
        }
        return date
    }

    static func time(_ text: String, _ l: Language, option: String) throws -> LocalDateTime {
        if let time = LocalDateTime(parsing: text) { return time }
        if let date = LocalDate(parsing: text) { return LocalDateTime(date: date, time: .midnight) }
        throw CLIError(l == .zh ? "\(option) 的时间“\(text)”无效：应为 “2026-12-03 08:00” 这样的格式"
                                : "\(option): “\(text)” is not a time: expected e.g. “2026-12-03 08:00”")
    }

    static func days(_ days: Int, _ l: Language) throws -> Int {
        guard (1...62).contains(days) else {
            throw CLIError(l == .zh ? "--days 应在 1 到 62 之间，而不是 \(days)" : "--days must be 1 to 62, not \(days)")
        }
        return days
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

    static func requireData(_ directory: Directory, _ l: Language) throws {
        if directory.posts.isEmpty || directory.people.isEmpty {
            throw CLIError(l == .zh ? "数据库中没有岗位或人员：请先用 zhiban import 导入" : "the database has no posts or people: run zhiban import first")
        }
    }

    /// Assignments on the day before and the day after a range: fixed context for rest rules.
    static func context(_ db: AppDatabase, _ start: LocalDate, _ end: LocalDate) throws -> [Assignment] {
        let before = start.adding(days: -1), after = end.adding(days: 1)
        return try db.assignments(from: before, to: before) + db.assignments(from: after, to: after)
    }

    static func seconds(_ s: Double) -> String { String(format: "%.1f", s) }

    static func scoreText(_ score: Score, _ l: Language) -> String {
        l == .zh ? "\(score.hard) 硬 / \(score.soft) 软" : "\(score.hard) hard / \(score.soft) soft"
    }

    static func coverage(_ report: DutyReport, _ l: Language) -> String {
        l == .zh
            ? "共 \(report.slots) 个班次：满员 \(report.fullyStaffed) 个，缺人或构成不足 \(report.shortSlots) 个（缺 \(report.missingPersonHours) 人时，构成不足 \(report.roleMixShort) 个），其中尚可补人 \(report.fillableShort) 个"
            : "\(report.slots) slots: \(report.fullyStaffed) fully staffed, \(report.shortSlots) short (\(report.missingPersonHours) person-hours missing, role mix short on \(report.roleMixShort)), of which \(report.fillableShort) could still be filled"
    }

    static func spreadTable(_ report: DutyReport, _ l: Language) -> String {
        let zh = l == .zh
        var table = TextTable([.init(zh ? "类别" : "category"), .init(zh ? "人数" : "people", .right),
                               .init(zh ? "平均时长" : "mean h", .right), .init(zh ? "标准差" : "sd", .right),
                               .init(zh ? "最少" : "min", .right), .init(zh ? "最多" : "max", .right),
                               .init(zh ? "同小区极差" : "range in compound", .right), .init(zh ? "占上限" : "of limit", .right)])
        for s in report.spreads {
            table.append([s.category, "\(s.people)", String(format: "%.1f", s.meanHours), String(format: "%.1f", s.standardDeviation),
                          String(format: "%.0f", s.minHours), String(format: "%.0f", s.maxHours),
                          String(format: "%.1f", s.meanRangeInCompound), String(format: "%.0f%%", s.meanUtilisation * 100)])
        }
        return table.render()
    }
}

/// `--from DATE --days N`, shared by solve and explain.
struct RangeOptions: ParsableArguments {
    @Option(help: "First day (e.g. 2026-12-01).")
    var from: String

    @Option(help: "Number of days (1–62).")
    var days = 7

    /// Opens the database and compiles the range with its stored assignments (and those of
    /// the days around it as context).
    func load(_ options: GlobalOptions, keepExisting: Bool = false) throws -> (AppDatabase, DutyPlan) {
        let l = options.language
        let start = try RosterCLI.date(from, l, option: "--from")
        let days = try RosterCLI.days(days, l)
        let end = start.adding(days: days - 1)
        let db = try options.open()
        let directory = try db.loadDirectory()
        try RosterCLI.requireData(directory, l)
        let plan = DutyCompiler.compile(directory, from: start, days: days, existing: try db.assignments(from: start, to: end),
                                        context: try RosterCLI.context(db, start, end), keepExisting: keepExisting)
        return (db, plan)
    }
}

/// Progress of a search on one terminal line (stderr), silent when stderr is not a terminal.
struct SearchProgress {
    let enabled = isatty(2) == 1
    let language: Language

    func show(_ p: DutyProgress) {
        guard enabled else { return }
        let text = language == .zh
            ? "搜索中 \(RosterCLI.seconds(p.seconds)) 秒  得分 \(RosterCLI.scoreText(p.score, language))  缺人班次 \(p.shortSlots)"
            : "searching \(RosterCLI.seconds(p.seconds)) s  score \(RosterCLI.scoreText(p.score, language))  short slots \(p.shortSlots)"
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    }

    func done() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// Ctrl-C stops the search and keeps the best roster so far.
final class InterruptStopper: @unchecked Sendable {
    private var source: DispatchSourceSignal?

    init(_ stop: @escaping @Sendable () -> Void) {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler(handler: stop)
        source.resume()
        self.source = source
    }

    deinit {
        source?.cancel()
        signal(SIGINT, SIG_DFL)
    }
}

struct Solve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fill the open slots of a range of days (pinned assignments stay) and store the roster.",
        discussion: """
            Every post, shift and day in the range is a slot. Pinned assignments never move; other \
            assignments already in the range are the starting point and change only where that pays \
            (each change costs as much as the roster-change rule says). Ctrl-C stops the search early \
            and keeps the best roster found. Nothing is written with --dry-run.
            """)

    @OptionGroup var options: GlobalOptions

    @OptionGroup var range: RangeOptions

    @Option(help: "Seconds to search after the first roster.")
    var time: Double = 5

    @Option(help: "Stop after this many moves per thread instead (deterministic).")
    var steps: Int?

    @Option(help: "Random seed (the same seed and --steps give the same roster).")
    var seed: UInt64 = 1

    @Option(help: "Parallel searches.")
    var threads = 2

    @Flag(help: "Show the result without storing it.")
    var dryRun = false

    func run() throws {
        let l = options.language, zh = l == .zh
        let (db, plan) = try range.load(options, keepExisting: true)
        let start = plan.start, end = start.adding(days: plan.problem.days - 1)
        var search = DutySearchOptions(seed: seed, threads: max(1, threads))
        if let steps { search.steps = steps } else { search.seconds = max(0, time) }
        let solver = DutySolver(plan.problem, options: search)
        let stopper = InterruptStopper { solver.stop() }
        let progress = SearchProgress(language: l)
        let result = solver.run(start: plan.current) { progress.show($0) }
        progress.done()
        _ = stopper
        let report = DutyReport(plan.problem, result.roster)
        let wanted = plan.problem.slots.reduce(0) { $0 + $1.minimum }
        print(zh ? "排班 \(start) 至 \(end)：\(report.slots) 个班次，至少需 \(wanted) 人次；已锁定 \(plan.problem.pinned.count) 条"
                 : "Roster \(start) to \(end): \(report.slots) slots needing at least \(wanted) people; \(plan.problem.pinned.count) pinned")
        let first = result.firstFeasibleSeconds.map(RosterCLI.seconds) ?? "—"
        print(zh ? "搜索 \(RosterCLI.seconds(result.seconds)) 秒（首个无硬冲突排班 \(first) 秒），得分 \(RosterCLI.scoreText(result.score, l))"
                 : "Searched \(RosterCLI.seconds(result.seconds)) s (first roster without hard violations at \(first) s), score \(RosterCLI.scoreText(result.score, l))")
        print(RosterCLI.coverage(report, l))
        if !result.score.isFeasible {
            print(zh ? "注意：仍有硬约束冲突（多为锁定的排班），请运行 zhiban explain 查看" : "Note: hard violations remain (usually pinned assignments); run zhiban explain")
        }
        print(RosterCLI.spreadTable(report, l), terminator: "")
        let assignments = plan.assignments(result.roster, source: .solver)
        if dryRun {
            let (added, removed) = result.roster.changes(from: plan.current)
            print(zh ? "试运行：将新增 \(added.count) 条、撤下 \(removed.count) 条（未写入）"
                     : "Dry run: would add \(added.count) and remove \(removed.count) assignments (nothing written)")
            return
        }
        do {
            let written = try db.replaceAssignments(from: start, to: end, with: assignments, action: "solve")
            print(zh ? "已写入：新增 \(written.added) 条，撤下 \(written.removed) 条" : "Stored: \(written.added) added, \(written.removed) removed")
        } catch let error as StoreError {
            throw CLIError(error.message(l))
        }
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain a stored roster: every violation by rule, and why each short slot is short.",
        discussion: "With --slot, every candidate for that slot and the rule that blocks each.")

    @OptionGroup var options: GlobalOptions

    @OptionGroup var range: RangeOptions

    @Option(help: "One slot to explain in full (its ID, e.g. C001-checkpoint-G1@2026-12-01@night).")
    var slot: String?

    @Option(help: "Lines shown per rule and short slots shown.")
    var limit = 10

    func run() throws {
        let l = options.language, zh = l == .zh
        let (_, plan) = try range.load(options)
        let start = plan.start, end = start.adding(days: plan.problem.days - 1)
        let problem = plan.problem
        var roster = plan.current
        for pair in problem.pinned { roster.add(pair) }
        if let slot {
            guard let s = plan.slotIndex[SlotID(rawValue: slot)] else {
                throw CLIError(zh ? "在 \(start) 至 \(end) 中找不到班次 \(slot)" : "no slot \(slot) between \(start) and \(end)")
            }
            explain(slot: s, problem, roster, l, all: true)
            return
        }
        let score = DutyEvaluator.score(problem, roster)
        print(zh ? "\(start) 至 \(end)：\(roster.assignmentCount) 条排班，得分 \(RosterCLI.scoreText(score, l))"
                 : "\(start) to \(end): \(roster.assignmentCount) assignments, score \(RosterCLI.scoreText(score, l))")
        if score.hard == 0 { print(zh ? "硬约束：全部满足" : "Hard rules: all kept") }
        for (constraint, list) in DutyEvaluator.grouped(DutyEvaluator.violations(problem, roster)) {
            let total = list.reduce(0) { $0 + $1.penalty }
            let level = constraint.level == .hard ? (zh ? "硬" : "hard") : (zh ? "软" : "soft")
            print("\n[\(level)] \(constraint.summary(l)) (\(constraint.id))" + (zh ? "：\(list.count) 处，罚分 \(total)" : ": \(list.count), penalty \(total)"))
            for v in list.sorted(by: { $0.penalty > $1.penalty }).prefix(limit) {
                print("  \(v.message(l))" + (constraint.level == .soft ? "  (\(v.penalty))" : ""))
            }
            if list.count > limit { print(zh ? "  ……另有 \(list.count - limit) 处" : "  … and \(list.count - limit) more") }
        }
        let short = DutyExplain.shortSlots(problem, roster)
        print(zh ? "\n缺人或构成不足的班次：\(short.count) 个" : "\nShort slots: \(short.count)")
        for s in short.prefix(limit) { explain(slot: s, problem, roster, l, all: false) }
        if short.count > limit { print(zh ? "……另有 \(short.count - limit) 个，可用 --limit 查看更多" : "… and \(short.count - limit) more (use --limit)") }
    }

    func explain(slot s: Int, _ problem: DutyProblem, _ roster: DutyRoster, _ l: Language, all: Bool) {
        let zh = l == .zh
        let slot = problem.slots[s]
        let members = roster.members[s].map { problem.label(person: Int($0)) }
        let missing = zip(slot.requirements, RoleMix.missing(slot, members: roster.members[s], problem.people))
            .filter { $0.1 > 0 }.map { $0.0.name(l) }
        print(zh ? "\n\(slot.label)（\(slot.id)）：需 \(slot.minimum)–\(slot.maximum) 人，现 \(roster.members[s].count) 人"
                 + (missing.isEmpty ? "" : "，缺少\(missing.joined(separator: "、"))")
                 : "\n\(slot.label) (\(slot.id)): needs \(slot.minimum)–\(slot.maximum), has \(roster.members[s].count)"
                 + (missing.isEmpty ? "" : ", lacks \(missing.joined(separator: ", "))"))
        if !members.isEmpty { print(zh ? "  在岗：\(members.joined(separator: "、"))" : "  on it: \(members.joined(separator: ", "))") }
        let candidates = DutyExplain.candidates(problem, roster, slot: s)
        let free = candidates.filter { $0.block == nil }
        func name(_ c: DutyCandidate) -> String {
            problem.label(person: c.person) + (c.isResident ? "" : (zh ? "（外小区）" : " (other compound)"))
                + (c.hasMissingRole ? (zh ? "★" : "*") : "")
        }
        if all {
            for c in candidates {
                let reason = c.block.map { $0.message(problem)(l) }
                    ?? (zh ? "可排，软分变化 \(c.softChange ?? 0)" : "can take it, soft change \(c.softChange ?? 0)")
                print("  \(name(c))\(zh ? "：" : ": ")\(reason)")
            }
            return
        }
        print(zh ? "  可排 \(free.count) 人" : "  free: \(free.count)",
              terminator: free.isEmpty ? "\n" : (zh ? "：" : ": "))
        if !free.isEmpty { print(free.prefix(5).map(name).joined(separator: zh ? "、" : ", ") + (free.count > 5 ? " …" : "")) }
        // Blocked candidates grouped by the rule that blocks them (residents only, to keep it short).
        var byRule: [(String, [String])] = []
        for c in candidates where c.isResident {
            guard let block = c.block else { continue }
            let rule = block.constraint
            if let i = byRule.firstIndex(where: { $0.0 == rule }) { byRule[i].1.append(name(c)) } else { byRule.append((rule, [name(c)])) }
        }
        for (rule, names) in byRule {
            let title = DutyConstraints.all.first { $0.id == rule }?.summary(l) ?? (zh ? "已在此班" : "already on it")
            print("  \(zh ? "受阻" : "blocked") — \(title)\(zh ? "：" : ": ")\(names.prefix(8).joined(separator: zh ? "、" : ", "))" + (names.count > 8 ? (zh ? " 等 \(names.count) 人" : " and \(names.count - 8) more") : ""))
        }
    }
}

struct ReplanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replan",
        abstract: "Replan after someone drops out (or a slot needs one more), changing as little as possible.",
        discussion: """
            Nothing that starts before --from changes. The absent person's slots go to others, by \
            direct replacement where someone is free, else by moving one duty of a candidate to a \
            third person. Prints every change; nothing is written with --dry-run.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: "Who cannot serve (ID, or name when unique).")
    var absent: String?

    @Option(help: "A slot that needs one more person (its ID).")
    var more: String?

    @Option(help: "From when (e.g. “2026-12-03 08:00”).")
    var from: String

    @Option(help: "Until when (default: the end of the range).")
    var until: String?

    @Option(help: "Days after --from to replan.")
    var days = 14

    @Flag(help: "Show the changes without storing them.")
    var dryRun = false

    func run() throws {
        let l = options.language, zh = l == .zh
        guard (absent == nil) != (more == nil) else {
            throw CLIError(zh ? "请给出 --absent 或 --more 之一" : "give one of --absent or --more")
        }
        let time = try RosterCLI.time(from, l, option: "--from")
        let untilTime = try until.map { try RosterCLI.time($0, l, option: "--until") }
        if let untilTime, untilTime <= time {
            throw CLIError(zh ? "--until 应晚于 --from" : "--until must be after --from")
        }
        // From the day before (a night shift may be in progress) to the last rostered day
        // within `days` after: days nobody has rostered yet are not replanned.
        let start = time.date.adding(days: -1)
        _ = try RosterCLI.days(days + 1, l)
        let db = try options.open()
        let directory = try db.loadDirectory()
        try RosterCLI.requireData(directory, l)
        let existing = try db.assignments(from: start, to: time.date.adding(days: days))
        let end = max(time.date, existing.map(\.slot.date).max() ?? time.date)
        let span = end.dayNumber - start.dayNumber + 1
        let plan = DutyCompiler.compile(directory, from: start, days: span, existing: existing,
                                        context: try RosterCLI.context(db, start, end))
        var roster = plan.current
        for pair in plan.problem.pinned { roster.add(pair) }
        let minute = plan.minute(time)
        let result: DutyReplanResult
        var leave: (before: Person, after: Person)?
        if let absent {
            let person = try RosterCLI.person(absent, in: directory, l)
            // The absence is kept as leave, so that later solves and replans know of it.
            var updated = person
            updated.unavailable += RosterCLI.leave(from: time, until: untilTime ?? LocalDateTime(date: end.adding(days: 1), time: .midnight))
            leave = (person, updated)
            guard let p = plan.personIndex[person.id] else { throw CLIError(zh ? "人员 \(person.id) 不在任何小区" : "\(person.id) lives in no compound") }
            result = DutyReplan.absence(plan.problem, roster: roster, person: p, from: minute, until: untilTime.map(plan.minute))
            if result.own.isEmpty {
                print(zh ? "\(plan.problem.label(person: p)) 在 \(time) 之后没有排班，无需调整" : "\(plan.problem.label(person: p)) has no duty after \(time): nothing to do")
                return
            }
        } else if let more {
            guard let s = plan.slotIndex[SlotID(rawValue: more)] else {
                throw CLIError(zh ? "在 \(start) 至 \(end) 中找不到班次 \(more)" : "no slot \(more) between \(start) and \(end)")
            }
            guard plan.problem.slots[s].start >= minute else {
                throw CLIError(zh ? "班次 \(more) 在 \(time) 之前已开始" : "the slot \(more) starts before \(time)")
            }
            result = DutyReplan.onceMore(plan.problem, roster: roster, slot: s, from: minute)
        } else {
            return   // unreachable: checked above that exactly one of them is given
        }
        let problem = plan.problem
        print(zh ? "重新排班用时 \(String(format: "%.0f", result.seconds * 1000)) 毫秒，得分 \(RosterCLI.scoreText(result.score, l))"
                 : "Replanned in \(String(format: "%.0f", result.seconds * 1000)) ms, score \(RosterCLI.scoreText(result.score, l))")
        for pair in result.removed {
            print((zh ? "  撤下 " : "  off  ") + "\(problem.label(person: pair.person))  \(problem.label(slot: pair.slot))")
        }
        for pair in result.added {
            print((zh ? "  补上 " : "  on   ") + "\(problem.label(person: pair.person))  \(problem.label(slot: pair.slot))")
        }
        print(zh ? "其他人员的改动：\(result.otherChanges) 条" : "Changes to other people's duties: \(result.otherChanges)")
        if !result.stillShort.isEmpty {
            print(zh ? "仍缺人的班次：" : "Still short:")
            for s in result.stillShort { print("  \(problem.label(slot: s))（\(problem.slots[s].id)）") }
            print(zh ? "可用 zhiban explain --slot 班次编号 查看原因" : "See why with zhiban explain --slot SLOT-ID")
        }
        if dryRun {
            print(zh ? "试运行：未写入" : "Dry run: nothing written")
            return
        }
        do {
            let written = try db.replaceAssignments(from: start, to: end, with: plan.assignments(result.roster, source: .replan),
                                                    action: "replan", updating: leave)
            print(zh ? "已写入：新增 \(written.added) 条，撤下 \(written.removed) 条" : "Stored: \(written.added) added, \(written.removed) removed")
            if let leave, let added = leave.after.unavailable.last {
                print(zh ? "已登记 \(leave.after.name) 请假至 \(added.to)" : "Recorded \(leave.after.name)'s leave until \(added.to)")
            }
        } catch let error as StoreError {
            throw CLIError(error.message(l))
        }
    }
}
