/// A plain-text table whose columns line up in a terminal, measured in display columns
/// (a Chinese character takes two).
public struct TextTable: Sendable {
    public struct Column: Sendable {
        public let title: String
        public let alignment: DisplayWidth.Alignment
        /// The widest the column may grow; longer cells end in `…`.
        public let maxWidth: Int?

        public init(_ title: String, _ alignment: DisplayWidth.Alignment = .left, maxWidth: Int? = nil) {
            self.title = title
            self.alignment = alignment
            self.maxWidth = maxWidth
        }
    }

    public let columns: [Column]
    public private(set) var rows: [[String]] = []

    public init(_ columns: [Column]) { self.columns = columns }

    public mutating func append(_ row: [String]) { rows.append(row) }

    /// Column widths: the widest cell or title, capped by `maxWidth`.
    public var widths: [Int] {
        columns.enumerated().map { i, column in
            let widest = rows.reduce(DisplayWidth.of(column.title)) { max($0, DisplayWidth.of(i < $1.count ? $1[i] : "")) }
            return column.maxWidth.map { min($0, widest) } ?? widest
        }
    }

    /// The table as lines: a title line, a rule, then the rows. No trailing spaces.
    public func render() -> String {
        let widths = self.widths
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, column) in columns.enumerated() {
                parts.append(DisplayWidth.pad(i < cells.count ? cells[i] : "", to: widths[i], column.alignment))
            }
            var text = parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var out = line(columns.map(\.title)) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }
}
