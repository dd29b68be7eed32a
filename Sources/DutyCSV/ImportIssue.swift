import DutyModel

/// A problem found while importing, located as `file:line:column`.
///
/// `column` is the spreadsheet column number (1 = A). A problem the import causes in a record
/// already in the database is placed at the imported row that causes it; only one the
/// database had before the import has no file.
public struct ImportIssue: Sendable, Hashable, Comparable {
    public let file: String?
    public let line: Int?
    public let column: Int?
    /// The column's header as written in the file, when known, with its name in the other
    /// language where the file used that one (`sex（性别）`, `性别 (sex)`).
    public let header: Localized?
    public let message: Localized

    public init(file: String?, line: Int?, column: Int?, header: Localized? = nil, _ message: Localized) {
        self.file = file
        self.line = line
        self.column = column
        self.header = header
        self.message = message
    }

    public func text(_ language: Language) -> String {
        var place = file ?? (language == .zh ? "数据库" : "database")
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        let head = header.map { "\($0(language)): " } ?? ""
        return "\(place): \(head)\(message(language))"
    }

    public static func < (a: ImportIssue, b: ImportIssue) -> Bool {
        (a.file ?? "", a.line ?? 0, a.column ?? 0) < (b.file ?? "", b.line ?? 0, b.column ?? 0)
    }
}

/// The reason an import was refused: every problem found, nothing imported.
public struct ImportFailure: Error, Sendable {
    public let issues: [ImportIssue]
}
