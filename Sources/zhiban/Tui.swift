import ArgumentParser
import DutyApp
import DutyCLI
import DutyEngine
import DutyModel
import DutyPDF
import DutyStore
import Foundation
import NcursesTerminal
import TerminalKit

/// `zhiban tui`: the full-screen interface on the user's database.
struct Tui: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the full-screen interface: the post board, slots, help.",
        discussion: "Press ? inside for every key. Keys can be rebound in $XDG_CONFIG_HOME/zhiban/keys (see docs/keys.md).")

    @OptionGroup var options: GlobalOptions

    @Option(help: "First day shown (default: today).")
    var from: String?

    @Option(help: "Days loaded (1–62).")
    var days = 7

    func run() throws {
        let l = options.language
        let start = try from.map { try ArgumentValue.date($0, l, option: "--from") } ?? Interface.today()
        let days = try ArgumentValue.days(days, l)
        try Interface.run(database: try options.open(), language: l, firstDay: start, days: days)
    }
}

/// How `zhiban desk` opens the interface.
struct DeskStart {
    var compound: Int?
    var post: PostID?
    var now: LocalDateTime?
    var grace: Int
}

/// `zhiban desk`: the interface opened on the duty desk.
struct DeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "desk",
        abstract: "Open the duty desk: check people in and out by pinyin, phone tail or number; no-shows and standbys.",
        discussion: "Type to find someone; Enter checks in (or out), F5 marks a no-show and offers standbys, F8 undoes, F1 help, F10 quits.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "Only this compound (ID or name).")
    var compound: String?

    @Option(help: "Only this post (ID or name).")
    var post: String?

    @Option(help: "Work at this time instead of the clock, YYYY-MM-DD HH:MM (training, tests).")
    var now: String?

    @Option(help: "Minutes after a shift's start before someone counts as late.")
    var grace = 10

    func run() throws {
        let l = options.language
        let fixed = try now.map { try ArgumentValue.clock($0, l, option: "--now") }, grace = try DeskOpening.grace(grace, l)
        let database = try options.open()
        let desk = try DeskOpening(database, compound: compound, post: post, now: fixed, grace: grace, l)
        try Interface.run(database: database, language: l, firstDay: desk.firstDay, days: 3,
                          desk: DeskStart(compound: desk.compound, post: desk.post, now: desk.now, grace: desk.grace))
    }
}

enum Interface {
    static func today() -> LocalDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1) ?? LocalDate(dayNumber: 0)
    }

    /// The user's keys file, if any: `$XDG_CONFIG_HOME/zhiban/keys` or `~/.config/zhiban/keys`.
    static func keyMap(_ l: Language) throws -> KeyMap {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.config")
        let path = base + "/zhiban/keys"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return .standard }
        switch KeyMap.parse(text) {
        case let .success(map): return map
        case let .failure(problems):
            throw CLIError(problems.lines.map { "\(path):\($0.line): \($0.message(l))" }.joined(separator: "\n"))
        }
    }

    /// Runs the interface until the user quits, input closes or a signal asks to stop; the
    /// terminal is restored on every way out.
    static func run(database: AppDatabase, language l: Language, firstDay: LocalDate, days: Int, desk: DeskStart? = nil) throws {
        let directory = try database.loadDirectory()
        let assignments = try database.assignments(from: firstDay.adding(days: -1), to: firstDay.adding(days: days))
        var state = AppState(directory: directory, assignments: assignments, firstDay: firstDay, days: days, language: l)
        state.keyMap = try keyMap(l)
        state.recheck()
        // The desk's clock: the wall clock, or a fixed time (training, tests).
        let clock = { desk?.now ?? LocalDateTime.now() }
        state.now = clock()
        state.desk.log = try database.checkInLog().map(\.record)
        if let desk {
            state.desk.grace = desk.grace
            state.compound = desk.compound
            state.desk.post = desk.post
            state.openDesk()
        }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal.start()
        } catch let error as TerminalError {
            throw CLIError(l == .zh ? error.zh : error.en)
        }
        defer { terminal.stop() }
        let runner = SolverRunner()
        defer { runner.stop() }
        // Pinyin for the people filter, so the first search does not wait for 4,000 names.
        runner.computePinyin(directory.people)
        (state.width, state.height) = terminal.size
        terminal.draw(render(state))
        func load() throws -> [Assignment] {
            try database.assignments(from: firstDay.adding(days: -1), to: firstDay.adding(days: days))
        }
        while !state.quitting && terminal.interrupted == 0 && !terminal.inputClosed {
            var actions = runner.drain()
            // The desk's clock moves on by the minute, with or without keys.
            let time = clock()
            if time != state.now {
                actions.append(.tick(time))
                // Records entered elsewhere (another desk, the command line) show within a minute.
                if state.screen == .desk || state.screen == .hours, let log = try? database.checkInLog() {
                    actions.append(.deskLoaded(log.map(\.record)))
                }
            }
            if let key = terminal.readKey() {
                if key == .control("c") { break }
                actions.append(key == .resize ? .resized(width: terminal.size.width, height: terminal.size.height) : .key(key))
            }
            if actions.isEmpty { continue }
            for action in actions {
                for effect in reduce(&state, action) {
                    do {
                        switch effect {
                        case let .save(assignment): try database.assign(assignment, action: "tui")
                        case let .remove(person, slot): try database.unassign(person: person, slot: slot, action: "tui")
                        case let .change(removals, additions, action):
                            try database.apply(removing: removals, adding: additions, action: action)
                        case .undo, .redo:
                            let undo = effect == .undo
                            let change = undo ? try database.undo().value : try database.redo().value
                            let message = UndoableChange.report(change, undo: undo)
                            _ = reduce(&state, .reloaded(directory: try database.loadDirectory(), assignments: try load(), message: message))
                        case let .startSolver(from, count, seconds):
                            runner.start(directory: state.directory, assignments: state.assignments, from: from, days: count, seconds: seconds)
                        case .stopSolver:
                            runner.stop()
                        case .redraw:
                            terminal.invalidate()
                        case let .savePerson(person):
                            try database.save(Directory(people: [person]), action: "edit")
                        case let .replaceRoster(from, to, assignments):
                            try database.replaceAssignments(from: from, to: to, with: assignments, action: "solve")
                        case let .appendCheckIn(version):
                            try database.append(version)
                        case let .walkIn(person, assignment, record):
                            try database.registerWalkIn(person, assignment: assignment, checkIn: record)
                        case let .writePDF(documents, file):
                            let path = FileManager.default.currentDirectoryPath + "/" + file
                            do {
                                try PDFRenderer.write(documents, to: path)
                                _ = reduce(&state, .notice(Localized(zh: "已写入 \(path)（\(documents.count) 份）", en: "Wrote \(path) (\(documents.count))")))
                            } catch let error as PDFError {
                                _ = reduce(&state, .failed(Localized(zh: "无法写入 \(error.path)：\(error.localizedReason(.zh))", en: "Cannot write \(error.path): \(error.reason)")))
                            }
                        case let .sendPDF(documents):
                            do {
                                try LinePrinter.send(documents, printer: nil, l)
                                _ = reduce(&state, .notice(Localized(zh: "已送打印：\(documents.count) 份", en: "Sent to the printer: \(documents.count)")))
                            } catch let error as CLIError {
                                _ = reduce(&state, .failed(Localized(zh: error.description, en: error.description)))
                            }
                        case .quit: break
                        }
                    } catch {
                        // Put the state back as stored, and say what failed.
                        state.assignments = (try? load()) ?? state.assignments
                        if case .walkIn = effect, let stored = try? database.loadDirectory() {
                            state.directory = stored
                            state.directory.people.sort { $0.id.rawValue < $1.id.rawValue }
                        }
                        if let log = try? database.checkInLog() { _ = reduce(&state, .deskLoaded(log.map(\.record))) }
                        _ = reduce(&state, .failed(Localized(zh: "保存失败：\(error)", en: "Could not save: \(error)")))
                    }
                }
            }
            terminal.draw(render(state))
        }
    }
}

/// Runs the engine on a background thread for the solver panel; its progress comes back as
/// actions the main loop picks up between keys.
final class SolverRunner: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [AppAction] = []
    private var solver: DutySolver?

    func start(directory: Directory, assignments: [Assignment], from: LocalDate, days: Int, seconds: Double) {
        stop()
        let last = from.adding(days: days - 1)
        let inRange = assignments.filter { $0.slot.date >= from && $0.slot.date <= last }
        let plan = DutyCompiler.compile(directory, from: from, days: days, around: assignments, keepExisting: true)
        let solver = DutySolver(plan.problem, options: DutySearchOptions(seed: 1, seconds: seconds))
        lock.withLock { self.solver = solver }
        let thread = Thread { [weak self] in
            var improvements = 0
            let result = solver.run(start: plan.current) { progress in
                improvements += 1
                self?.post(.solverProgress(SolverProgress(seconds: progress.seconds, hard: progress.score.hard,
                                                          soft: progress.score.soft, shortSlots: progress.shortSlots,
                                                          improvements: improvements)))
            }
            self?.post(.solverFinished(SolverRunner.outcome(plan, result, inRange)))
        }
        thread.start()
    }

    static func outcome(_ plan: DutyPlan, _ result: DutyResult, _ before: [Assignment]) -> SolverOutcome {
        let assignments = plan.assignments(result.roster, source: .solver)
        let old = Set(before.map { "\($0.slot.id.rawValue)/\($0.person.rawValue)" })
        let new = Set(assignments.map { "\($0.slot.id.rawValue)/\($0.person.rawValue)" })
        let report = DutyReport(plan.problem, result.roster)
        var lines = [Localized(
            zh: "共 \(report.slots) 个班次：满员 \(report.fullyStaffed) 个，缺人或构成不足 \(report.shortSlots) 个，其中尚可补人 \(report.fillableShort) 个",
            en: "\(report.slots) slots: \(report.fullyStaffed) fully staffed, \(report.shortSlots) short, \(report.fillableShort) of them still fillable")]
        let groups = DutyEvaluator.grouped(DutyEvaluator.violations(plan.problem, result.roster))
            .sorted { a, b in
                (a.constraint.level == .hard ? 0 : 1, -a.violations.reduce(0) { $0 + $1.penalty })
                    < (b.constraint.level == .hard ? 0 : 1, -b.violations.reduce(0) { $0 + $1.penalty })
            }
        for (constraint, violations) in groups {
            let total = violations.reduce(0) { $0 + $1.penalty }
            let level = constraint.level == .hard ? Localized(zh: "硬", en: "hard") : Localized(zh: "软", en: "soft")
            lines.append(Localized(zh: "[\(level.zh)] \(constraint.summary.zh)：\(violations.count) 处，罚分 \(total)",
                                   en: "[\(level.en)] \(constraint.summary.en): \(violations.count), penalty \(total)"))
            for violation in violations.sorted(by: { $0.penalty > $1.penalty }).prefix(5) {
                lines.append(Localized(zh: "  " + violation.message.zh, en: "  " + violation.message.en))
            }
        }
        return SolverOutcome(assignments: assignments, hard: result.score.hard, soft: result.score.soft,
                             added: new.subtracting(old).count, removed: old.subtracting(new).count, lines: lines)
    }

    func computePinyin(_ people: [Person]) {
        let thread = Thread { [weak self] in
            let pinyin = Dictionary(people.map { ($0.id, Pinyin.syllables(of: $0.name)) }, uniquingKeysWith: { a, _ in a })
            self?.post(.pinyinReady(pinyin))
        }
        thread.start()
    }

    private func post(_ action: AppAction) {
        lock.withLock { pending.append(action) }
    }

    func drain() -> [AppAction] {
        lock.withLock {
            defer { pending = [] }
            return pending
        }
    }

    func stop() {
        lock.withLock { solver }?.stop()
    }
}
