import ArgumentParser
import DutyApp
import DutyCLI
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
        let start = try from.map { try ArgumentValue.date($0, l, option: "--from") } ?? LocalDateTime.now().date
        let days = try ArgumentValue.days(days, l)
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
        let l = options.language
        let fixed = try now.map { try ArgumentValue.clock($0, l, option: "--now") }
        let grace = try ArgumentValue.grace(grace, l)
        let day = (fixed ?? LocalDateTime.now()).date
        try Interface.run(database: try options.open(), language: l, firstDay: day.adding(days: -1), days: 3,
                          desk: DeskStart(compound: compound, post: post, grace: grace), fixedTime: fixed)
    }
}

/// The terminal loop: keys and sizes into the session, the session's state onto the screen.
enum Interface {
    /// Runs the interface until the user quits, input closes or a signal asks to stop; the
    /// terminal is restored on every way out.
    static func run(database: AppDatabase, language l: Language, firstDay: LocalDate, days: Int, desk: DeskStart? = nil,
                    fixedTime: LocalDateTime? = nil) throws {
        let session: Session
        do {
            let keys = try KeysFile.load(ProcessInfo.processInfo.environment, l)
            var options = SessionOptions(firstDay: firstDay, days: days, language: l, keyMap: keys, desk: desk)
            options.unsentFile = UnsentCheckIns.file(for: database.location, environment: ProcessInfo.processInfo.environment)
            session = try Session(store: database, options: options, clock: { fixedTime ?? LocalDateTime.now() }, output: PDFOutput())
        } catch let error as KeysFile.Failure {
            throw CLIError(error.description)
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
            let keys = terminal.readKeys()
            if keys.contains(.control("c")) { break }
            for action in KeyBurst.actions(keys) {
                session.send(action == .key(.resize) ? .resized(width: terminal.size.width, height: terminal.size.height) : action)
                changed = true
            }
            guard changed else { continue }
            if session.runner.takeRedraw() { terminal.invalidate() }
            terminal.draw(render(session.state))
        }
    }
}
