/// The problems found in one file, up to a limit: past it the reader stops, so that a file of
/// garbage costs no more than a file with a hundred mistakes.
struct IssueList {
    let file: String
    let limit: Int
    private(set) var issues: [FormatIssue] = []

    init(file: String, limit: Int = InstanceLimits.issues) {
        self.file = file
        self.limit = limit
    }

    /// Adds a problem at `line` and `column` (the comma-separated field, 1-based); at the limit,
    /// stops with all of them.
    mutating func add(_ line: Int, _ column: Int, _ message: String) throws(FormatFailure) {
        issues.append(FormatIssue(file: file, line: line, column: column, message: message))
        if issues.count >= limit {
            issues.append(FormatIssue(file: file, line: line, column: column,
                                      message: "stopped after \(limit) problems; fix these first"))
            throw FormatFailure(issues: issues)
        }
    }

    /// Stops with the problems found, if there are any.
    func check() throws(FormatFailure) {
        if !issues.isEmpty { throw FormatFailure(issues: issues) }
    }
}
