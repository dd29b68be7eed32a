import ArgumentParser
import DutyCSV
import DutyModel
import DutyStore
import Foundation

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export people, places and posts as CSV files that `zhiban import` reads back.",
        discussion: "Headers and values are Chinese unless --lang en is given; files are UTF-8 with a BOM unless --encoding says otherwise.")

    @OptionGroup var options: GlobalOptions

    @OptionGroup var output: OutputOptions

    @Argument(help: "The folder to write into (created if missing).")
    var folder: String

    func run() throws {
        let db = try options.open()
        let directory = try db.loadDirectory()
        // Files are for Chinese coordinators and their spreadsheets: Chinese headers and values
        // unless --lang asks otherwise, whatever the machine's locale.
        let exporter = Exporter(language: options.lang ?? .zh, encoding: output.encoding)
        try CSVWriter.write(directory, exporter, to: folder, force: output.force, options.language)
        let zh = options.language == .zh
        print(zh ? "已导出 \(directory.people.count) 人、\(directory.compounds.count) 个小区、\(directory.posts.count) 个岗位到 \(folder)"
                 : "Exported \(directory.people.count) people, \(directory.compounds.count) compounds, \(directory.posts.count) posts to \(folder)")
    }
}

/// How CSV files are written.
struct OutputOptions: ParsableArguments {
    @Option(help: "Encoding: utf8-bom (opens in Excel), utf8 or gb18030.")
    var encoding: TextEncoding = .utf8BOM

    @Flag(help: "Overwrite files that already exist.")
    var force = false
}

/// Writes export files all or nothing: each goes to a temporary file first, and the
/// temporaries are renamed into place only when every one was written.
enum CSVWriter {
    static func write(_ directory: Directory, _ exporter: Exporter, to folder: String, force: Bool,
                      _ language: Language) throws {
        let zh = language == .zh
        let files: [(name: String, data: [UInt8])]
        do {
            files = try exporter.files(directory)
        } catch {
            throw CLIError(error.message(language))
        }
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CLIError(zh ? "无法创建文件夹 \(folder)：\(error.localizedDescription)"
                              : "cannot create the folder \(folder): \(error.localizedDescription)")
        }
        if !force {
            let existing = files.map { "\(folder)/\($0.name)" }.filter { fm.fileExists(atPath: $0) }
            if !existing.isEmpty {
                throw CLIError(zh ? "文件已存在：\(existing.joined(separator: "、"))；加 --force 覆盖"
                                  : "files already exist: \(existing.joined(separator: ", ")); add --force to overwrite")
            }
        }
        var temporaries: [(String, String)] = []
        defer { for (temp, _) in temporaries { try? fm.removeItem(atPath: temp) } }
        for file in files {
            let target = "\(folder)/\(file.name)"
            let temp = "\(folder)/.\(file.name).\(ProcessInfo.processInfo.processIdentifier).tmp"
            guard fm.createFile(atPath: temp, contents: Data(file.data)) else {
                throw CLIError(zh ? "无法写入 \(target)" : "cannot write \(target)")
            }
            temporaries.append((temp, target))
        }
        for (temp, target) in temporaries {
            guard rename(temp, target) == 0 else {
                throw CLIError(zh ? "无法写入 \(target)：\(String(cString: strerror(errno)))"
                                  : "cannot write \(target): \(String(cString: strerror(errno)))")
            }
        }
        temporaries = []
    }
}
