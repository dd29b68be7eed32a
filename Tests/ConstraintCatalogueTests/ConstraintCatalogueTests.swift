import DutyEngine
import Foundation
import SearchCore
import ShiftBenchmark
import Testing

/// docs/constraints.md is generated from the constraint catalogues of both problem forms.
/// Re-record with RECORD_DOCS=1 (the test still fails that run, so a re-record never passes
/// unnoticed).
@Suite struct ConstraintCatalogueTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func idsAreUniqueAcrossBothCatalogues() {
        let ids = DutyConstraints.ids + Constraints.ids
        #expect(Set(ids).count == ids.count)
    }

    @Test func constraintsDocIsUpToDate() throws {
        let path = Self.root.appendingPathComponent("docs/constraints.md").path
        let generated = ConstraintCatalogue.markdown([DutyConstraints.section, Constraints.section])
        if ProcessInfo.processInfo.environment["RECORD_DOCS"] == "1" {
            try generated.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("docs/constraints.md re-recorded; run the tests again without RECORD_DOCS")
            return
        }
        let current = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        #expect(current == generated, "docs/constraints.md is out of date: run RECORD_DOCS=1 swift test --filter ConstraintCatalogueTests")
    }
}
