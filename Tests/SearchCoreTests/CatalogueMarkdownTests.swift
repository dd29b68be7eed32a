import DutyModel
import SearchCore
import Testing

/// The catalogue writes one table per problem form, with its heading, introduction and notes.
@Suite struct CatalogueMarkdownTests {
    struct Rule: ConstraintInfo {
        let id: String
        let level: Level
        let summary = Localized(zh: "规则", en: "A rule")
        let penaltyUnit = "one per thing"
    }

    @Test func oneTablePerSection() {
        let text = ConstraintCatalogue.markdown([
            ConstraintSection(title: "First form", introduction: "Its rules.", constraints: [Rule(id: "a", level: .hard)],
                              notes: "Defaults: none."),
            ConstraintSection(title: "Second form", introduction: "More rules.", constraints: [Rule(id: "b", level: .soft)]),
        ])
        #expect(text.hasPrefix("# Constraints\n"))
        #expect(text.contains("\n## First form\n\nIts rules.\n\n| id | level | rule | 规则 | one penalty point |\n"))
        #expect(text.contains("| a | hard | A rule | 规则 | one per thing |\n\nDefaults: none.\n"))
        #expect(text.hasSuffix("## Second form\n\nMore rules.\n\n| id | level | rule | 规则 | one penalty point |\n|---|---|---|---|---|\n| b | soft | A rule | 规则 | one per thing |\n"))
        #expect(ConstraintSection(title: "", introduction: "", constraints: [Rule(id: "x", level: .hard)]).ids == ["x"])
    }
}
