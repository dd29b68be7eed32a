import ShiftBenchmark
import SearchCore
import Testing

@Suite struct ExplanationTests {
    @Test func candidatesShowTheRuleThatBlocksEachWorker() throws {
        // Two workers, one shift type; Bob has day 2 off, Ann already works days 0–1 and may
        // work at most 2 days in a row.
        let p = Problem(
            name: "tiny", days: 7, shifts: [ShiftType(id: "D", minutes: 480)],
            workers: [
                Worker(id: "Ann", maxShifts: [7], maxTotalMinutes: 9999, minTotalMinutes: 0, maxConsecutiveShifts: 2,
                       minConsecutiveShifts: 1, minConsecutiveDaysOff: 1, maxWeekends: 2),
                Worker(id: "Bob", maxShifts: [7], maxTotalMinutes: 9999, minTotalMinutes: 0, maxConsecutiveShifts: 7,
                       minConsecutiveShifts: 1, minConsecutiveDaysOff: 1, maxWeekends: 2, daysOff: [2]),
                Worker(id: "Cat", maxShifts: [7], maxTotalMinutes: 9999, minTotalMinutes: 0, maxConsecutiveShifts: 7,
                       minConsecutiveShifts: 1, minConsecutiveDaysOff: 1, maxWeekends: 2),
            ],
            cover: Array(repeating: [Cover(requirement: 1, underWeight: 100, overWeight: 1)], count: 7))
        var roster = Roster(workers: 3, days: 7)
        roster[0, 0] = 0
        roster[0, 1] = 0
        let list = Explanation.candidates(Context(p), roster, day: 2, shift: 0)
        #expect(list.map(\.worker) == [2, 0, 1])
        #expect(list[0].blockedBy.isEmpty)
        #expect(list[1].blockedBy.map(\.constraint) == ["max-consecutive-shifts"])
        #expect(list[2].blockedBy.map(\.constraint) == ["days-off"])
        #expect(list[2].blockedBy[0].message.en.contains("Bob"))
    }

    @Test func violationsAreGroupedByConstraintInRegistryOrder() {
        let v = { (id: String) in
            Violation(constraint: id, level: .soft, entities: [], penalty: 1, message: .init(zh: id, en: id))
        }
        let groups = Explanation.grouped([v("cover"), v("days-off"), v("cover")])
        #expect(groups.map(\.constraint) == ["days-off", "cover"])
        #expect(groups.map(\.violations.count) == [1, 2])
    }
}
