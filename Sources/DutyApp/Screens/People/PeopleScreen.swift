import DutyModel
import Foundation
import TerminalKit

/// The people list's own state: the filter as typed, whether typing goes into it, the cursor.
public struct PeopleView: Equatable, Sendable {
    public var filter = ""
    public var filtering = false
    public var cursor = ListCursor()

    public init() {}
}

/// Everyone, filtered as you type (name, ID, pinyin by any reading of the surname; compound and
/// role by Chinese text or after `#`), with their hours and nights on the loaded days.
enum PeopleScreen: Screen {
    static let kind = ScreenKind.people

    static let commands = Screens.commands([
        .filter: { state in
            state.people.filtering = true
            let enter = KeyMap.name(.enter), escape = KeyMap.name(.escape)
            state.status = .init(Localized(zh: "输入筛选条件（# 开头按小区、身份），\(enter.zh)结束，\(escape.zh) 清除",
                                           en: "Type to filter (# for compound or role); \(enter.en) ends, \(escape.en) clears"))
            return []
        },
        .open: { state in
            let list = state.filteredPeople
            guard state.people.cursor.row < list.count else { return [] }
            state.week = PersonWeek(person: list[state.people.cursor.row].id)
            state.screen = .person
            return []
        },
        .edit: { state in
            let list = state.filteredPeople
            guard state.people.cursor.row < list.count else { return [] }
            EditorScreen.open(&state, list[state.people.cursor.row].id)
            return []
        },
        .back: { state in
            state.screen = .board
            return []
        },
    ], with: Screens.help, Screens.movement(page: page) { state, delta in
        state.people.cursor.move(delta, count: state.filteredPeople.count, page: page(state))
    })

    static func page(_ state: AppState) -> Int { max(1, state.height - 7) }

    /// The person under the cursor.
    static func selected(_ state: AppState) -> Person? {
        let list = state.filteredPeople
        return state.people.cursor.row < list.count ? list[state.people.cursor.row] : nil
    }

    /// Puts the cursor on `person` if the list shows them (after the list was rebuilt), else
    /// keeps it within the list.
    static func select(_ state: inout AppState, _ person: PersonID) {
        let list = state.filteredPeople
        if let row = list.firstIndex(where: { $0.id == person }) { state.people.cursor.row = row }
        state.people.cursor.clamp(count: list.count)
        state.people.cursor.keepVisible(page: page(state))
    }

    static func open(_ state: inout AppState) {
        state.screen = .people
        state.ensurePinyin()
    }

    /// While filtering, keys are the filter's text: Enter ends, Esc clears.
    static func type(_ key: Key, _ state: inout AppState) -> [Effect]? {
        guard state.people.filtering else { return nil }
        switch key {
        case let .character(c): return paste(String(c), &state)
        case .backspace: if !state.people.filter.isEmpty { state.people.filter.removeLast() }
        case .enter: state.people.filtering = false
        case .escape:
            state.people.filter = ""
            state.people.filtering = false
        default: return nil
        }
        state.people.cursor.reset()
        if !state.people.filtering { state.status = nil }
        return []
    }

    /// Text into the filter while filtering, as one edit of at most ``TextLimits/query``
    /// characters: the list is worked out once, not per character.
    static func paste(_ text: String, _ state: inout AppState) -> [Effect]? {
        guard state.people.filtering else { return nil }
        if let cut = TextEntry.append(text, to: &state.people.filter, limit: TextLimits.query) {
            state.status = .init(cut, isError: true)
        }
        state.people.cursor.reset()
        return []
    }

    static func draw(_ state: AppState, _ screen: inout ScreenBuffer) {
        let l = state.language, zh = l == .zh
        let list = state.filteredPeople
        let filter = state.people.filter
        let head = (zh ? "筛选：" : "Filter: ") + filter + (state.people.filtering ? "_" : "")
            + (zh ? "　共 \(list.count) 人" : "   \(list.count) people")
        screen.put(head, x: 0, y: 1, columns: screen.width, role: state.people.filtering ? .input : .header)
        let compounds = Dictionary(state.directory.compounds.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let idW = 6, nameW = 14, compoundW = 12, hoursW = 8, nightsW = 6
        let rolesW = max(6, screen.width - idW - nameW - compoundW - hoursW - nightsW - 5)
        var x = 0
        for (title, width, align) in [(zh ? "编号" : "ID", idW, DisplayWidth.Alignment.left), (zh ? "姓名" : "Name", nameW, .left),
                                      (zh ? "小区" : "Compound", compoundW, .left), (zh ? "身份" : "Roles", rolesW, .left),
                                      (zh ? "本期时长" : "Hours", hoursW, .right), (zh ? "夜班" : "Nights", nightsW, .right)] {
            screen.put(title, x: x, y: 2, columns: width, role: .header, alignment: align)
            x += width + 1
        }
        let cursor = state.people.cursor
        for (i, person) in list.enumerated().dropFirst(cursor.scroll).prefix(page(state)) {
            let y = 3 + i - cursor.scroll
            let role: StyleRole = i == cursor.row ? .selected : .normal
            screen.fill(x: 0, y: y, width: screen.width, height: 1, role: role)
            var x = 0
            let load = state.index.value.person[person.id].map { state.load.value[$0] } ?? AppState.Load()
            let cells: [(String, Int, DisplayWidth.Alignment)] = [
                (person.id.rawValue, idW, .left), (state.displayName(person), nameW, .left), (compounds[person.compound] ?? "", compoundW, .left),
                (TextFormats.format(roles: person.roles, l), rolesW, .left),
                (HoursText.tenths(load.minutes), hoursW, .right), ("\(load.nights)", nightsW, .right),
            ]
            for (text, width, align) in cells {
                screen.put(text, x: x, y: y, columns: width, role: role, alignment: align)
                x += width + 1
            }
        }
        if list.isEmpty {
            screen.put(zh ? "没有符合筛选条件的人员" : "Nobody matches the filter", x: 0, y: 3, columns: screen.width, role: .dim)
        } else if let person = selected(state) {
            // The selected person in full: the column cuts long names.
            let detail = "\(state.names.value.full(person))  \(TextFormats.format(roles: person.roles, l))  \(person.phone)"
            screen.put(detail, x: 0, y: screen.height - 3, columns: screen.width, role: .dim)
        }
    }
}

extension AppState {
    /// People matching the filter, by ID.
    ///
    /// Latin letters are a name's pinyin, by any reading of its surname (`dlp` and `slp` both
    /// find 单丽萍), or part of the person number. Compound and role names are matched only
    /// when the filter asks for them, so that `ou` lists 区博 and 欧阳晓燕, not every “compound
    /// cadre”: by Chinese text (`医务人员`, `金桥`, which also matches names containing it), or
    /// after `#` (`#cadre`, `#金桥`), which matches compound and role names in either language
    /// and nothing else.
    public var filteredPeople: [Person] {
        let query = people.filter.trimmingCharacters(in: .whitespaces)
        let sorted = directory.people   // kept in ID order
        guard !query.isEmpty else { return sorted }
        let compounds = Dictionary(directory.compounds.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        if query.hasPrefix("#") {
            let text = query.dropFirst().trimmingCharacters(in: .whitespaces).lowercased()
            guard !text.isEmpty else { return sorted }
            return sorted.filter { person in
                compounds[person.compound]?.lowercased().contains(text) == true
                    || person.roles.contains { $0.name.zh.contains(text) || $0.name.en.contains(text) }
            }
        }
        let lower = query.lowercased()
        let latin = query.allSatisfy { $0.isASCII && $0.isLetter }
        let chinese = !query.allSatisfy(\.isASCII)
        return sorted.filter { person in
            if person.name.contains(query) || person.id.rawValue.lowercased().contains(lower) { return true }
            if chinese {
                if compounds[person.compound]?.contains(query) == true { return true }
                if person.roles.contains(where: { $0.name.zh.contains(query) }) { return true }
            }
            guard latin else { return false }
            return Pinyin.matches(lower, name: person.name, syllables: pinyin.value[person.id] ?? Pinyin.syllables(of: person.name))
        }
    }
}
