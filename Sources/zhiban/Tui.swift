import ArgumentParser
import DutyApp
import DutyModel
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
        let start = try from.map { try RosterCLI.date($0, l, option: "--from") } ?? Interface.today()
        let days = try RosterCLI.days(days, l)
        try Interface.run(database: try options.open(), language: l, firstDay: start, days: days)
    }
}

enum Interface {
    /// "Undid: assign (1 record, 2026-12-01T09:00)".
    static func describe(_ change: UndoableChange, undo: Bool) -> Localized {
        Localized(zh: "\(undo ? "已撤销" : "已重做")：\(change.action)（\(change.rows) 条，\(change.at)）",
                  en: "\(undo ? "Undid" : "Redid"): \(change.action) (\(change.rows) records, \(change.at))")
    }

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
    static func run(database: AppDatabase, language l: Language, firstDay: LocalDate, days: Int) throws {
        let directory = try database.loadDirectory()
        let assignments = try database.assignments(from: firstDay.adding(days: -1), to: firstDay.adding(days: days))
        var state = AppState(directory: directory, assignments: assignments, firstDay: firstDay, days: days, language: l)
        state.keyMap = try keyMap(l)
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal.start()
        } catch let error as TerminalError {
            throw CLIError(l == .zh ? error.zh : error.en)
        }
        defer { terminal.stop() }
        (state.width, state.height) = terminal.size
        terminal.draw(render(state))
        while !state.quitting && terminal.interrupted == 0 && !terminal.inputClosed {
            guard let key = terminal.readKey() else { continue }
            if key == .control("c") { break }
            let action: AppAction = key == .resize ? .resized(width: terminal.size.width, height: terminal.size.height) : .key(key)
            for effect in reduce(&state, action) {
                do {
                    switch effect {
                    case let .save(assignment): try database.assign(assignment, action: "tui")
                    case let .remove(person, slot): try database.unassign(person: person, slot: slot, action: "tui")
                    case let .change(removals, additions, action):
                        try database.apply(removing: removals, adding: additions, action: action)
                    case .undo, .redo:
                        let undo = effect == .undo
                        let change = undo ? try database.undo() : try database.redo()
                        let message = change.map { Interface.describe($0, undo: undo) }
                            ?? (undo ? Localized(zh: "没有可撤销的修改", en: "Nothing to undo") : Localized(zh: "没有可重做的修改", en: "Nothing to redo"))
                        let assignments = try database.assignments(from: firstDay.adding(days: -1), to: firstDay.adding(days: days))
                        _ = reduce(&state, .reloaded(directory: try database.loadDirectory(), assignments: assignments, message: message))
                    case .quit: break
                    }
                } catch {
                    // Put the state back as stored, and say what failed.
                    state.assignments = (try? database.assignments(from: firstDay.adding(days: -1), to: firstDay.adding(days: days))) ?? state.assignments
                    _ = reduce(&state, .failed(Localized(zh: "保存失败：\(error)", en: "Could not save: \(error)")))
                }
            }
            terminal.draw(render(state))
        }
    }
}

/// `zhiban undo` / `zhiban redo`: the same history the interface uses.
struct Undo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Undo the last change to assignments or people (the audit log keeps them all).")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let l = options.language
        guard let change = try options.open().undo() else {
            print(l == .zh ? "没有可撤销的修改" : "Nothing to undo")
            return
        }
        print(Interface.describe(change, undo: true)(l))
    }
}

struct Redo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Redo the change last undone.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let l = options.language
        guard let change = try options.open().redo() else {
            print(l == .zh ? "没有可重做的修改" : "Nothing to redo")
            return
        }
        print(Interface.describe(change, undo: false)(l))
    }
}
