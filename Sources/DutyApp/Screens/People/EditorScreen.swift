import DutyModel
import TerminalKit

/// A person's fields, validated as they are typed; saved as one undoable change.
enum EditorScreen: Screen {
    static let kind = ScreenKind.editor

    static let commands = Screens.commands([
        .nextField: { state in
            if var editor = state.editor {
                editor.field = min(PersonField.allCases.count - 1, editor.field + 1)
                state.editor = editor
            }
            return []
        },
        .previousField: { state in
            if var editor = state.editor {
                editor.field = max(0, editor.field - 1)
                state.editor = editor
            }
            return []
        },
        .back: { state in
            state.screen = state.editor?.returnTo ?? .people
            state.editor = nil
            state.status = .init(Localized(zh: "已放弃修改", en: "Edit discarded"))
            return []
        },
        .save: { state in save(&state) },
    ])

    /// Opens the editor on `person`, returning to the screen it came from.
    static func open(_ state: inout AppState, _ person: PersonID) {
        guard let found = state.directory.people.first(where: { $0.id == person }) else { return }
        var editor = PersonEditor(found, state.language)
        editor.problems = editor.parsed(in: state.directory).1
        editor.returnTo = state.screen
        state.editor = editor
        state.screen = .editor
    }

    /// Printable keys and Backspace edit the field; everything else is a command.
    static func type(_ key: Key, _ state: inout AppState) -> [Effect]? {
        guard var editor = state.editor else { return nil }
        switch key {
        case let .character(c): return paste(String(c), &state)
        case .backspace: if !editor.values[editor.field].isEmpty { editor.values[editor.field].removeLast() }
        default: return nil
        }
        editor.problems = editor.parsed(in: state.directory).1
        state.editor = editor
        state.status = nil
        return []
    }

    /// Text into the field, as one edit of at most its limit (the import's for the same
    /// column): the fields are checked once, not per character.
    static func paste(_ text: String, _ state: inout AppState) -> [Effect]? {
        guard var editor = state.editor, editor.field < editor.values.count,
              let field = PersonField(rawValue: editor.field) else { return nil }
        let cut = TextEntry.append(text, to: &editor.values[editor.field], limit: field.limit)
        editor.problems = editor.parsed(in: state.directory).1
        state.editor = editor
        state.status = cut.map { .init($0, isError: true) }
        return []
    }

    static func save(_ state: inout AppState) -> [Effect] {
        guard let editor = state.editor else { return [] }
        let (person, problems) = editor.parsed(in: state.directory)
        if let first = problems.keys.min(), let problem = problems[first] {
            state.editor?.field = first
            state.status = .init(Localized(zh: "不能保存：\(PersonField.allCases[first].label.zh)\(problem.zh)",
                                           en: "Cannot save: \(PersonField.allCases[first].label.en): \(problem.en)"), isError: true)
            return []
        }
        guard person != editor.original else {
            state.editor = nil
            state.screen = editor.returnTo
            state.status = .init(Localized(zh: "没有修改", en: "Nothing changed"))
            return []
        }
        // New availability, leave, limits or roles can break rules for duties already booked.
        let change = PendingChange(person: person, action: "edit-person")
        let breaches = Override.breaches(state, change)
        if !breaches.isEmpty {
            Override.ask(&state, change, breaches: breaches, what: Localized(zh: "保存 \(person.name) 的修改", en: "Saving \(person.name)"))
            return []
        }
        state.editor = nil
        state.screen = editor.returnTo
        if let index = state.directory.people.firstIndex(where: { $0.id == person.id }) { state.directory.people[index] = person }
        state.notePinyin(of: person)
        state.recheck(after: change.edit)
        PeopleScreen.select(&state, person.id)
        let undo = state.keyMap.name(of: .undo)
        state.status = .init(Localized(zh: "已保存 \(person.name)（\(undo.zh) 撤销）", en: "Saved \(person.name) (\(undo.en) undoes)"))
        return [.savePerson(person)]
    }

    static func draw(_ state: AppState, _ screen: inout ScreenBuffer) {
        let l = state.language, zh = l == .zh
        guard let editor = state.editor else { return }
        let keys = state.keyMap
        let next = keys.name(of: .nextField)(l), save = keys.name(of: .save)(l), back = keys.name(of: .back)(l)
        screen.put(zh ? "编辑 \(editor.original.name)（\(editor.original.id)）：\(next) 换项，\(save) 保存，\(back) 放弃"
                      : "Editing \(editor.original.name) (\(editor.original.id)): \(next) moves, \(save) saves, \(back) discards",
                   x: 0, y: 1, columns: screen.width, role: .header)
        let labelW = 12
        let valueW = max(10, (screen.width - labelW - 2) * 11 / 20)
        let problemX = labelW + 1 + valueW + 1
        for field in PersonField.allCases {
            let y = 2 + field.rawValue
            guard y < screen.height - 2 else { break }
            let selected = field.rawValue == editor.field
            screen.put(field.label(l), x: 0, y: y, columns: labelW, role: selected ? .header : .normal)
            let value = editor.values[field.rawValue] + (selected ? "_" : "")
            // Show the end of a long value while it is being typed: what fits, from the end.
            var shown = "", used = 0
            for character in value.reversed() {
                used += DisplayWidth.of(character)
                if used > valueW { break }
                shown.insert(character, at: shown.startIndex)
            }
            screen.put(shown, x: labelW + 1, y: y, columns: valueW, role: selected ? .input : .normal)
            if let problem = editor.problems[field.rawValue] {
                screen.put(problem(l), x: problemX, y: y, columns: screen.width - problemX, role: .error)
            }
        }
    }
}
