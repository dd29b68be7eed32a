import DutyApp
import TerminalKit

/// The keys file (`KeyMap.parse`). Refused: every problem on a line the text has. Accepted: each
/// command the file rebinds has keys, each key reads back from its name, and the rebindings,
/// written out again as a keys file, read back to the same map.
enum KeysFuzzTarget {
    /// `command = key, key` for each command of `specs`, with the keys a keys file can name.
    static func file(_ specs: [(command: Command, keys: [Key])]) -> String {
        specs.map { spec in
            let names = spec.keys.map(\.spec).filter { !$0.contains(",") && !$0.contains("#") }
            return "\(spec.command.rawValue) = \(names.joined(separator: ", "))"
        }.joined(separator: "\n") + "\n"
    }

    static let corpus = [
        FuzzSeed(name: "standard", text: "# every command with its standard keys\n"
                 + file(CommandTable.all.map { ($0.command, $0.keys) })),
        FuzzSeed(name: "example", text: """
            # my keys
            next-day = n, F6
            previous-day = p, F5   # and the old key

            quit = Ctrl-Q
            solve = ^s, c-x, F9
            help = ?, F1
            up = k, Up, PgUp
            down = j, Down, Space

            """),
    ]

    static let dictionary = Command.allCases.map(\.rawValue) + [
        "=", ",", "#", " ", "\t", "\n", "\r\n", "Ctrl-", "c-", "^", "F", "F0", "F12", "F13", "Space", "Enter", "Return", "Esc",
        "Shift-Tab", "PageDown", "pgdn", "Del", "Home", "Resize", "é", "中", "\u{301}",
    ]

    static let target = FuzzTarget(name: "keys", corpus: corpus, dictionary: dictionary) { _, bytes, _ in check(bytes) }

    static func check(_ bytes: [UInt8]) -> FuzzOutcome {
        let text = String(decoding: bytes, as: UTF8.self)
        switch KeyMap.parse(text) {
        case let .failure(problems):
            guard !problems.lines.isEmpty else { return .broken("refused without a problem") }
            let lines = FuzzCheck.lineBound(bytes)
            if let bad = problems.lines.first(where: { !(1...lines).contains($0.line) }) {
                return .broken("\(bad): line outside 1...\(lines)")
            }
            return .rejected
        case let .success(map):
            let changed = Command.allCases.filter { map.keys(for: $0) != KeyMap.standard.keys(for: $0) }
                .map { (command: $0, keys: map.keys(for: $0)) }
            for (command, keys) in changed {
                guard !keys.isEmpty else { return .broken("\(command.rawValue) is left without keys") }
                if let key = keys.first(where: { Key(spec: $0.spec) != $0 }) {
                    return .broken("the key \(key) does not read back from its name “\(key.spec)”")
                }
            }
            guard case let .success(again) = KeyMap.parse(file(changed)), again == map else {
                return .broken("the rebindings, written out, do not read back the same")
            }
            return .accepted
        }
    }
}
