import DutyApp
import DutyModel
import TerminalKit
import Testing

/// Every screen at 80×24 and 132×43 in both languages, as plain text.
@Suite struct ScreenTests {
    static let sizes = [(80, 24), (132, 43)]

    @Test(arguments: Language.allCases)
    func board(_ language: Language) {
        for (w, h) in Self.sizes {
            let state = AppFixture.state(language, width: w, height: h)
            Snapshot.check(render(state).plainText, "board-\(language.rawValue)-\(w)x\(h)")
        }
    }

    @Test(arguments: Language.allCases)
    func boardOfOneCompoundOnAnotherDay(_ language: Language) {
        var state = AppFixture.state(language)
        AppFixture.send(&state, [.character("]"), .character("}"), .character("}"), .down, .right])
        Snapshot.check(render(state).plainText, "board-compound-\(language.rawValue)-80x24")
    }

    @Test(arguments: Language.allCases)
    func slot(_ language: Language) {
        for (w, h) in Self.sizes {
            var state = AppFixture.state(language, width: w, height: h)
            AppFixture.send(&state, [.right, .enter])
            Snapshot.check(render(state).plainText, "slot-\(language.rawValue)-\(w)x\(h)")
        }
    }

    /// A full slot: candidates weighed as replacements, with what each would mean.
    @Test(arguments: Language.allCases)
    func fullSlot(_ language: Language) throws {
        var state = AppFixture.state(language)
        AppFixture.send(&state, [.right, .enter])
        let slot = try #require(state.slot)
        let free = try #require(slot.lines.firstIndex { !$0.isMember && $0.blocked == nil })
        AppFixture.send(&state, Array(repeating: .down, count: free) + [.character("a"), .home, .down, .down, .down])
        state.status = nil
        Snapshot.check(render(state).plainText, "slot-full-\(language.rawValue)-80x24")
    }

    @Test(arguments: Language.allCases)
    func help(_ language: Language) {
        for (w, h) in Self.sizes {
            var state = AppFixture.state(language, width: w, height: h)
            AppFixture.send(&state, [.character("?")])
            Snapshot.check(render(state).plainText, "help-\(language.rawValue)-\(w)x\(h)")
        }
    }

    @Test func tooSmall() {
        let state = AppFixture.state(.zh, width: 30, height: 6)
        #expect(render(state).plainText.hasPrefix("终端太小（至少 40×10）"))
        let en = AppFixture.state(.en, width: 12, height: 3)
        #expect(render(en).line(0) == "Terminal to…")
    }

    /// Chinese and Latin names line up: every row's cells start at the same column.
    @Test func columnsLineUpWithMixedNames() {
        let screen = render(AppFixture.state(.en, width: 132, height: 43))
        let nameWidth = min(24, max(12, (132 - 2) / 4))
        for y in 2..<(screen.height - 2) where !screen.line(y).isEmpty {
            // The cell after the name column starts right after a blank column.
            #expect(screen[nameWidth, y].character == " ", "row \(y): \(screen.line(y))")
            #expect(screen[nameWidth + 1, y].width != 0, "row \(y) splits a wide character at the column edge")
        }
    }
}

extension ScreenTests {
    @Test(arguments: Language.allCases)
    func solverPanel(_ language: Language) {
        for (w, h) in Self.sizes {
            var state = AppFixture.state(language, width: w, height: h)
            AppFixture.send(&state, [.character("S")])
            _ = reduce(&state, .solverProgress(SolverProgress(seconds: 4, fraction: 0.4, hard: 0, soft: 5000, shortSlots: 2, improvements: 7)))
            Snapshot.check(render(state).plainText, "solver-running-\(language.rawValue)-\(w)x\(h)")
            _ = reduce(&state, .solverFinished(ReducerTests.outcome))
            Snapshot.check(render(state).plainText, "solver-done-\(language.rawValue)-\(w)x\(h)")
        }
    }
}

extension ScreenTests {
    @Test(arguments: Language.allCases)
    func peoplePersonAndEditor(_ language: Language) {
        for (w, h) in Self.sizes {
            var state = AppFixture.state(language, width: w, height: h)
            AppFixture.send(&state, [.character("P")])
            Snapshot.check(render(state).plainText, "people-\(language.rawValue)-\(w)x\(h)")
            AppFixture.send(&state, [.character("/")])
            for c in "zw" { _ = reduce(&state, .key(.character(c))) }
            Snapshot.check(render(state).plainText, "people-filter-\(language.rawValue)-\(w)x\(h)")
            AppFixture.send(&state, [.enter, .enter])
            Snapshot.check(render(state).plainText, "person-\(language.rawValue)-\(w)x\(h)")
            AppFixture.send(&state, [.character("e"), .tab, .backspace])
            Snapshot.check(render(state).plainText, "editor-\(language.rawValue)-\(w)x\(h)")
        }
    }
}

extension ScreenTests {
    /// Every screen renders at every size from 1×1 to 200×60 without trapping, never splits a
    /// wide character, and fills exactly the buffer.
    @Test func everyScreenAtEverySize() {
        var states: [AppState] = []
        var base = AppFixture.state()
        states.append(base)
        AppFixture.send(&base, [.enter]); states.append(base)
        AppFixture.send(&base, [.character("?")]); states.append(base)
        var people = AppFixture.state()
        AppFixture.send(&people, [.character("P")]); states.append(people)
        AppFixture.send(&people, [.enter]); states.append(people)
        AppFixture.send(&people, [.character("e")]); states.append(people)
        var solver = AppFixture.state()
        AppFixture.send(&solver, [.character("S")])
        _ = reduce(&solver, .solverFinished(ReducerTests.outcome)); states.append(solver)
        for var state in states {
            for width in stride(from: 1, through: 200, by: 9) {
                for height in stride(from: 1, through: 60, by: 5) {
                    _ = reduce(&state, .resized(width: width, height: height))
                    let screen = render(state)
                    #expect(screen.width == width && screen.height == height)
                    for y in 0..<height {
                        #expect(DisplayWidth.of(screen.line(y)) == width, "\(state.screen) at \(width)×\(height), row \(y)")
                    }
                }
            }
        }
    }
}
