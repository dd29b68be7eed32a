import DutyApp
import DutyModel
import TerminalKit
import Testing

/// Names as the interface shows them: namesakes told apart by number and compound wherever
/// names are listed; long names cut to their column with an ellipsis, and shown in full for
/// the selected line.
@Suite struct NameTests {
    /// The fixture has two different 张彬: P0083 of 东方公寓 and P0109 of 阳光雅居.
    static let zhangBin = [PersonID(rawValue: "P0083"), PersonID(rawValue: "P0109")]
    static let ayiguli = PersonID(rawValue: "P0071")

    @Test func namesakesAreToldApartByNumberAndCompound() throws {
        let state = AppFixture.state()
        #expect(Self.zhangBin.map(state.displayName) == ["张彬(P0083·东方公寓)", "张彬(P0109·阳光雅居)"])
        #expect(state.displayName(Self.ayiguli) == "阿依古丽·买买提")
        // A new namesake changes how the first one is shown.
        var edited = state
        let i = try #require(edited.directory.people.firstIndex { $0.id == Self.ayiguli })
        edited.directory.people[i].name = "李兰"
        let lan = try #require(edited.directory.people.first { $0.name == "李兰" && $0.id != Self.ayiguli })
        #expect(edited.displayName(lan).hasPrefix("李兰(\(lan.id)·"))
    }

    /// On the board: walk every cell of every day; where a 张彬 is on duty the bottom line shows
    /// who is on the selected slot in full, told apart.
    @Test func theBoardTellsNamesakesApartAndShowsTheSelectedCellInFull() {
        var state = AppFixture.state(.zh, width: 132, height: 43)
        var seen: Set<String> = [], fullLong = false
        for day in 0..<7 {
            AppFixture.send(&state, [.home])
            for _ in 0..<state.boardRowCountForTests {
                for column in 0..<3 {
                    AppFixture.send(&state, column == 0 ? [.left, .left] : [.right])
                    let bottom = render(state).line(state.height - 2)
                    for id in ["P0083", "P0109"] where bottom.contains("张彬(\(id)·") { seen.insert(id) }
                    fullLong = fullLong || bottom.contains("阿依古丽·买买提")
                }
                AppFixture.send(&state, [.down])
            }
            if day < 6 { AppFixture.send(&state, [.character("]")]) }
        }
        #expect(seen == ["P0083", "P0109"])
        #expect(fullLong)
    }

    /// In the people list both show with number and compound, and the selected one in full.
    @Test func thePeopleListTellsNamesakesApart() {
        var state = AppFixture.state()
        AppFixture.send(&state, [.character("P"), .character("/")])
        for c in "张彬" { _ = reduce(&state, .key(.character(c))) }
        AppFixture.send(&state, [.enter])
        #expect(state.filteredPeople.map(\.id) == Self.zhangBin)
        let screen = render(state)
        #expect(screen.line(3).contains("张彬(P0083·") && screen.line(4).contains("张彬(P0109·"))
        #expect(screen.line(state.height - 3).hasPrefix("张彬（P0083·东方公寓）"))
    }

    /// A long name is cut with an ellipsis in a narrow column, and whole on the detail line.
    @Test func longNamesAreCutAndShownWholeWhenSelected() {
        var state = AppFixture.state()
        AppFixture.send(&state, [.character("P"), .character("/")])
        for c in "P0071" { _ = reduce(&state, .key(.character(c))) }
        AppFixture.send(&state, [.enter])
        let screen = render(state)
        #expect(screen.line(3).contains("阿依古丽·买买…"))
        #expect(screen.line(state.height - 3).hasPrefix("阿依古丽·买买提（P0071·"))
    }

    /// At the desk, a namesake on duty is told apart on their line.
    @Test func theDeskTellsNamesakesApart() throws {
        var state = AppFixture.state(.zh, width: 132, height: 43)
        let duty = try #require(state.assignments.filter { Self.zhangBin.contains($0.person) && $0.slot.date >= state.firstDay }
            .min { $0.slot.date < $1.slot.date })
        let shift = try #require(state.directory.posts.first { $0.id == duty.slot.post }.flatMap { post in
            state.directory.shiftTemplates.first { $0.id == post.template }?.shift(duty.slot.shift) })
        _ = reduce(&state, .tick(LocalDateTime(date: duty.slot.date, time: shift.start)))
        AppFixture.send(&state, [.character("c")])
        let row = try #require(state.deskLines.firstIndex { $0.person.id == duty.person && $0.slot == duty.slot })
        AppFixture.send(&state, Array(repeating: .down, count: row))
        let screen = render(state)
        #expect(screen.plainText.contains("张彬(\(duty.person)·"))
        #expect(screen.line(state.height - 3).hasPrefix("张彬（\(duty.person)·"))
    }
}
