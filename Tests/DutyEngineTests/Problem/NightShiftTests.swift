import DutyEngine
import DutyModel
import Testing

/// What counts as a night shift reaches the rules through the compiled slots: someone who may
/// not work nights (可值夜班=否) is blocked from the shifts the template calls nights, and only
/// from those.
@Suite struct NightShiftTests {
    static let day = LocalDate(parsing: "2026-12-07")!

    /// One compound with a gate on the coordinator's three shifts 08–16, 16–24, 00–08 and a
    /// 20:00–02:00 patrol; one person who does no nights and is free at any time.
    static func directory(eveningNight: Bool? = nil) -> Directory {
        func shift(_ code: String, _ start: Int, _ end: Int, night: Bool? = nil) -> ShiftDefinition {
            ShiftDefinition(code: code, name: code, start: TimeOfDay(hour: start)!, end: TimeOfDay(hour: end)!, night: night)
        }
        let gate = ShiftTemplate(id: "T-gate", name: "卡点三班倒",
                                 shifts: [shift("day", 8, 16), shift("eve", 16, 24, night: eveningNight), shift("night", 0, 8)])
        let patrol = ShiftTemplate(id: "T-patrol", name: "巡逻", shifts: [shift("night", 20, 2)])
        let rules = ["day", "eve", "night"].map { StaffingRule(shift: $0, minimum: 1, maximum: 2) }
        return Directory(
            areas: [Area(id: "A1", name: "蒲东街道")],
            compounds: [Compound(id: "C1", name: "幸福家园", area: "A1", households: 100)],
            gates: [Gate(id: "C1-G1", compound: "C1", name: "东门")],
            people: [Person(id: "P1", name: "曾国强", phone: "", sex: .male, birthYear: 1970, compound: "C1",
                            roles: [.residentVolunteer], nightDutyAllowed: false)],
            shiftTemplates: [gate, patrol],
            posts: [Post(id: "C1-gate", name: "东门卡点", kind: .checkpoint, compound: "C1", gate: "C1-G1", template: "T-gate",
                         staffing: rules),
                    Post(id: "C1-patrol", name: "巡逻", kind: .patrol, compound: "C1", template: "T-patrol",
                         staffing: [StaffingRule(shift: "night", minimum: 1, maximum: 1)])])
    }

    /// Whether the person who does no nights may take `shift` of `post` on the day, by the
    /// engine's own candidate evaluation (the slot screen's and the desk's standby list's).
    func blocked(_ d: Directory, _ post: PostID, _ shift: String) throws -> DutyBlock? {
        let plan = DutyCompiler.compile(d, from: Self.day, days: 1)
        let slot = try #require(plan.slotIndex[Slot(post: post, date: Self.day, shift: shift).id])
        let candidate = try #require(DutyExplain.candidates(plan.problem, plan.current, slot: slot).first { $0.person == 0 })
        return candidate.block
    }

    @Test func theSixteenToMidnightShiftNoLongerBlocksSomeoneWhoDoesNoNights() throws {
        let d = Self.directory()
        #expect(try blocked(d, "C1-gate", "eve") == nil)
        #expect(try blocked(d, "C1-gate", "day") == nil)
        #expect(try blocked(d, "C1-gate", "night")?.constraint == "eligibility")
        #expect(try blocked(d, "C1-patrol", "night")?.constraint == "eligibility")
        let plan = DutyCompiler.compile(d, from: Self.day, days: 1)
        #expect(plan.problem.slots.filter(\.isNight).map(\.id).sorted()
            == ["C1-gate@2026-12-07@night", "C1-patrol@2026-12-07@night"])
    }

    @Test func theTemplatesWordDecidesForTheRules() throws {
        let evening = Self.directory(eveningNight: true)
        #expect(try blocked(evening, "C1-gate", "eve")?.constraint == "eligibility")
        let plan = DutyCompiler.compile(evening, from: Self.day, days: 1)
        let eve = try #require(plan.slotIndex[Slot(post: "C1-gate", date: Self.day, shift: "eve").id])
        #expect(plan.problem.slots[eve].isNight)
    }
}
