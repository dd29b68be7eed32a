import ArgumentParser
import DutyCLI

/// `zhiban undo` / `zhiban redo`: the same history the interface uses.
struct Undo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Undo the last change to assignments or people (the audit log keeps them all).")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try UndoCommand.run(try options.open(), undo: true, options.language, .standard)
    }
}

struct Redo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Redo the change last undone.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try UndoCommand.run(try options.open(), undo: false, options.language, .standard)
    }
}
