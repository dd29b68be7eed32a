import DutyDocuments
import DutyModel
import DutyPDF
import Foundation

/// Why documents did not come out, as the status line says it.
public struct DocumentFailure: Error, Equatable, Sendable {
    public var message: Localized

    public init(_ message: Localized) { self.message = message }
}

/// Where the interface's documents go: a PDF file, or the printer.
public protocol DocumentOutput: Sendable {
    /// Writes `documents` as one PDF named `file` (not over an existing file); returns its path.
    func write(_ documents: [Document], file: String) throws(DocumentFailure) -> String
    /// Sends `documents` to the printer.
    func send(_ documents: [Document]) throws(DocumentFailure)
}

/// PDFs in the current folder, and the system's printer through `lp`.
public struct PDFOutput: DocumentOutput {
    public init() {}

    public func write(_ documents: [Document], file: String) throws(DocumentFailure) -> String {
        let path = FileManager.default.currentDirectoryPath + "/" + file
        do {
            try PDFRenderer.write(documents, to: path)
        } catch let error as PDFError {
            throw DocumentFailure(error.message)
        } catch {
            throw DocumentFailure(Localized(zh: "无法写入 \(path)：\(error.localizedDescription)", en: "cannot write \(path): \(error.localizedDescription)"))
        }
        return path
    }

    public func send(_ documents: [Document]) throws(DocumentFailure) {
        do {
            try PDFPrinter.send(documents)
        } catch {
            throw DocumentFailure(error.message)
        }
    }
}
