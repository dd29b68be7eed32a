import DutyModel
import TerminalKit

/// What a command does to the state, and the effects it asks for.
public typealias CommandHandler = @Sendable (inout AppState) -> [Effect]

/// One screen of the interface, as a unit: the commands it handles and how it draws. Its own
/// state is a field of ``AppState`` defined next to it, in the same file.
///
/// `reduce` hands each command to the current screen's `commands`; a command the table binds on
/// a screen without a handler there is caught (``Screens/unhandled(in:)``), never dropped.
protocol Screen {
    static var kind: ScreenKind { get }
    /// Every command this screen handles: the only place it is handled here.
    static var commands: [Command: CommandHandler] { get }
    /// A key the screen takes as text before the key map is asked (a query line, a field);
    /// nil when it does not take it.
    static func type(_ key: Key, _ state: inout AppState) -> [Effect]?
    /// Text that came at once, taken as one edit of the field being typed in (cut to its
    /// limit); nil when no field here takes text now.
    static func paste(_ text: String, _ state: inout AppState) -> [Effect]?
    /// Draws the screen's body between the title line and the status line.
    static func draw(_ state: AppState, _ screen: inout ScreenBuffer)
}

extension Screen {
    static func type(_ key: Key, _ state: inout AppState) -> [Effect]? { nil }
    static func paste(_ text: String, _ state: inout AppState) -> [Effect]? { nil }
}

/// Every screen by its kind, and the commands every screen shares.
public enum Screens {
    static func unit(_ kind: ScreenKind) -> any Screen.Type {
        switch kind {
        case .board: BoardScreen.self
        case .slot: SlotScreen.self
        case .solver: SolverScreen.self
        case .people: PeopleScreen.self
        case .person: PersonScreen.self
        case .editor: EditorScreen.self
        case .desk: DeskScreen.self
        case .hours: HoursScreen.self
        case .print: PrintScreen.self
        case .help: HelpScreen.self
        }
    }

    /// The commands each screen handles.
    public static var handled: [ScreenKind: Set<Command>] {
        Dictionary(uniqueKeysWithValues: ScreenKind.allCases.map { ($0, Set(unit($0).commands.keys)) })
    }

    /// Commands that work on every screen.
    static let everywhere: [Command: CommandHandler] = [
        .quit: { state in
            state.quitting = true
            return []
        },
        .redraw: { _ in [.redraw] },
    ]

    /// `?`: the help screen, returning to this one.
    static let help: [Command: CommandHandler] = [.help: { state in HelpScreen.open(&state); return [] }]

    /// The commands of a screen: its own, those every screen has, and those of `shared`.
    static func commands(_ own: [Command: CommandHandler], with shared: [Command: CommandHandler]...) -> [Command: CommandHandler] {
        shared.reduce(everywhere.merging(own) { _, mine in mine }) { $0.merging($1) { mine, _ in mine } }
    }

    /// The movement commands (up, down, a page, top, bottom), each moving what `move` moves
    /// (a list's cursor or a text's scroll) by its step on a page of `page` rows.
    static func movement(page: @escaping @Sendable (AppState) -> Int,
                         _ move: @escaping @Sendable (inout AppState, Int) -> Void) -> [Command: CommandHandler] {
        Dictionary(uniqueKeysWithValues: [Command.up, .down, .pageUp, .pageDown, .top, .bottom].map { command in
            let handler: CommandHandler = { state in
                move(&state, ListCursor.delta(command, page: page(state)) ?? 0)
                return []
            }
            return (command, handler)
        })
    }

    /// Commands that `table` binds on a screen whose handlers (`handled`) do not include them,
    /// and handlers no binding reaches: both are mistakes (a key that silently does nothing, or
    /// code no key runs). Empty when the table and the screens agree.
    public static func mismatches(in table: [CommandSpec], handled: [ScreenKind: Set<Command>] = Screens.handled)
        -> (unhandled: [Binding], unbound: [Binding]) {
        var unhandled: [Binding] = [], unbound: [Binding] = []
        for screen in ScreenKind.allCases {
            let bound = Set(table.filter { $0.screens.contains(screen) }.map(\.command))
            let handles = handled[screen] ?? []
            unhandled += bound.subtracting(handles).sorted { $0.rawValue < $1.rawValue }.map { Binding(command: $0, screen: screen) }
            unbound += handles.subtracting(bound).sorted { $0.rawValue < $1.rawValue }.map { Binding(command: $0, screen: screen) }
        }
        return (unhandled, unbound)
    }

    /// A command on a screen.
    public struct Binding: Equatable, Sendable, CustomStringConvertible {
        public var command: Command
        public var screen: ScreenKind

        public init(command: Command, screen: ScreenKind) {
            self.command = command
            self.screen = screen
        }

        public var description: String { "\(command.rawValue) on \(screen.rawValue)" }
    }
}
