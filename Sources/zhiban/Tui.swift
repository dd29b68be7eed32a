import ArgumentParser
import DutyApp
import DutyModel
import DutyRuntime
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
        let start = try from.map { try RosterCLI.date($0, l, option: "--from") } ?? LocalDateTime.now().date
        let days = try RosterCLI.days(days, l)
        try Interface.run(database: try options.open(), language: l, firstDay: start, days: days)
    }
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
        let l = options.language, zh = l == .zh
        let fixed = try now.map { text in
            guard let time = LocalDateTime(parsing: text) else {
                throw CLIError(zh ? "--now “\(text)” 不是时间：应为 YYYY-MM-DD HH:MM" : "--now “\(text)” is not a time: expected YYYY-MM-DD HH:MM")
            }
            return time
        }
        guard (0...240).contains(grace) else { throw CLIError(zh ? "--grace 应在 0–240 分钟之间" : "--grace must be 0–240 minutes") }
        let day = (fixed ?? LocalDateTime.now()).date
        try Interface.run(database: try options.open(), language: l, firstDay: day.adding(days: -1), days: 3,
                          desk: DeskStart(compound: compound, post: post, grace: grace), fixedTime: fixed)
    }
}

/// The terminal loop: keys and sizes into the session, the session's state onto the screen.
enum Interface {
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
    static func run(database: AppDatabase, language l: Language, firstDay: LocalDate, days: Int, desk: DeskStart? = nil,
                    fixedTime: LocalDateTime? = nil) throws {
        let options = SessionOptions(firstDay: firstDay, days: days, language: l, keyMap: try keyMap(l), desk: desk)
        let session: Session
        do {
            session = try Session(store: database, options: options, clock: { fixedTime ?? LocalDateTime.now() }, output: PDFOutput())
        } catch let error as SessionError {
            throw CLIError(error.message(l))
        } catch let error as StoreError {
            throw CLIError(error.message(l))
        }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal.start()
        } catch let error as TerminalError {
            throw CLIError(l == .zh ? error.zh : error.en)
        }
        defer { terminal.stop() }
        defer { session.close() }
        session.send(.resized(width: terminal.size.width, height: terminal.size.height))
        terminal.draw(render(session.state))
        while !session.state.quitting && terminal.interrupted == 0 && !terminal.inputClosed {
            var changed = session.poll()
            if let key = terminal.readKey() {
                if key == .control("c") { break }
                session.send(key == .resize ? .resized(width: terminal.size.width, height: terminal.size.height) : .key(key))
                changed = true
            }
            guard changed else { continue }
            if session.runner.takeRedraw() { terminal.invalidate() }
            terminal.draw(render(session.state))
        }
    }
}

/// `zhiban undo` / `zhiban redo`: the same history the interface uses.
struct Undo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Undo the last change to assignments or people (the audit log keeps them all).")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let l = options.language
        guard let change = try options.open().undo().value else {
            print(l == .zh ? "没有可撤销的修改" : "Nothing to undo")
            return
        }
        print(change.describe(undo: true)(l))
    }
}

struct Redo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Redo the change last undone.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let l = options.language
        guard let change = try options.open().redo().value else {
            print(l == .zh ? "没有可重做的修改" : "Nothing to redo")
            return
        }
        print(change.describe(undo: false)(l))
    }
}
