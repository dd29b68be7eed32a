import ArgumentParser
import DutyCLI
import DutyModel
import DutyStore
import Foundation

@main
struct Zhiban: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhiban",
        abstract: "Zhiban: duty rosters for compounds and street offices — people, posts, shifts.",
        discussion: """
            The database is --db, else $ZHIBAN_DB, else $XDG_DATA_HOME/zhiban/zhiban.sqlite \
            (~/.local/share/zhiban/zhiban.sqlite): an SQLite file, or a PostgreSQL server given as \
            postgresql://USER@HOST/DATABASE (docs/deploy.md). Start with `zhiban demo`.
            """,
        subcommands: [Init.self, Import.self, Export.self, People.self, Posts.self, Demo.self, Sample.self,
                      Bench.self, Tui.self, Undo.self, Redo.self, Solve.self, Explain.self, ReplanCommand.self, CheckInCommand.self, CheckOutCommand.self, NoShowCommand.self, CloseShift.self, Hours.self, DeskCommand.self, CheckIns.self, Certificate.self, Print.self, Db.self, User.self])
}

/// Options every command that touches the database shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The database: a file, or postgresql://… for a server (default: $ZHIBAN_DB or ~/.local/share/zhiban/zhiban.sqlite).")
    var db: String?

    @Option(name: .long, help: "Language of messages and headers: zh or en (default: from the locale).")
    var lang: Language?

    var language: Language { lang ?? Language.fromEnvironment() }

    /// The database's path; an empty or blank `--db` is refused, not taken as the default.
    func databasePath() throws -> String {
        DatabaseLocation.resolve(flag: try ArgumentValue.database(db, language), environment: ProcessInfo.processInfo.environment)
    }

    func open(create: Bool = false) throws -> AppDatabase {
        try GlobalOptions.open(try databasePath(), create: create, language)
    }

    /// Opens the store at `path` (an SQLite file, or a PostgreSQL server for a `postgresql://`
    /// URI); its refusal as the message of a failure.
    static func open(_ path: String, create: Bool, _ language: Language) throws -> AppDatabase {
        do {
            return try AppDatabase.open(location: path, create: create)
        } catch {
            throw CLIError(error.message, language)
        }
    }
}

extension Language: ExpressibleByArgument {
    /// The language of this process's locale.
    static func fromEnvironment() -> Language { Language(locale: ProcessInfo.processInfo.environment) }
}
