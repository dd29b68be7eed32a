import DutyModel
import DutyPDF

extension PDFError {
    /// Why the PDF was not written, in `language`.
    public func localizedReason(_ language: Language) -> String {
        guard language == .zh else { return reason }
        if reason == "exists" { return "文件已存在，不覆盖" }
        if reason.hasPrefix("no such folder") { return "文件夹不存在" }
        if reason.hasSuffix("is not writable") { return "文件夹不可写" }
        return reason
    }
}
