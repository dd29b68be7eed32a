import TerminalKit

/// Keys that arrived together, as actions. A run of printable characters read at once (a
/// paste, or keys typed faster than the screen was drawn) is one `.paste`, so that a field
/// takes it as one edit, cut to its limit, instead of thousands of keys each redrawing the
/// screen; a single character stays a key, and every other key is itself, in order.
public enum KeyBurst {
    public static func actions(_ keys: [Key]) -> [AppAction] {
        var actions: [AppAction] = []
        var run: [Character] = []
        func flush() {
            if run.count == 1, let c = run.first { actions.append(.key(.character(c))) }
            if run.count > 1 { actions.append(.paste(String(run))) }
            run = []
        }
        for key in keys {
            if case let .character(c) = key, isPrintable(c) {
                run.append(c)
                continue
            }
            flush()
            actions.append(.key(key))
        }
        flush()
        return actions
    }

    /// Not a control character (a terminal sends those as keys of their own).
    static func isPrintable(_ c: Character) -> Bool {
        !c.unicodeScalars.contains(where: TextEntry.isControl)
    }

    /// A run of at most this many characters where nothing takes text is keys typed quickly,
    /// each handled as a key; a longer one is a paste with nowhere to go, and is dropped
    /// rather than pressing thousands of command keys.
    static let typedAtOnce = 16
}
