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
}
