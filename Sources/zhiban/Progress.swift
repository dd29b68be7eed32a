import DutyModel
import Foundation

/// Says on the terminal which step a longer command is at ("reading 9 files…"), on one
/// line that each step overwrites and `done()` clears. Silent when stderr is not a
/// terminal, so scripts and tests see only the result.
struct Progress {
    let enabled = isatty(2) == 1
    let language: Language

    func step(_ zh: String, _ en: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(language == .zh ? zh : en)…".utf8))
    }

    func done() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
