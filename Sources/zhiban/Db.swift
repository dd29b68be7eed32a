import ArgumentParser
import DutyCLI
import DutyModel

/// `zhiban db …`: the database as a whole.
struct Db: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The database as a whole: copy it between an SQLite file and a PostgreSQL server.",
        subcommands: [DbCopy.self])
}

struct DbCopy: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a whole database (directory, roster, check-ins, audit log) into a new, empty one, all or nothing.",
        discussion: """
            Either side is a file or a postgresql:// URI: a file to a county server, or the server \
            to a laptop that goes offline. The target must hold no data; a new file is made (mode 0600).
            """)

    @Option(name: .long, help: "The database to copy from: a file or postgresql://….")
    var from: String

    @Option(name: .long, help: "The new database to copy into: a file or postgresql://… (empty).")
    var to: String

    @Option(name: .long, help: "Language of messages: zh or en (default: from the locale).")
    var lang: Language?

    func run() throws {
        let l = lang ?? Language.fromEnvironment()
        guard let from = try ArgumentValue.database(from, l), let to = try ArgumentValue.database(to, l) else { return }
        try CopyCommand.run(from: from, to: to, l, .standard)
    }
}
