import ArgumentParser
import DutyModel
import DutyStore
import Foundation

@main
struct Zhiban: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhiban",
        abstract: "值班 Zhiban: duty rosters for compounds and street offices — people, posts, shifts.",
        discussion: """
            The database is --db, else $ZHIBAN_DB, else $XDG_DATA_HOME/zhiban/zhiban.sqlite \
            (~/.local/share/zhiban/zhiban.sqlite). Start with `zhiban demo`.
            """,
        subcommands: [Init.self, Import.self, Export.self, People.self, Posts.self, Demo.self, Sample.self,
                      Bench.self, Tui.self, Undo.self, Redo.self, Solve.self, Explain.self, ReplanCommand.self, CheckInCommand.self, CheckOutCommand.self, NoShowCommand.self, Hours.self, DeskCommand.self, CheckIns.self, Certificate.self, Print.self])
}

/// Options every command that touches the database shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The database file (default: $ZHIBAN_DB or ~/.local/share/zhiban/zhiban.sqlite).")
    var db: String?

    @Option(name: .long, help: "Language of messages and headers: zh or en (default: from the locale).")
    var lang: Language?

    var language: Language { lang ?? Language.fromEnvironment() }

    var databasePath: String {
        DatabaseLocation.resolve(flag: db, environment: ProcessInfo.processInfo.environment)
    }

    func open(create: Bool = false) throws -> AppDatabase {
        do {
            return try AppDatabase.open(path: databasePath, create: create)
        } catch {
            throw CLIError(error.message(language))
        }
    }
}

extension Language: ExpressibleByArgument {
    /// zh when LC_ALL, LC_MESSAGES or LANG names a Chinese locale, else en.
    static func fromEnvironment() -> Language {
        let env = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = env[key], !value.isEmpty { return value.hasPrefix("zh") ? .zh : .en }
        }
        return .en
    }
}

/// A failure to report on stderr as one line, exit status 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
