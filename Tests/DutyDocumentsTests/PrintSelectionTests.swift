import DutyDocuments
import DutyModel
import DutyTestSupport
import Testing

/// What a print request chooses: posts by ID, name or compound, the documents of each kind for
/// them, and the refusals that name what is wrong.
@Suite struct PrintSelectionTests {
    static let date = Fixtures.date("2026-12-07")
    static let printed = LocalDateTime(date: date, time: .midnight)
    /// 张伟 and 曾国强 on the gate's day shift, 单田芳 on its night, 阿依古丽 at health consultation.
    static let assignments = [
        Assignment(person: "P001", slot: Slot(post: "C1-gate-G1", date: date, shift: "day"), source: .manual),
        Assignment(person: "P003", slot: Slot(post: "C1-gate-G1", date: date, shift: "day"), source: .manual),
        Assignment(person: "P006", slot: Slot(post: "C1-gate-G1", date: date, shift: "night"), source: .manual),
        Assignment(person: "P004", slot: Slot(post: "C2-health", date: date, shift: "am"), source: .manual),
        Assignment(person: "P001", slot: Slot(post: "C1-gate-G1", date: date.adding(days: 2), shift: "eve"), source: .manual),
    ]

    func selection(compound: String? = nil, post: String? = nil, assignments: [Assignment] = assignments) -> PrintSelection {
        PrintSelection(Fixtures.tiny(), assignments: assignments, compound: compound, post: post, printed: Self.printed,
                       language: .en)
    }

    @Test func postsByIDNameOrCompoundElseEveryPost() throws {
        #expect(try selection().posts().map(\.id) == ["C1-gate-G1", "C2-health"])
        #expect(try selection(post: "银河小区健康咨询").posts().map(\.id) == ["C2-health"])
        #expect(try selection(compound: "C1").posts().map(\.id) == ["C1-gate-G1"])
        #expect(try selection(compound: "银河小区").posts().map(\.id) == ["C2-health"])
        #expect(throws: DocumentError.unknownPost("NOPE")) { try selection(post: "NOPE").posts() }
        #expect(throws: DocumentError.unknownCompound("C9")) { try selection(compound: "C9").posts() }
    }

    /// One sheet for every shift a post staffs (the gate's three, health's one), or one shift.
    @Test func signInSheetsForEveryStaffedShiftOrOne() throws {
        let all = try selection().signInSheets(on: Self.date)
        #expect(all.count == 4 && all.allSatisfy { $0.title == "Sign-in sheet" })
        #expect(all[0].text().contains("张伟") && !all[1].text().contains("张伟"))
        let night = try selection(post: "C1-gate-G1").signInSheets(on: Self.date, shift: "night")
        #expect(night.count == 1 && night[0].text().contains("单田芳"))
        #expect(throws: DocumentError.unknownShift(post: "幸福家园东门卡点", shift: "noon")) {
            try selection(post: "C1-gate-G1").signInSheets(on: Self.date, shift: "noon")
        }
    }

    /// Without anyone rostered on the day the sheets are refused, naming what was asked for;
    /// a blank entry register needs no roster, and is made for checkpoints only unless a post is named.
    @Test func documentsNeedARosterExceptTheBlankRegister() throws {
        let later = Self.date.adding(days: 5)
        #expect(throws: DocumentError.noRoster("2026-12-12")) { try selection().signInSheets(on: later) }
        #expect(throws: DocumentError.noRoster("C2")) {
            try selection(compound: "C2", assignments: []).postDocuments(.shift, from: later, days: 1)
        }
        #expect(try selection(assignments: []).postDocuments(.register, from: later, days: 1).count == 1)
        #expect(try selection(post: "C2-health", assignments: []).postDocuments(.register, from: later, days: 1).count == 1)
    }

    @Test func rostersAreOneACompoundAndShiftSheetsOneAPost() throws {
        let rosters = try selection().postDocuments(.roster, from: Self.date, days: 7)
        #expect(rosters.map(\.title) == ["Weekly roster", "Weekly roster"])
        let sheets = try selection(compound: "C1").postDocuments(.shift, from: Self.date, days: 1)
        #expect(sheets.map(\.title) == ["Post shift sheet"])
    }

    /// The slip lists the person's duties in the days asked for, and no one else's.
    @Test func aSlipListsThePersonsDutiesInTheDays() throws {
        let person = try #require(Fixtures.tiny().people.first { $0.id == "P001" })
        let two = selection().slip(for: person, from: Self.date, days: 3).text()
        #expect(two.contains("2 shifts") && two.contains("2026-12-09"), "\(two)")
        let one = selection().slip(for: person, from: Self.date, days: 1).text()
        #expect(one.contains("1 shifts") && !one.contains("2026-12-09"), "\(one)")
    }
}
