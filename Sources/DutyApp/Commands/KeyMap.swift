import DutyModel
import Foundation
import TerminalKit

/// Which command a key means on a screen: a command table (the standard one unless a test
/// gives another) with its keys, rebound by a keys file.
public struct KeyMap: Equatable, Sendable {
    /// The commands, their screens, bar labels and help.
    public let table: [CommandSpec]
    public private(set) var keys: [Command: [Key]]

    public static let standard = KeyMap(table: CommandTable.all)

    /// The table's own keys.
    public init(table: [CommandSpec]) {
        self.table = table
        keys = Dictionary(table.map { ($0.command, $0.keys) }, uniquingKeysWith: { a, b in a + b })
    }

    public func command(for key: Key, on screen: ScreenKind) -> Command? {
        for spec in table where spec.screens.contains(screen) {
            if keys[spec.command]?.contains(key) == true { return spec.command }
        }
        return nil
    }

    public func keys(for command: Command) -> [Key] { keys[command] ?? [] }

    /// The key to name in a message about `command` (its first key), as the user calls it:
    /// so that "F8 undoes" follows a rebinding.
    public func name(of command: Command) -> Localized {
        guard let key = keys(for: command).first else { return Localized(zh: command.rawValue, en: command.rawValue) }
        return KeyMap.name(key)
    }

    /// A key as messages name it (Enter is 回车 in Chinese).
    public static func name(_ key: Key) -> Localized {
        key == .enter ? Localized(zh: "回车", en: "Enter") : Localized(zh: key.spec, en: key.spec)
    }

    /// The two keys that move up and down a list, as messages name them ("上下", "↑↓" for the arrows).
    public var moves: Localized {
        if keys(for: .up).first == .up && keys(for: .down).first == .down { return Localized(zh: "上下", en: "↑↓") }
        let up = name(of: .up), down = name(of: .down)
        return Localized(zh: "\(up.zh)/\(down.zh)", en: "\(up.en)/\(down.en)")
    }

    /// The bad lines of a keys file.
    public struct Problems: Error, Sendable, Equatable {
        public let lines: [Problem]
    }

    /// One bad line of a keys file.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public let line: Int
        public let message: Localized
        public var description: String { "line \(line): \(message.en)" }
    }

    /// Reads a keys file: one `command = key, key` per line (`#` starts a comment); the keys
    /// replace the command's defaults. Every bad line is reported; with any, nothing applies.
    public static func parse(_ text: String, base: KeyMap = .standard) -> Result<KeyMap, Problems> {
        var map = base
        var problems: [Problem] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let parts = trimmed.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else {
                problems.append(Problem(line: index + 1, message: Localized(zh: "应为“命令 = 按键, 按键”", en: "expected “command = key, key”")))
                continue
            }
            guard let command = Command(rawValue: parts[0]) else {
                problems.append(Problem(line: index + 1, message: Localized(
                    zh: "未知命令“\(parts[0])”", en: "unknown command “\(parts[0])”")))
                continue
            }
            var keys: [Key] = []
            for name in parts[1].split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                guard let key = Key(spec: name) else {
                    problems.append(Problem(line: index + 1, message: Localized(zh: "未知按键“\(name)”", en: "unknown key “\(name)”")))
                    continue
                }
                keys.append(key)
            }
            if keys.isEmpty && !parts[1].isEmpty { continue }
            map.keys[command] = keys
        }
        return problems.isEmpty ? .success(map) : .failure(Problems(lines: problems))
    }

    /// docs/keys.md, generated from the table.
    public static var markdown: String {
        var out = """
            # Keys

            Generated from `CommandTable.all` (Sources/DutyApp/Commands/CommandTable.swift); do not edit by hand.
            Rebind any command in `$XDG_CONFIG_HOME/zhiban/keys` (default `~/.config/zhiban/keys`),
            one `command = key, key` per line, e.g. `next-day = n, F6`.

            | command | keys | screens | what it does | 作用 |
            |---|---|---|---|---|

            """
        for spec in KeyMap.standard.table {
            let keys = spec.keys.map { "`\($0.spec)`" }.joined(separator: " ")
            let screens = ScreenKind.allCases.filter { spec.screens.contains($0) }.map(\.rawValue).joined(separator: ", ")
            out += "| \(spec.command.rawValue) | \(keys) | \(screens) | \(spec.help.en) | \(spec.help.zh) |\n"
        }
        return out
    }
}

