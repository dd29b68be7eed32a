import DutyApp
import DutyModel
import TerminalKit
import Testing

/// The slot screen tells the truth plainly: the cursor stays on whom a change was about, a full
/// slot shows who could replace whom, and candidates say in words what taking them means.
@Suite struct SlotTests {
    static func selected(_ state: AppState) -> SlotView.Line? {
        guard let slot = state.slot, slot.cursor.row < slot.lines.count else { return nil }
        return slot.lines[slot.cursor.row]
    }

    /// The fixture's north gate afternoon (needs 2–3, has 2), with the cursor on the fifth
    /// candidate no rule blocks.
    static func onACandidate() throws -> (AppState, SlotView.Line) {
        var state = AppFixture.state()
        AppFixture.send(&state, [.right, .enter])
        let slot = try #require(state.slot)
        let free = slot.lines.indices.filter { !slot.lines[$0].isMember && slot.lines[$0].blocked == nil }
        let row = try #require(free.dropFirst(4).first)
        AppFixture.send(&state, Array(repeating: .down, count: row))
        return (state, slot.lines[row])
    }

    /// The report: after `a` the cursor went to someone else, and `p` pinned 徐慧静 instead of
    /// the person just assigned. Now it stays on them through assign, pin, unpin and remove.
    @Test func theCursorStaysOnWhoWasJustChanged() throws {
        var (state, line) = try Self.onACandidate()
        let row = state.slot?.cursor.row
        let slot = try #require(state.slot?.slot)
        AppFixture.send(&state, [.character("a")])
        #expect(Self.selected(state)?.person == line.person && Self.selected(state)?.isMember == true)
        #expect(state.slot?.cursor.row != row)   // their line moved up among the members
        var pinned = Assignment(person: line.person, slot: slot, source: .manual)
        pinned.pinned = true
        #expect(AppFixture.send(&state, [.character("p")]) == [.save(pinned)])
        #expect(state.status?.text.zh == "已锁定 \(line.name)")
        #expect(Self.selected(state)?.person == line.person && Self.selected(state)?.pinned == true)
        AppFixture.send(&state, [.character("p"), .character("d")])
        #expect(state.status?.text.zh == "已撤下 \(line.name)")
        #expect(Self.selected(state)?.person == line.person && Self.selected(state)?.isMember == false)
    }

    /// After a swap the cursor is on the person who came to this slot (chosen so that they are
    /// not listed where the one who left was).
    @Test func afterASwapTheCursorIsOnWhoCameHere() throws {
        var state = AppFixture.state()
        AppFixture.send(&state, [.enter])
        let north = try #require(state.slot)
        AppFixture.send(&state, [.escape, .down, .enter])
        let south = try #require(state.slot)
        let members = { (slot: SlotView) in slot.lines.indices.filter { slot.lines[$0].isMember } }
        var pair: (Int, Int)?
        for a in members(north) {
            for b in members(south) {
                let staying = members(south).filter { $0 != b }.map { south.lines[$0].person.rawValue }
                if staying.filter({ $0 < north.lines[a].person.rawValue }).count != b { pair = (a, b) }
            }
        }
        let (a, b) = try #require(pair)
        AppFixture.send(&state, [.escape, .up, .enter, .home] + Array(repeating: .down, count: a) + [.character("s")])
        AppFixture.send(&state, [.escape, .down, .enter, .home] + Array(repeating: .down, count: b) + [.character("s")])
        #expect(state.status?.isError != true)
        #expect(Self.selected(state)?.person == north.lines[a].person && Self.selected(state)?.isMember == true)
        #expect(state.slot?.cursor.row != b)
    }

    /// A full slot: candidates are weighed as replacements, never all "full".
    @Test func aFullSlotShowsWhoCouldReplaceWhom() throws {
        var (state, line) = try Self.onACandidate()
        AppFixture.send(&state, [.character("a")])
        let slot = try #require(state.slot)
        #expect(slot.lines.filter(\.isMember).count == slot.maximum)
        let candidates = slot.lines.filter { !$0.isMember }
        let replacing = candidates.filter { $0.replaces != nil }
        #expect(!replacing.isEmpty)
        #expect(replacing.allSatisfy { c in slot.lines.contains { $0.isMember && $0.person == c.replaces && !$0.pinned } })
        // Those who cannot replace anyone say the rule that keeps them off, not the headcount.
        #expect(!candidates.contains { $0.replaces == nil && ($0.blocked?.zh.contains("满员") ?? false) })
        let text = render(state).plainText
        #expect(text.contains("可替换 "))
        #expect(!text.contains("受阻：此班已满员"))
        // Assigning one of them on top needs an override, and says whom to take off first instead.
        let row = try #require(slot.lines.firstIndex { $0.person == replacing[0].person })
        AppFixture.send(&state, [.home] + Array(repeating: .down, count: row))
        #expect(AppFixture.send(&state, [.character("a")]).isEmpty)
        #expect(state.override?.breaches.contains { $0.rule == "max-headcount" } == true)
        #expect(state.status?.text.zh.contains("可先撤下 \(replacing[0].replacesName ?? "?") 再排入") == true)
        AppFixture.send(&state, [.escape])
        // With every member pinned, nobody can be replaced, and that is what it says.
        for member in slot.lines.filter(\.isMember) {
            let i = try #require(state.assignments.firstIndex { $0.slot == slot.slot && $0.person == member.person })
            state.assignments[i].pinned = true
        }
        let pinned = try #require(state.makeSlotViewForTests(slot.slot))
        #expect(pinned.lines.allSatisfy { $0.replaces == nil })
        #expect(pinned.lines.contains { $0.blocked?.zh == "此班已满员，在岗的都已锁定" })
        _ = line
    }

    /// Candidates say what taking them means, in words from the engine's parts, not "软分 +64".
    @Test func candidatesSayWhatTheScoreMeansInWords() throws {
        for language in Language.allCases {
            var state = AppFixture.state(language, width: 132, height: 43)
            AppFixture.send(&state, [.right, .enter])
            let text = render(state).plainText
            #expect(!text.contains("软分") && !text.contains("soft "))
            let slot = try #require(state.slot)
            for line in slot.lines where !line.isMember && line.blocked == nil {
                #expect(!line.meaning.isEmpty)
            }
            #expect(text.contains(language == .zh ? "可排：外小区，比平均多" : "free: other compound, "))
        }
        // On a short slot, the words say it fills the gap.
        var state = AppFixture.state()
        AppFixture.send(&state, [.right, .enter])
        let slot = try #require(state.slot)
        state.assignments.removeAll { $0.slot == slot.slot }
        let short = try #require(state.makeSlotViewForTests(slot.slot))
        #expect(short.lines.contains { $0.meaning.map(\.zh).contains("补上缺口") })
    }

    /// The standby list at the desk uses the same words, never a score.
    @Test func standbysSayWhyInWords() throws {
        var state = DeskScreenTests.desk()
        AppFixture.send(&state, [.function(5)])
        let offer = try #require(state.desk.standby)
        #expect(offer.candidates.count > 1)
        #expect(offer.candidates.allSatisfy { !$0.reason.zh.contains("得分") && !$0.reason.zh.contains("代价 +") })
        #expect(offer.candidates.dropFirst().contains { $0.reason.zh.contains("比平均") })
    }
}
