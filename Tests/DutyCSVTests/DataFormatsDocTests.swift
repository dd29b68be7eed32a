import DutyCSV
import Foundation
import Testing

/// docs/data-formats.md must describe every table and column the code reads.
@Suite struct DataFormatsDocTests {
    @Test func everyTableAndColumnIsDocumented() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/data-formats.md"), encoding: .utf8)
        for table in Table.allCases {
            #expect(doc.contains("### \(table.fileName.en).csv / \(table.fileName.zh).csv"),
                    "docs/data-formats.md has no section for \(table.fileName.en).csv")
            for column in table.columns {
                #expect(doc.contains("| \(column.header.zh) | \(column.header.en) |"),
                        "docs/data-formats.md does not list column \(column.header.zh)/\(column.header.en) of \(table.fileName.en)")
            }
        }
    }

    /// Each column's row in its table's section gives the limit the importer enforces.
    @Test func everyColumnsLimitIsDocumented() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/data-formats.md"), encoding: .utf8)
        let sections = doc.components(separatedBy: "\n### ")
        for table in Table.allCases {
            let section = try #require(sections.first { $0.hasPrefix("\(table.fileName.en).csv / ") })
            let rows = section.split(separator: "\n").map(String.init)
            for column in table.columns {
                let row = rows.first { $0.hasPrefix("| \(column.header.zh) | \(column.header.en) |") }
                let cells = row.map { $0.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
                #expect(cells.map { $0.count > 4 && $0[4] == "\(column.limit)" } == true,
                        "docs/data-formats.md gives \(table.fileName.en).\(column.header.en) a max other than \(column.limit)")
            }
        }
    }
}
