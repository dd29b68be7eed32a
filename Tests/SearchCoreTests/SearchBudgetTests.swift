import SearchCore
import Testing

/// When a search stops and how much of its budget is used; the stopwatch and the stop flag.
@Suite struct SearchBudgetTests {
    @Test func stopsOnStepsTargetAndRequest() {
        let watch = Stopwatch()
        let budget = SearchBudget(steps: 100, target: Score(hard: 0, soft: 10))
        #expect(!budget.isSpent(steps: 99, best: Score(hard: 0, soft: 11), watch))
        #expect(budget.isSpent(steps: 100, best: Score(hard: 0, soft: 11), watch))
        #expect(budget.isSpent(steps: 0, best: Score(hard: 0, soft: 10), watch))
        budget.stop.request()
        #expect(budget.isSpent(steps: 0, best: Score(hard: 1, soft: 0), watch))
    }

    @Test func stopsOnSeconds() {
        let watch = Stopwatch()
        #expect(SearchBudget(seconds: 0).isSpent(steps: 0, best: .zero, watch))
        #expect(!SearchBudget(seconds: 3600).isSpent(steps: 0, best: .zero, watch))
    }

    @Test func copiesShareTheStopFlag() {
        let budget = SearchBudget(steps: 10)
        var copy = budget
        copy.steps = 20
        copy.stop.request()
        #expect(budget.stop.isRequested)
        #expect(budget.steps == 10)
    }

    @Test func fractionFollowsStepsElseTime() {
        let watch = Stopwatch()
        #expect(SearchBudget(steps: 200, seconds: 3600).fraction(steps: 50, watch) == 0.25)
        let timed = SearchBudget(seconds: 3600).fraction(steps: 50, watch)
        #expect(timed >= 0 && timed < 0.01)
        #expect(SearchBudget().fraction(steps: 50, watch) == 0)
        #expect(!SearchBudget().isBounded && SearchBudget(steps: 1).isBounded && SearchBudget(seconds: 1).isBounded)
    }

    @Test func movesAndRemaining() {
        #expect(SearchBudget(steps: 5_000).moves(after: 4_000, epoch: 2_000) == 1_000)
        #expect(SearchBudget(seconds: 1).moves(after: 4_000, epoch: 2_000) == 2_000)
        #expect(SearchBudget(steps: 5_000).remaining(after: 4_000, fraction: 0.8) == 1_000)
        // Timed: 1,000 moves used a quarter of the time, so about 3,000 are left.
        #expect(SearchBudget(seconds: 1).remaining(after: 1_000, fraction: 0.25) == 3_000)
        #expect(SearchBudget(seconds: 1).remaining(after: 0, fraction: 0) == 0)
    }

    @Test func theStopwatchRuns() {
        let watch = Stopwatch()
        let a = watch.elapsed()
        var x = 0
        for i in 0..<100_000 { x &+= i }
        let b = watch.elapsed()
        #expect(x > 0)
        #expect(a >= 0 && b >= a)
    }

    @Test func optionsReadAndWriteTheBudget() {
        struct Options: BudgetOptions { var budget = SearchBudget() }
        var options = Options()
        options.steps = 7
        options.seconds = 1.5
        options.target = .zero
        #expect(options.budget.steps == 7 && options.budget.seconds == 1.5 && options.budget.target == .zero)
    }
}
