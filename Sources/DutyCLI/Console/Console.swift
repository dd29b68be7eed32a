import DutyModel
import Foundation

/// Where a command says what it did: standard output for results, standard error for
/// problems, and one progress line that a terminal shows in place. Commands write only here,
/// so a test can read what they say by giving them a console that keeps it.
public struct Console: Sendable {
    /// Which stream a text goes to.
    public enum Stream: Sendable, Equatable {
        case output, error
    }

    /// Whether standard error is a terminal, where a progress line can be rewritten in place.
    /// Elsewhere (scripts, tests) progress is not shown, so only the result is seen.
    public let isTerminal: Bool
    let write: @Sendable (Stream, String) -> Void

    /// A console that hands every text, exactly as written, to `write`.
    public init(isTerminal: Bool, write: @escaping @Sendable (Stream, String) -> Void) {
        self.isTerminal = isTerminal
        self.write = write
    }

    /// This process's standard output and standard error.
    public static var standard: Console {
        Console(isTerminal: isatty(2) == 1) { stream, text in
            switch stream {
            case .output: print(text, terminator: "")
            case .error: FileHandle.standardError.write(Data(text.utf8))
            }
        }
    }

    /// Writes `text` and `terminator` on standard output, control characters made visible
    /// (`VisibleText`: data never drives the terminal).
    public func out(_ text: String, terminator: String = "\n") {
        write(.output, VisibleText.of(text) + terminator)
    }

    /// Writes `text` as a line on standard error, control characters made visible.
    public func error(_ text: String) {
        write(.error, VisibleText.of(text) + "\n")
    }

    /// Shows `text` on the progress line in place of what was there; an empty text clears it.
    public func progress(_ text: String) {
        guard isTerminal else { return }
        write(.error, "\r\u{1B}[K" + VisibleText.of(text))
    }

    /// Shows which step a longer command is at ("reading 9 files…").
    func step(_ text: Localized, _ language: Language) {
        progress(text(language) + "…")
    }
}
