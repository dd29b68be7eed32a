import ArgumentParser
import DutyCLI
import DutyModel
import DutyStore

/// `zhiban user …`: logins on a PostgreSQL server and what each may change.
struct User: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Logins on a PostgreSQL server and what each may change (street office, compound, desk, reader).",
        subcommands: [UserAdd.self, UserList.self])
}

extension StoreRole: ExpressibleByArgument {}

struct UserAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Create a login (or change an existing one's role) on the server, enforced by row-level security.",
        discussion: """
            street: every compound of --area; compound: the posts, roster and people of --compound; \
            desk: check-ins (and walk-ins) for --compound; reader: reads only. Run as the database's owner.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The login name.")
    var name: String

    @Option(help: "The role: street, compound, desk or reader.")
    var role: StoreRole

    @Option(help: "The street office's area (ID), for --role street.")
    var area: String?

    @Option(help: "The compound (ID), for --role compound and --role desk.")
    var compound: String?

    @Flag(help: "Read the login's password from the first line of standard input.")
    var passwordStdin = false

    func run() throws {
        let password = passwordStdin ? readLine(strippingNewline: true) : nil
        try UserCommand.add(try options.open(), name: name, role: role, area: area, compound: compound, password: password,
                            options.language, .standard)
    }
}

struct UserList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the server's logins and their scopes.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try UserCommand.list(try options.open(), options.language, .standard)
    }
}
