/// A problem in a benchmark instance or roster file, at its line and column (1-based;
/// the column is the comma-separated field number).
public struct FormatIssue: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String

    public var description: String { "\(file):\(line):\(column): \(message)" }
}
