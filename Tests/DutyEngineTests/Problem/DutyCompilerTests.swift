import DutyEngine
import DutyModel
import DutySample
import Testing

@Suite struct DutyCompilerTests {
    static let directory = SampleCity.generate(.small)

    @Test func everyPostShiftAndDayBecomesASlot() throws {
        let plan = DutyCompiler.compile(Self.directory, from: SampleCity.referenceDate, days: 7)
        let templates = Dictionary(uniqueKeysWithValues: Self.directory.shiftTemplates.map { ($0.id, $0) })
        let expected = Self.directory.posts.reduce(0) { sum, post in
            sum + 7 * (templates[post.template]?.shifts.filter { post.rule(for: $0.code) != nil }.count ?? 0)
        }
        #expect(plan.problem.slots.count == expected)
        #expect(plan.problem.people.count == Self.directory.people.count)
        // A checkpoint night: 23:00 to 07:00 next morning, a night shift, with its role mix.
        let night = try #require(plan.problem.slots.first { $0.id.hasSuffix("@2026-12-02@night") && $0.id.contains("checkpoint-G1") })
        #expect(night.start == 1440 + 23 * 60)
        #expect(night.end == 2 * 1440 + 7 * 60)
        #expect(night.isNight)
        #expect(night.label.contains("卡点") && night.label.contains("12-02 23:00–07:00"))
        #expect(night.requirements.count == 2)
        #expect(night.minAge == 18)
    }

    @Test func availabilityFollowsWeeklyHoursAndLeave() throws {
        // Weekdays 17:00–24:00 and weekends 07:00–23:00; on leave Tuesday 12-01 08:00–12:00 and all of 12-03.
        var days: [Weekday: [TimeRange]] = [:]
        for day in Weekday.allCases {
            days[day] = [day.isWeekend ? TimeRange(parsing: "07:00-23:00")! : TimeRange(parsing: "17:00-24:00")!]
        }
        let start = LocalDate(parsing: "2026-11-30")!   // a Monday
        let person = Person(id: "P1", name: "张伟", phone: "13800000000", sex: .male, birthYear: 1980, compound: "C001",
                            roles: [.partyMemberInService], availability: WeeklyAvailability(days: days),
                            unavailable: [Unavailability(from: LocalDate(parsing: "2026-12-01")!, to: LocalDate(parsing: "2026-12-01")!,
                                                         hours: TimeRange(parsing: "08:00-12:00"))!,
                                          Unavailability(from: LocalDate(parsing: "2026-12-03")!, to: LocalDate(parsing: "2026-12-03")!)!])
        let intervals = DutyCompiler.available(person, from: start, days: 7)
        let day = 1440, hour = 60
        let mondayEvening: Range<Int> = (17 * hour)..<(24 * hour)
        let tuesdayEvening: Range<Int> = (day + 17 * hour)..<(2 * day)
        let wednesday: Range<Int> = (3 * day)..<(4 * day)
        #expect(intervals.first == mondayEvening)
        #expect(!intervals.contains { $0.overlaps(wednesday) })       // leave on day 3
        #expect(intervals.contains(tuesdayEvening))                    // the morning leave leaves the evening
        let dutyPerson = DutyPerson(id: "P1", name: "张伟", roles: RoleMask([.partyMemberInService]), age: 46, home: 0,
                                    maxMinutesPerWeek: 2400, available: intervals)
        let saturday = 5 * day, friday = 4 * day
        #expect(dutyPerson.isAvailable(saturday + 7 * hour, saturday + 15 * hour))
        #expect(!dutyPerson.isAvailable(friday + 7 * hour, friday + 15 * hour))
        #expect(!dutyPerson.isAvailable(23 * hour, day + 7 * hour))   // Monday night runs into Tuesday
    }

    @Test func existingAssignmentsBecomePinsAndAStart() throws {
        let post = try #require(Self.directory.posts.first { $0.kind == .publicity })
        let person = Self.directory.people[3]
        let day = SampleCity.referenceDate
        let existing = [
            Assignment(person: person.id, slot: Slot(post: post.id, date: day, shift: "am"), pinned: true, source: .manual),
            Assignment(person: person.id, slot: Slot(post: post.id, date: day.adding(days: 1), shift: "pm"), source: .solver),
            Assignment(person: person.id, slot: Slot(post: post.id, date: day.adding(days: 30), shift: "pm"), source: .solver),
        ]
        let plan = DutyCompiler.compile(Self.directory, from: day, days: 7, existing: existing)
        #expect(plan.problem.pinned.count == 1)
        #expect(plan.current.assignmentCount == 1)
        #expect(plan.unmatched == [existing[2]])
        var roster = plan.current
        for pair in plan.problem.pinned { roster.add(pair) }
        let back = plan.assignments(roster, source: .solver)
        #expect(Set(back.map(\.slot)) == Set(existing.prefix(2).map(\.slot)))
        #expect(back.first { $0.slot.shift == "am" }?.pinned == true)
    }
}
