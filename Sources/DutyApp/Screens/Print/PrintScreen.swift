import DutyDocuments
import DutyModel
import TerminalKit

/// The print menu on the board: the documents for the selected post, shift and day, a text
/// preview in a pager, then a PDF written or sent to the printer (effects).
public struct PrintMenu: Equatable, Sendable {
    public struct Choice: Equatable, Sendable {
        public var label: Localized
        public var documents: [Document]
        /// The file name the PDF gets (in the current folder).
        public var file: String
    }

    public var choices: [Choice]
    public var cursor = ListCursor()
    /// The choice being previewed, and how far it is scrolled.
    public var preview: Int?
    public var pager = Pager()
    /// The screen the menu returns to.
    public var returnTo: ScreenKind = .board
}

/// The documents for the board's selection, a text preview in a pager, then a PDF written or
/// sent to the printer (effects).
enum PrintScreen: Screen {
    static let kind = ScreenKind.print

    static let commands = Screens.commands([
        .writePDF: { state in enter(&state) },
        .sendPDF: { state in
            guard let menu = state.printMenu, menu.cursor.row < menu.choices.count else { return [] }
            return [.sendPDF(menu.choices[menu.cursor.row].documents)]
        },
        .back: { state in
            guard var menu = state.printMenu else { return [] }
            if menu.preview != nil {
                menu.preview = nil
                state.printMenu = menu
            } else {
                state.printMenu = nil
                state.screen = menu.returnTo
            }
            return []
        },
    ], with: Screens.movement(page: page) { state, delta in
        guard var menu = state.printMenu else { return }
        if menu.preview != nil {
            menu.pager.move(delta, count: previewLines(state).count, page: page(state))
        } else {
            menu.cursor.move(delta, count: menu.choices.count, page: menu.choices.count)
        }
        state.printMenu = menu
    })

    static func page(_ state: AppState) -> Int { max(1, state.height - 4) }

    /// Opens the print menu for the board's selection.
    static func open(_ state: inout AppState) {
        let directory = state.directory
        guard let slot = BoardScreen.selectedSlot(state), let post = directory.posts.first(where: { $0.id == slot.post }),
              let template = directory.shiftTemplates.first(where: { $0.id == post.template }),
              let shift = template.shift(slot.shift) else {
            state.status = .init(Localized(zh: "先在看板上选中一个岗位的班次", en: "Select a post's shift on the board first"))
            return
        }
        let l = state.language
        let printed = state.now
        let index = DocumentIndex(directory, assignments: state.assignments, log: state.desk.log)
        let shifts = template.shifts.filter { post.rule(for: $0.code) != nil }
        let compound = directory.compounds.first { $0.id == post.compound }
        let compoundPosts = directory.posts.filter { $0.compound == post.compound }.sorted { $0.id.rawValue < $1.id.rawValue }
        let templates = Dictionary(directory.shiftTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let shiftsByPost = Dictionary(compoundPosts.map { p in (p.id, (templates[p.template]?.shifts ?? []).filter { p.rule(for: $0.code) != nil }) },
                                      uniquingKeysWith: { a, _ in a })
        let day = slot.date
        var choices: [PrintMenu.Choice] = [
            .init(label: Localized(zh: "签到表：\(post.name) \(shift.name)", en: "Sign-in sheet: \(post.name) \(shift.name)"),
                  documents: [SignInSheet.build(index, post: post, shift: shift, date: day, printed: printed, language: l)],
                  file: "signin-\(post.id.rawValue)-\(day)-\(shift.code).pdf"),
            .init(label: Localized(zh: "岗位值班表：\(post.name) 全天", en: "Post shift sheet: \(post.name), the day"),
                  documents: [PostShiftSheet.build(index, post: post, shifts: shifts, date: day, printed: printed, language: l)],
                  file: "shift-\(post.id.rawValue)-\(day).pdf"),
            .init(label: Localized(zh: "出入登记表：\(post.name)", en: "Entry register: \(post.name)"),
                  documents: [EntryRegister.build(index, post: post, date: day, printed: printed, language: l)],
                  file: "register-\(post.id.rawValue)-\(day).pdf"),
        ]
        if let compound {
            let sheets = compoundPosts.flatMap { p in
                (shiftsByPost[p.id] ?? []).map { SignInSheet.build(index, post: p, shift: $0, date: day, printed: printed, language: l) }
            }
            choices.append(.init(label: Localized(zh: "\(compound.name) 当天全部签到表（\(sheets.count) 份）",
                                                  en: "Every sign-in sheet of \(compound.name) that day (\(sheets.count))"),
                                 documents: sheets, file: "signin-\(compound.id.rawValue)-\(day).pdf"))
            choices.append(.init(label: Localized(zh: "小区一周值班表：\(compound.name)", en: "Weekly roster: \(compound.name)"),
                                 documents: [WeeklyRoster.build(index, compound: compound, posts: compoundPosts, shifts: shiftsByPost,
                                                                from: day, days: 7, printed: printed, language: l)],
                                 file: "roster-\(compound.id.rawValue)-\(day).pdf"))
        }
        var menu = PrintMenu(choices: choices)
        menu.returnTo = state.screen
        state.printMenu = menu
        state.screen = .print
    }

    /// The lines the pager shows for the previewed choice.
    static func previewLines(_ state: AppState) -> [String] {
        guard let menu = state.printMenu, let i = menu.preview, i < menu.choices.count else { return [] }
        return menu.choices[i].documents.map { $0.text(width: max(40, state.width - 2)) }.joined(separator: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Enter: previews the chosen document; in the preview, writes the PDF.
    static func enter(_ state: inout AppState) -> [Effect] {
        guard var menu = state.printMenu, menu.cursor.row < menu.choices.count else { return [] }
        if menu.preview == nil {
            menu.preview = menu.cursor.row
            menu.pager = Pager()
            state.printMenu = menu
            let keys = state.keyMap
            let write = keys.name(of: .writePDF), send = keys.name(of: .sendPDF), back = keys.name(of: .back)
            state.status = .init(Localized(zh: "预览：\(write.zh)写成 PDF，\(send.zh) 送打印机，\(back.zh) 返回",
                                           en: "Preview: \(write.en) writes the PDF, \(send.en) sends it to the printer, \(back.en) goes back"))
            return []
        }
        let choice = menu.choices[menu.cursor.row]
        return [.writePDF(choice.documents, file: choice.file)]
    }

    static func draw(_ state: AppState, _ screen: inout ScreenBuffer) {
        let l = state.language, zh = l == .zh
        guard let menu = state.printMenu else { return }
        if menu.preview != nil {
            for (i, line) in previewLines(state).dropFirst(menu.pager.scroll).prefix(max(0, screen.height - 4)).enumerated() {
                screen.put(line, x: 1, y: 1 + i, columns: screen.width - 1, role: .normal)
            }
            return
        }
        let moves = state.keyMap.moves(l), enter = state.keyMap.name(of: .writePDF)(l)
        screen.put(zh ? "打印所选岗位的文档：\(moves)选择，\(enter)预览" : "Documents for the selected post: \(moves) choose, \(enter) previews",
                   x: 0, y: 1, columns: screen.width, role: .header)
        for (i, choice) in menu.choices.enumerated() {
            let y = 3 + i
            guard y < screen.height - 2 else { break }
            let role: StyleRole = i == menu.cursor.row ? .selected : .normal
            screen.fill(x: 0, y: y, width: screen.width, height: 1, role: role)
            let pages = choice.documents.count
            screen.put("\(i + 1). \(choice.label(l))" + (zh ? "　→ \(choice.file)（\(pages) 份）" : "  → \(choice.file) (\(pages))"),
                       x: 1, y: y, columns: screen.width - 1, role: role)
        }
    }
}
