import ArgumentParser
import DutyCSV
import DutyModel
import DutyStore
import Foundation

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import people, places and posts from CSV files (all or nothing).",
        discussion: """
            Give files or folders (every .csv file in a folder is read). Headers may be Chinese or English; \
            files may be UTF-8 (with or without BOM) or GB18030/GBK. Records whose ID is already in the \
            database replace it. If any file has a problem, nothing is imported and every problem is listed \
            as file:line:column. See docs/data-formats.md.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: "Read the files as this encoding instead of detecting it: utf8, utf8-bom or gb18030.")
    var encoding: TextEncoding?

    @Flag(help: "Check the files and report what would change, without writing anything.")
    var dryRun = false

    @Argument(help: "CSV files or folders of CSV files.")
    var paths: [String]

    func run() throws {
        let language = options.language
        let progress = Progress(language: language)
        defer { progress.done() }
        progress.step("读取文件", "reading files")
        let files = try CSVFiles.read(paths, language)
        // A dry run against a database that does not exist yet checks against an empty one
        // and creates nothing.
        let exists = FileManager.default.fileExists(atPath: options.databasePath)
        let db = dryRun && !exists ? nil : try options.open(create: true)
        let existing = try db?.loadDirectory() ?? Directory()
        progress.step("检查 \(files.count) 个文件", "checking \(files.count) files")
        let outcome = Importer(forcedEncoding: encoding).read(files, into: existing)
        switch outcome {
        case let .failure(failure):
            progress.done()
            for issue in failure.issues { printError(issue.text(language)) }
            let n = failure.issues.count
            printError(language == .zh ? "发现 \(n) 个问题，未导入任何记录。" : "\(n) problem\(n == 1 ? "" : "s") found; nothing was imported.")
            throw ExitCode(1)
        case let .success(result):
            if dryRun {
                print(language == .zh ? "检查通过，未写入（--dry-run）。" : "All files are valid; nothing written (--dry-run).")
                return
            }
            guard let db else { return }
            progress.step("写入数据库", "writing to the database")
            let summary = try db.save(result.imported).value
            progress.done()
            print(language == .zh
                ? "已导入：新增 \(summary.added) 条，修改 \(summary.changed) 条，未变 \(summary.unchanged) 条。"
                : "Imported: \(summary.added) added, \(summary.changed) changed, \(summary.unchanged) unchanged.")
        }
    }
}

extension TextEncoding: ExpressibleByArgument {}

/// Collects the CSV files named on the command line.
enum CSVFiles {
    static func read(_ paths: [String], _ language: Language) throws -> [CSVFile] {
        let fm = FileManager.default
        var files: [CSVFile] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError(language == .zh ? "找不到文件 \(path)" : "no such file: \(path)")
            }
            var names = [path]
            if isDirectory.boolValue {
                let entries = (try? fm.contentsOfDirectory(atPath: path)) ?? []
                names = entries.filter { $0.lowercased().hasSuffix(".csv") }.sorted().map { "\(path)/\($0)" }
                if names.isEmpty {
                    throw CLIError(language == .zh ? "文件夹 \(path) 中没有 .csv 文件" : "no .csv files in \(path)")
                }
            }
            for name in names {
                guard let data = fm.contents(atPath: name) else {
                    throw CLIError(language == .zh ? "无法读取 \(name)" : "cannot read \(name)")
                }
                files.append(CSVFile(name: name, bytes: Array(data)))
            }
        }
        return files
    }
}
