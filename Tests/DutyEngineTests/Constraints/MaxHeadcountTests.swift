import DutyEngine
import Testing

@Suite struct MaxHeadcountTests {
    @Test func peopleOverTheMaximum() {
        var f = DutyFixture()
        let people = (0..<4).map { f.person("人\($0)") }
        let s = f.slot(day: 0, from: 9, hours: 2, min: 1, max: 2)
        #expect(f.penalty(MaxHeadcount(), people.prefix(2).map { (s, $0) }) == 0)
        #expect(f.penalty(MaxHeadcount(), people.map { (s, $0) }) == 2)
    }

    /// Too few is understaffing (soft), too many is this (hard).
    @Test func differsFromUnderstaffing() {
        var f = DutyFixture()
        let p = f.person("马超")
        let s = f.slot(day: 0, from: 9, hours: 2, min: 2, max: 3)
        #expect(f.penalty(MaxHeadcount(), [(s, p)]) == 0)
        #expect(f.penalty(Understaffing(), [(s, p)]) == 2 * 1000)
    }
}
