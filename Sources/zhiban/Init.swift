import ArgumentParser
import DutyCLI
import Foundation

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create the database (mode 0600), or bring an existing one's schema up to date.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let path = try options.databasePath()
        let existed = FileManager.default.fileExists(atPath: path)
        _ = try options.open(create: true)
        InitCommand.report(path: path, existed: existed, options.language, .standard)
    }
}
