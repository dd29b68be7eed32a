/// The reasons a file could not be read: every problem found.
public struct FormatFailure: Error, Sendable, CustomStringConvertible {
    public let issues: [FormatIssue]
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
