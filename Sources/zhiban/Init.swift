import ArgumentParser
import DutyStore
import Foundation

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create the database (mode 0600), or bring an existing one's schema up to date.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let path = options.databasePath
        let existed = FileManager.default.fileExists(atPath: path)
        _ = try options.open(create: true)
        let zh = options.language == .zh
        if existed {
            print(zh ? "数据库已存在，结构已是最新：\(path)" : "Database already exists, schema up to date: \(path)")
        } else {
            print(zh ? "已创建数据库：\(path)" : "Created database: \(path)")
        }
    }
}
