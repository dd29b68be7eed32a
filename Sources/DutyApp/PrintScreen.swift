import DutyDocuments
import DutyModel

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
    public var cursor = 0
    /// The choice being previewed, and how far it is scrolled.
    public var preview: Int?
    public var scroll = 0
}

extension AppState {
    /// Opens the print menu for the board's selection.
    mutating func openPrint() {
        guard let slot = selectedSlot, let post = directory.posts.first(where: { $0.id == slot.post }),
              let template = directory.shiftTemplates.first(where: { $0.id == post.template }),
              let shift = template.shift(slot.shift) else {
            status = .init(Localized(zh: "先在看板上选中一个岗位的班次", en: "Select a post's shift on the board first"))
            return
        }
        let l = language
        let printed = now
        let index = DocumentIndex(directory, assignments: assignments)
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
        printMenu = PrintMenu(choices: choices)
        previousForPrint = screen
        screen = .print
    }

    /// The lines the pager shows for the previewed choice.
    var printPreviewLines: [String] {
        guard let menu = printMenu, let i = menu.preview, i < menu.choices.count else { return [] }
        return menu.choices[i].documents.map { $0.text(width: max(40, width - 2)) }.joined(separator: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    mutating func movePrint(_ delta: Int) {
        guard var menu = printMenu else { return }
        if menu.preview != nil {
            let page = max(1, height - 4)
            menu.scroll = max(0, min(max(0, printPreviewLines.count - page), menu.scroll + delta))
        } else {
            menu.cursor = max(0, min(menu.choices.count - 1, menu.cursor + delta))
        }
        printMenu = menu
    }

    /// Enter: previews the chosen document; in the preview, writes the PDF.
    mutating func printEnter() -> [Effect] {
        guard var menu = printMenu, menu.cursor < menu.choices.count else { return [] }
        if menu.preview == nil {
            menu.preview = menu.cursor
            menu.scroll = 0
            printMenu = menu
            status = .init(Localized(zh: "预览：回车写成 PDF，F12 送打印机，Esc 返回", en: "Preview: Enter writes the PDF, F12 sends it to the printer, Esc goes back"))
            return []
        }
        let choice = menu.choices[menu.cursor]
        return [.writePDF(choice.documents, file: choice.file)]
    }

    mutating func printSend() -> [Effect] {
        guard let menu = printMenu, menu.cursor < menu.choices.count else { return [] }
        return [.sendPDF(menu.choices[menu.cursor].documents)]
    }

    mutating func printBack() {
        guard var menu = printMenu else { return }
        if menu.preview != nil {
            menu.preview = nil
            printMenu = menu
        } else {
            printMenu = nil
            screen = previousForPrint
        }
    }
}
