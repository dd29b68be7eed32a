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
