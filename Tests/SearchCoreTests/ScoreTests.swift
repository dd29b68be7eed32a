import SearchCore
import Testing

/// Hard before soft, whatever the soft score; sums add both parts.
@Suite struct ScoreTests {
    @Test func hardComesBeforeSoft() {
        #expect(Score(hard: 0, soft: 1_000_000) < Score(hard: 1, soft: 0))
        #expect(Score(hard: 2, soft: 5) < Score(hard: 2, soft: 6))
        #expect(!(Score(hard: 2, soft: 6) < Score(hard: 2, soft: 6)))
        let sorted = [Score(hard: 1, soft: 0), Score(hard: 0, soft: 9), Score(hard: 0, soft: 3)].sorted()
        #expect(sorted == [Score(hard: 0, soft: 3), Score(hard: 0, soft: 9), Score(hard: 1, soft: 0)])
    }

    @Test func sumsFeasibilityAndText() {
        #expect(Score(hard: 1, soft: 2) + Score(hard: 3, soft: 4) == Score(hard: 4, soft: 6))
        #expect(Score.zero.isFeasible)
        #expect(!Score(hard: 1, soft: 0).isFeasible)
        #expect(Score(hard: 1, soft: 20).description == "1hard/20soft")
    }
}
