import ArgumentParser
import DutyCLI
import DutyStore
import Foundation

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create the database (mode 0600), or bring an existing one's schema up to date.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let path = try options.databasePath()
        let existed = AppDatabase.exists(location: path)
        let store = try options.open(create: true)
        InitCommand.report(path: store.location, existed: existed, options.language, .standard)
    }
}
