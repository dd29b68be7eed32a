import DutyDocuments
import DutyModel
import Foundation

/// Why documents could not be printed, in words a coordinator can act on.
public enum PrintFailure: Error, Equatable, Sendable {
    /// `lp` (CUPS) is not installed.
    case noPrinterCommand
    /// The PDF could not be drawn.
    case cannotDraw(PDFError)
    /// `lp` ran and refused (its exit status).
    case refused(Int32)

    public var message: Localized {
        switch self {
        case .noPrinterCommand:
            Localized(zh: "找不到 lp（CUPS）：请安装 cups-client，或写成 PDF 再打印",
                      en: "lp (CUPS) is not installed: install cups-client, or write a PDF")
        case let .cannotDraw(error): error.message
        case let .refused(status):
            Localized(zh: "lp 打印失败（退出码 \(status)）", en: "lp failed (exit status \(status))")
        }
    }
}

extension PDFError {
    /// "Cannot write F: it exists", in both languages.
    public var message: Localized {
        let zh: String
        if reason == "exists" { zh = "文件已存在，不覆盖" }
        else if reason.hasPrefix("no such folder") { zh = "文件夹不存在" }
        else if reason.hasSuffix("is not writable") { zh = "文件夹不可写" }
        else { zh = SystemReason.chinese(reason) }
        return Localized(zh: "无法写入 \(path)：\(zh)", en: "cannot write \(path): \(reason)")
    }
}

/// Sends documents to the printer: drawn into a temporary PDF, handed to `lp`.
public enum PDFPrinter {
    public static func send(_ documents: [Document], printer: String? = nil) throws(PrintFailure) {
        guard let lp = which("lp") else { throw .noPrinterCommand }
        let temporary = NSTemporaryDirectory() + "zhiban-print-\(ProcessInfo.processInfo.processIdentifier).pdf"
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        do {
            try PDFRenderer.write(documents, to: temporary, overwrite: true)
        } catch let error as PDFError {
            throw .cannotDraw(error)
        } catch {
            throw .cannotDraw(PDFError(path: temporary, reason: error.localizedDescription))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: lp)
        process.arguments = (printer.map { ["-d", $0] } ?? []) + [temporary]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw .refused(-1) }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw .refused(process.terminationStatus) }
    }

    /// A program on `$PATH`, if there is one.
    static func which(_ program: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(program)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
