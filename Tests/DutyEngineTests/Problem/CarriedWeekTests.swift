import DutyEngine
import DutyModel
import DutySample
import Testing

/// A day compiled alone with the rest of its calendar week carried in (`compile(_:day:weekAround:)`)
/// answers as the whole week compiled: every candidate of every slot that day is blocked, or
/// not, for the same reason, weekly limits and nights included.
@Suite struct CarriedWeekTests {
    /// The small city with everyone's weekly limit lowered to 16 h, so that weekly blocks are
    /// common, and a roster solved over the week from Tuesday 12-01.
    static let setting: (directory: Directory, assignments: [Assignment]) = {
        var directory = SampleCity.generate(.small)
        for i in directory.people.indices { directory.people[i].maxHoursPerWeek = 16 }
        let plan = DutyCompiler.compile(directory, from: SampleCity.referenceDate, days: 7)
        let result = DutySolver(plan.problem, options: DutySearchOptions(seed: 3, steps: 2_000, threads: 1)).run()
        return (directory, plan.assignments(result.roster, source: .solver))
    }()

    /// What blocks each candidate, in words independent of the plan's slot numbering.
    static func blocks(_ plan: DutyPlan, slot: Slot) throws -> [String: String] {
        let s = try #require(plan.slotIndex[slot.id])
        var roster = plan.current
        for pair in plan.problem.pinned { roster.add(pair) }
        var result: [String: String] = [:]
        for candidate in DutyExplain.candidates(plan.problem, roster, slot: s) {
            let words: String
            switch candidate.block {
            case .none: words = "free"
            case let .overlap(u)?: words = "overlap \(plan.problem.slots[u].id)"
            case let .rest(u)?: words = "rest \(plan.problem.slots[u].id)"
            case let .some(block): words = "\(block)"
            }
            result[plan.personIDs[candidate.person].rawValue] = words
        }
        return result
    }

    @Test func aDayWithItsWeekCarriedBlocksAsTheWeekDoes() throws {
        let (directory, assignments) = Self.setting
        let day = SampleCity.referenceDate.adding(days: 3)   // Friday 12-04: four days before it in its week
        let week = DutyCompiler.compile(directory, from: day.monday, days: 7, around: assignments)
        let alone = DutyCompiler.compile(directory, day: day, weekAround: assignments)
        let slots = alone.slots.enumerated().filter { !alone.problem.slots[$0.offset].isContext }.map(\.element)
        #expect(!slots.isEmpty)
        var weekly = 0
        for slot in slots {
            let a = try Self.blocks(week, slot: slot), b = try Self.blocks(alone, slot: slot)
            #expect(a == b, "\(slot.id)")
            weekly += a.values.count { $0.hasPrefix("weekLimit") || $0.hasPrefix("nightLimit") }
        }
        // The comparison means something only if the week's load blocks someone.
        #expect(weekly > 0)
    }

    /// Without the week carried in, the day alone would let people past their limit: the
    /// carried minutes are what the weekly rule reads.
    @Test func theDayAloneWithoutItsWeekMissesWeeklyBlocks() throws {
        let (directory, assignments) = Self.setting
        let day = SampleCity.referenceDate.adding(days: 3)
        let alone = DutyCompiler.compile(directory, day: day, weekAround: assignments)
        let bare = DutyCompiler.compile(directory, from: day, days: 1, around: assignments)
        var carried = 0, bareWeekly = 0
        for slot in alone.slots.enumerated().filter({ !alone.problem.slots[$0.offset].isContext }).map(\.element) {
            carried += try Self.blocks(alone, slot: slot).values.count { $0.hasPrefix("weekLimit") }
            bareWeekly += try Self.blocks(bare, slot: slot).values.count { $0.hasPrefix("weekLimit") }
        }
        #expect(carried > bareWeekly)
    }
}
