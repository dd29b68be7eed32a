import DutyModel
import SearchCore
import Testing

/// One violation type for both problem forms: the accessors find the entities it names.
@Suite struct ViolationTests {
    static let message = Localized(zh: "违反", en: "broken")

    @Test func aDutyViolationNamesAPersonAndSlots() {
        let v = Violation(constraint: "min-rest", level: .hard, entities: [.person(4), .slot(7), .slot(9)], penalty: 1,
                          message: Self.message)
        #expect(v.person == 4)
        #expect(v.slots == [7, 9])
        #expect(v.days == nil)
        #expect(v.shift == nil)
        #expect(v.description == "[hard min-rest 1] broken")
    }

    @Test func aBenchmarkViolationNamesAWorkerDaysAndAShiftType() {
        let v = Violation(constraint: "cover", level: .soft, entities: [.days(3...3), .shiftType(1)], penalty: 100,
                          message: Self.message)
        #expect(v.person == nil)
        #expect(v.slots.isEmpty)
        #expect(v.days == 3...3)
        #expect(v.shift == 1)
    }
}
