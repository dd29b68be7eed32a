import Foundation
import SearchCore
import Testing

/// A lane whose best score follows a script, one entry per epoch (the last repeats).
final class ScriptedLane: SearchLane, @unchecked Sendable {
    let script: [Int]
    var bestScore: Score
    private(set) var moves = 0
    private(set) var epochs: [Epoch] = []
    /// Called after each epoch this lane runs (e.g. to request a stop).
    var afterEpoch: (Int) -> Void = { _ in }

    init(_ script: [Int]) {
        self.script = script
        bestScore = Score(hard: 0, soft: script.first ?? 0)
    }

    func run(_ epoch: Epoch) {
        moves += epoch.moves
        epochs.append(epoch)
        bestScore = Score(hard: 0, soft: script[min(epochs.count, script.count - 1)])
        afterEpoch(epochs.count)
    }
}

/// Lanes that meet: epochs in parallel, stopping on the budget, improvements reported once each,
/// lanes behind offered the leader.
@Suite struct LanesTests {
    @Test func stopsOnStepsWithAShortLastEpoch() {
        let lanes = [ScriptedLane([100]), ScriptedLane([100])]
        let meeting = Lanes(lanes, budget: SearchBudget(steps: 5_000), stopwatch: Stopwatch(), epochMoves: 2_000,
                            best: Score(hard: 0, soft: 100))
        meeting.run(improved: { _ in }, behind: { _, _, _ in })
        #expect(meeting.steps == 5_000)
        #expect(meeting.epochs == 3)
        #expect(lanes.allSatisfy { $0.moves == 5_000 })
        #expect(lanes[0].epochs.map(\.moves) == [2_000, 2_000, 1_000])
        #expect(lanes[0].epochs.map(\.fraction) == [0, 0.4, 0.8])
        #expect(lanes[0].epochs.map(\.number) == [1, 2, 3])
    }

    @Test func stopsOnARequest() {
        let budget = SearchBudget()   // no limit but the request
        let lanes = [ScriptedLane([50]), ScriptedLane([50])]
        lanes[1].afterEpoch = { n in if n == 4 { budget.stop.request() } }
        let meeting = Lanes(lanes, budget: budget, stopwatch: Stopwatch(), epochMoves: 10, best: Score(hard: 0, soft: 50))
        meeting.run(improved: { _ in }, behind: { _, _, _ in })
        #expect(meeting.epochs == 4)
        #expect(meeting.steps == 40)
    }

    @Test func stopsOnTargetOrWhenPrepareSaysSo() {
        let lanes = [ScriptedLane([90, 80, 70, 60, 50])]
        let meeting = Lanes(lanes, budget: SearchBudget(steps: 1_000, target: Score(hard: 0, soft: 70)),
                            stopwatch: Stopwatch(), epochMoves: 10, best: Score(hard: 0, soft: 90))
        meeting.run(improved: { _ in }, behind: { _, _, _ in })
        #expect(meeting.epochs == 2)
        #expect(meeting.bestScore == Score(hard: 0, soft: 70))

        let other = Lanes([ScriptedLane([9])], budget: SearchBudget(steps: 1_000), stopwatch: Stopwatch(), epochMoves: 10,
                          best: .zero)
        other.run(prepare: { $0.index < 3 }, improved: { _ in }, behind: { _, _, _ in })
        #expect(other.epochs == 3)
    }

    @Test func reportsEachImprovementOnceAndOffersTheLeaderToLanesBehind() {
        let a = ScriptedLane([100, 90, 90, 70]), b = ScriptedLane([100, 95, 80, 80])
        let meeting = Lanes([a, b], budget: SearchBudget(steps: 40), stopwatch: Stopwatch(), epochMoves: 10,
                            best: Score(hard: 0, soft: 100))
        var reported: [Int] = []
        var offered: [(behind: Int, leader: Int, epoch: Int)] = []
        var settled: [Int] = []
        meeting.run(settle: { settled.append($0.number) },
                    improved: { leader in reported.append(leader.bestScore.soft) },
                    behind: { lane, leader, epoch in
                        offered.append((lane === a ? 0 : 1, leader === a ? 0 : 1, epoch.number))
                    })
        #expect(reported == [90, 80, 70])
        #expect(settled == [1, 2, 3, 4])
        #expect(offered.map(\.behind) == [1, 0, 1, 1])
        #expect(offered.map(\.leader) == [0, 1, 0, 0])
        #expect(offered.map(\.epoch) == [1, 2, 3, 4])
        #expect(meeting.leader === a)
    }

    @Test func aScoreFromOutsideTheLanesCountsOnlyWhenBetter() {
        let meeting = Lanes([ScriptedLane([100])], budget: SearchBudget(steps: 10), stopwatch: Stopwatch(), epochMoves: 10,
                            best: Score(hard: 0, soft: 100))
        #expect(!meeting.offer(Score(hard: 0, soft: 100)))
        #expect(meeting.offer(Score(hard: 0, soft: 60)))
        var reported = 0
        meeting.run(improved: { _ in reported += 1 }, behind: { _, _, _ in })
        #expect(reported == 0)
        #expect(meeting.bestScore == Score(hard: 0, soft: 60))
    }
}
