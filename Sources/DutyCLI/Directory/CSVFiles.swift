import DutyCSV
import DutyModel
import Foundation

/// The CSV files named on the command line: files as given, folders as every `.csv` file in
/// them, in name order.
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
