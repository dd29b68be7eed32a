import TerminalKit

extension Document {
    /// The document as plain UTF-8 text, aligned by display width (Chinese characters take two
    /// columns): for the screen, the pager and golden tests. Blank write-in rows show as lines
    /// to fill in.
    public func text(width: Int = 100) -> String {
        var out = ""
        let titleWidth = DisplayWidth.of(title)
        out += String(repeating: " ", count: max(0, (width - titleWidth) / 2)) + title + "\n"
        for line in header { out += line + "\n" }
        out += footer + "\n\n"
        for block in blocks {
            switch block {
            case let .heading(text):
                out += text + "\n"
            case let .paragraph(text):
                out += text + "\n\n"
            case let .table(columns, rows):
                var table = TextTable(columns.map { TextTable.Column($0.title, $0.alignRight ? .right : .left) })
                for row in rows {
                    if row.allSatisfy(\.isEmpty) {
                        table.append(columns.map { String(repeating: "_", count: max(4, DisplayWidth.of($0.title))) })
                    } else {
                        table.append(row)
                    }
                }
                out += table.render() + "\n"
            case let .signature(label):
                out += label + String(repeating: "_", count: 24) + "\n\n"
            }
        }
        return out
    }
}
