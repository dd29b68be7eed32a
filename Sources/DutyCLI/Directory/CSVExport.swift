import DutyCSV
import DutyModel
import Foundation

/// Writes a directory as CSV files into a folder (made when missing), all or nothing
/// (``AtomicFile``): files already there are named and left alone unless `force`.
enum CSVExport {
    static func write(_ directory: Directory, _ exporter: Exporter, to folder: String, force: Bool,
                      _ language: Language) throws {
        let zh = language == .zh
        let files: [(name: String, data: [UInt8])]
        do {
            files = try exporter.files(directory)
        } catch {
            throw CLIError(error.message, language)
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CLIError(zh ? "无法创建文件夹 \(folder)：\(SystemReason.chinese(error.localizedDescription))"
                              : "cannot create the folder \(folder): \(error.localizedDescription)")
        }
        do {
            try AtomicFile.write(files.map { (path: "\(folder)/\($0.name)", data: Data($0.data)) }, overwrite: force)
        } catch let .exists(existing) {
            throw CLIError(zh ? "文件已存在：\(existing.joined(separator: "、"))；加 --force 覆盖"
                              : "files already exist: \(existing.joined(separator: ", ")); add --force to overwrite")
        } catch let .cannotWrite(path, reason) {
            throw CLIError(zh ? "无法写入 \(path)：\(SystemReason.chinese(reason))" : "cannot write \(path): \(reason)")
        } catch {
            throw CLIError(zh ? "无法写入 \(folder)：\(error.reasons.zh)" : "cannot write \(folder): \(error.reason)")
        }
    }
}
