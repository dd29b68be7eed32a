import DutyDocuments
import DutyModel
import DutyPDF
import Foundation

/// The system's printer through CUPS's `lp`: documents are drawn into a temporary PDF and
/// handed to it.
public enum LinePrinter {
    /// Prints `documents` on `printer` (the system's default when nil).
    public static func send(_ documents: [Document], printer: String?, _ l: Language) throws {
        let zh = l == .zh
        guard let lp = which("lp") else {
            throw CLIError(zh ? "找不到 lp（CUPS）：请安装 cups-client，或写成 PDF 再打印" : "lp (CUPS) is not installed: install cups-client, or write a PDF")
        }
        let temporary = NSTemporaryDirectory() + "zhiban-print-\(ProcessInfo.processInfo.processIdentifier).pdf"
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        do { try PDFRenderer.write(documents, to: temporary, overwrite: true) } catch { throw CLIError("\(error)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: lp)
        process.arguments = (printer.map { ["-d", $0] } ?? []) + [temporary]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CLIError(zh ? "lp 打印失败（退出码 \(process.terminationStatus)）" : "lp failed (exit status \(process.terminationStatus))")
        }
    }

    /// The path of `program` on PATH.
    static func which(_ program: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
