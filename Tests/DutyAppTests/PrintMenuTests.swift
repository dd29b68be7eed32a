import DutyApp
import DutyDocuments
import DutyModel
import TerminalKit
import Testing

/// The print key on the board: documents for the selection, a text preview, then the PDF.
@Suite struct PrintMenuTests {
    @Test func thePrintKeyOffersDocumentsPreviewsThemAndWritesThePDF() throws {
        var state = AppFixture.state(.zh, width: 100, height: 30)
        AppFixture.send(&state, [.right])
        AppFixture.send(&state, [.control("p")])
        #expect(state.screen == .print)
        let menu = try #require(state.printMenu)
        #expect(menu.choices.count == 5)
        #expect(menu.choices[0].documents.first?.title == "签到表")
        #expect(menu.choices[3].documents.count > 1)
        // Enter previews the sign-in sheet as text: the names on the slot are in it.
        AppFixture.send(&state, [.enter])
        let text = render(state).plainText
        #expect(text.contains("签到表") && text.contains("签到时间"), "\(text)")
        let sheet = try #require(menu.choices[0].documents.first)
        guard case let .table(_, rows)? = sheet.blocks.first(where: { if case .table = $0 { true } else { false } }) else {
            Issue.record("no table"); return
        }
        for name in rows.map({ $0[1] }).filter({ !$0.isEmpty }).prefix(3) {
            #expect(text.contains(name.replacingOccurrences(of: "（班长）", with: "")), "\(name)")
        }
        // Enter again writes the PDF of what was previewed; F12 sends it.
        let effects = AppFixture.send(&state, [.enter])
        #expect(effects == [.writePDF(menu.choices[0].documents, file: menu.choices[0].file)])
        #expect(AppFixture.send(&state, [.function(12)]) == [.sendPDF(menu.choices[0].documents)])
        AppFixture.send(&state, [.escape])
        #expect(state.screen == .print && state.printMenu?.preview == nil)
        AppFixture.send(&state, [.down, .down])
        #expect(state.printMenu?.cursor.row == 2)
        AppFixture.send(&state, [.escape])
        #expect(state.screen == .board && state.printMenu == nil)
    }

    @Test(arguments: Language.allCases)
    func theMenuScreen(_ language: Language) {
        var state = AppFixture.state(language)
        AppFixture.send(&state, [.right, .control("p")])
        Snapshot.check(render(state).plainText, "print-\(language.rawValue)-80x24")
    }
}
