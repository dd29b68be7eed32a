import CNcursesw
import Foundation
import TerminalKit

/// Why the terminal cannot be used, in words a user can act on.
public enum TerminalError: Error, Sendable, Equatable {
    case noTerminal
    case dumbTerminal
    case notUTF8(String)
    case cannotStart(String)

    public var zh: String {
        switch self {
        case .noTerminal: "未设置 TERM：请在终端（如 xterm、tmux）中运行"
        case .dumbTerminal: "TERM=dumb 的终端无法显示界面：请使用 xterm、tmux 等终端"
        case .notUTF8(let codeset): "当前语言环境的编码是 \(codeset)，不是 UTF-8，中文会显示为乱码：请设置 LANG=zh_CN.UTF-8 或 LANG=C.UTF-8"
        case .cannotStart(let term): "无法在终端 \(term) 上启动界面"
        }
    }

    public var en: String {
        switch self {
        case .noTerminal: "TERM is not set: run zhiban in a terminal (xterm, tmux …)"
        case .dumbTerminal: "TERM=dumb cannot show the interface: use a terminal such as xterm or tmux"
        case .notUTF8(let codeset): "the locale's encoding is \(codeset), not UTF-8, so Chinese would be garbled: set LANG=C.UTF-8 (or zh_CN.UTF-8)"
        case .cannotStart(let term): "cannot start the interface on the terminal \(term)"
        }
    }
}

/// The ncurses backend: the only code that imports curses. Starts the terminal (checking TERM
/// and the locale first), draws screen buffers row by row where they changed, reads keys
/// (wide input included), and always restores the terminal — on `stop()`, on deinit, and on
/// SIGTERM, SIGHUP, SIGINT or SIGQUIT, which it turns into `interrupted` for the main loop to see
/// (SIGQUIT too: the runtime's crash backtrace would otherwise be drawn over the screen).
public final class NcursesTerminal: @unchecked Sendable {
    private var screen: OpaquePointer?
    private var last: ScreenBuffer?
    private var monochrome = true
    private var signalSources: [DispatchSourceSignal] = []
    private let lock = NSLock()
    private var signalled: Int32 = 0
    private var quickErrors = 0
    /// Standard input is closed: no key will ever come.
    public private(set) var inputClosed = false

    /// Checks the environment and starts curses.
    public static func start(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> NcursesTerminal {
        guard let term = environment["TERM"], !term.isEmpty else { throw TerminalError.noTerminal }
        if term == "dumb" { throw TerminalError.dumbTerminal }
        setlocale(LC_ALL, "")
        let codeset = String(cString: zb_codeset())
        guard codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8" else {
            throw TerminalError.notUTF8(codeset)
        }
        let terminal = NcursesTerminal()
        guard let screen = newterm(nil, zb_stdout(), zb_stdin()) else { throw TerminalError.cannotStart(term) }
        terminal.screen = screen
        set_term(screen)
        raw()
        noecho()
        nonl()
        keypad(zb_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        wtimeout(zb_stdscr(), 100)
        if has_colors() {
            start_color()
            use_default_colors()
            terminal.monochrome = zb_colors() < 8
            if !terminal.monochrome { terminal.definePairs() }
        }
        terminal.catchSignals()
        return terminal
    }

    deinit { stop() }

    /// Columns and rows of the terminal now.
    public var size: (width: Int, height: Int) { (Int(zb_cols()), Int(zb_lines())) }

    /// A signal that asks the program to end arrived (`endSignals`): 0 when none.
    public var interrupted: Int32 { lock.withLock { signalled } }

    /// Ends curses and gives the terminal back as it was. Safe to call more than once.
    public func stop() {
        guard let screen else { return }
        set_term(screen)
        endwin()
        delscreen(screen)
        self.screen = nil
        for source in signalSources { source.cancel() }
        signalSources = []
        for signal in Self.endSignals { Foundation.signal(signal, SIG_DFL) }
    }

    /// The signals that end the program as a quit does, the terminal restored.
    static let endSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]

    private func catchSignals() {
        for number in Self.endSignals {
            Foundation.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.lock.withLock { self?.signalled = number } }
            source.resume()
            signalSources.append(source)
        }
    }

    // MARK: Drawing

    /// Colour pair and attributes of each role: (foreground, background, attributes);
    /// -1 is the terminal's default colour.
    static let palette: [StyleRole: (Int16, Int16, attr_t)] = [
        .normal: (-1, -1, zb_a_normal), .title: (-1, -1, zb_a_bold), .header: (Int16(COLOR_CYAN), -1, zb_a_bold),
        .selected: (Int16(COLOR_BLACK), Int16(COLOR_CYAN), zb_a_normal), .dim: (-1, -1, zb_a_dim),
        .full: (Int16(COLOR_GREEN), -1, zb_a_normal), .short: (Int16(COLOR_YELLOW), -1, zb_a_bold),
        .violated: (Int16(COLOR_RED), -1, zb_a_bold), .pinned: (Int16(COLOR_BLUE), -1, zb_a_bold),
        .functionKey: (-1, -1, zb_a_bold), .functionLabel: (Int16(COLOR_BLACK), Int16(COLOR_CYAN), zb_a_normal),
        .status: (-1, -1, zb_a_normal), .error: (Int16(COLOR_WHITE), Int16(COLOR_RED), zb_a_bold),
        .input: (-1, -1, zb_a_underline), .progress: (Int16(COLOR_BLACK), Int16(COLOR_GREEN), zb_a_normal),
    ]

    /// Without colours every role keeps its meaning through plain attributes.
    static let mono: [StyleRole: attr_t] = [
        .normal: zb_a_normal, .title: zb_a_bold, .header: zb_a_bold, .selected: zb_a_reverse, .dim: zb_a_dim,
        .full: zb_a_normal, .short: zb_a_bold, .violated: zb_a_bold | zb_a_underline, .pinned: zb_a_underline,
        .functionKey: zb_a_bold, .functionLabel: zb_a_reverse, .status: zb_a_normal, .error: zb_a_reverse | zb_a_bold,
        .input: zb_a_underline, .progress: zb_a_reverse,
    ]

    private func definePairs() {
        for role in StyleRole.allCases {
            let (fg, bg, _) = Self.palette[role] ?? (-1, -1, zb_a_normal)
            init_pair(Int16(role.rawValue) + 1, fg, bg)
        }
    }

    private func look(_ role: StyleRole) -> (attr_t, Int16) {
        if monochrome { return (Self.mono[role] ?? zb_a_normal, 0) }
        return (Self.palette[role]?.2 ?? zb_a_normal, Int16(role.rawValue) + 1)
    }

    /// Draws the rows of `buffer` that differ from the last one drawn.
    public func draw(_ buffer: ScreenBuffer) {
        guard screen != nil else { return }
        if last?.width != buffer.width || last?.height != buffer.height { werase(zb_stdscr()) }
        for y in buffer.changedRows(since: last) {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                if cell.width == 0 { continue }
                let (attrs, pair) = look(cell.role)
                var text = cell.character.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                text.append(0)
                _ = zb_put_wide(Int32(y), Int32(x), text, attrs, pair)
            }
        }
        wrefresh(zb_stdscr())
        last = buffer
    }

    /// Forgets what is on the screen, so the next draw repaints everything.
    public func invalidate() {
        last = nil
        clearok(zb_stdscr(), true)
    }

    // MARK: Keys

    /// The next key, or nil after `timeout` (100 ms) without one.
    public func readKey() -> Key? {
        guard screen != nil, !inputClosed else { return nil }
        var wide: wint_t = 0
        let began = DispatchTime.now().uptimeNanoseconds
        let result = wget_wch(zb_stdscr(), &wide)
        if result == ERR {
            // A closed stdin returns ERR at once, forever: notice instead of spinning.
            if DispatchTime.now().uptimeNanoseconds - began < 20_000_000 {
                quickErrors += 1
                if quickErrors > 20 { inputClosed = true }
            } else {
                quickErrors = 0
            }
            return nil
        }
        quickErrors = 0
        if result == KEY_CODE_YES { return Self.functionKey(Int32(wide)) }
        return Self.character(UInt32(wide))
    }

    /// The next key and every key already waiting behind it (a paste arrives as hundreds at
    /// once), at most `limit`; empty after `timeout` (100 ms) without one. The caller makes a
    /// run of characters one text action (`KeyBurst`), instead of one action and one redraw
    /// per character.
    public func readKeys(limit: Int = 4096) -> [Key] {
        guard let first = readKey() else { return [] }
        var keys = [first]
        wtimeout(zb_stdscr(), 0)
        defer { wtimeout(zb_stdscr(), 100) }
        while keys.count < limit {
            var wide: wint_t = 0
            let result = wget_wch(zb_stdscr(), &wide)
            if result == ERR { break }
            let key = result == KEY_CODE_YES ? Self.functionKey(Int32(wide)) : Self.character(UInt32(wide))
            if let key { keys.append(key) }
        }
        return keys
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_ENTER: .enter
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_BTAB: .backTab
        case KEY_RESIZE: .resize
        case zb_key_f0 + 1 ... zb_key_f0 + 12: .function(Int(code - zb_key_f0))
        default: nil
        }
    }

    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(96 + value))))
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}
