import DutyModel
import TerminalKit

/// The help screen's own state: the screen it returns to, and how far it is scrolled.
public struct HelpView: Equatable, Sendable {
    public var returnTo: ScreenKind = .board
    public var pager = Pager()

    public init() {}
}

/// Every key of every screen, from the command table and the user's key map.
enum HelpScreen: Screen {
    static let kind = ScreenKind.help

    static let commands = Screens.commands([
        .back: { state in
            state.screen = state.help.returnTo
            return []
        },
    ], with: Screens.movement(page: page) { state, delta in
        state.help.pager.move(delta, count: lines(state).count, page: page(state))
    })

    static func page(_ state: AppState) -> Int { max(1, state.height - 4) }

    /// `?` on a screen: help, returning there.
    static func open(_ state: inout AppState) {
        state.help.returnTo = state.screen
        state.screen = .help
        state.help.pager = Pager()
    }

    /// The help's lines, generated from the command table and the key map.
    static func lines(_ state: AppState) -> [(String, StyleRole)] {
        let l = state.language
        var lines: [(String, StyleRole)] = []
        for kind in ScreenKind.allCases {
            let specs = state.keyMap.table.filter { $0.screens.contains(kind) }
            guard !specs.isEmpty else { continue }
            lines.append((kind.title(l), .header))
            for spec in specs {
                let keys = state.keyMap.keys(for: spec.command).map(\.spec).joined(separator: " ")
                lines.append((DisplayWidth.pad(keys, to: 18) + " " + spec.help(l), .normal))
            }
            lines.append(("", .normal))
        }
        return lines
    }

    static func draw(_ state: AppState, _ screen: inout ScreenBuffer) {
        let scroll = state.help.pager.scroll
        for (i, line) in lines(state).enumerated().dropFirst(scroll).prefix(screen.height - 3) {
            screen.put(line.0, x: 1, y: 1 + i - scroll, columns: screen.width - 1, role: line.1)
        }
    }
}
