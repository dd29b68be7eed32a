import DutyEngine
import Foundation
import DutyModel
import TerminalKit

/// One open slot: who is on it and who could be, computed when it opens and after each change.
public struct SlotView: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public var person: PersonID
        /// As the interface names them (with number and compound when they have a namesake).
        public var name: String
        public var isMember: Bool
        public var pinned: Bool
        public var roles: String
        /// Why they cannot be put on it (candidates only), or nil. On a full slot: the headcount
        /// for those who could take someone's place (`replaces`), the rule itself for the others.
        public var blocked: Localized?
        /// On a full slot, the member whose place they could take, and that member's name.
        public var replaces: PersonID?
        public var replacesName: String?
        /// Change of the soft score if added, or in `replaces`'s place (candidates no other rule blocks).
        public var cost: Int?
        /// What `cost` means, part by part: "补上缺口", "比平均多 6 小时", "外小区" ….
        public var meaning: [Localized] = []
        public var resident: Bool
        public var hasMissingRole: Bool
        /// What the desk recorded for a member (plan and actual), once the shift is due.
        public var actual: Localized? = nil
        /// Kept on the slot although it breaks a hard rule: the coordinator's reason.
        public var override: String? = nil
    }

    public var slot: Slot
    public var label: String
    public var minimum: Int
    public var maximum: Int
    public var missingRoles: [String]
    /// Those taken off after not coming, and who stands in (`孙强 缺岗，由 黄丽 替补`).
    public var absent: [Localized] = []
    public var lines: [Line]
    public var cursor = ListCursor()
}

/// A slot's people and candidates, each candidate with the hard rule that blocks them or the
/// cost of taking them; assign, remove, pin and swap.
enum SlotScreen: Screen {
    static let kind = ScreenKind.slot

    static let commands = Screens.commands([
        .assign: { state in assignSelected(&state) },
        .unassign: { state in unassignSelected(&state) },
        .pin: { state in togglePinSelected(&state) },
        .swap: { state in swapSelected(&state) },
        .undo: { _ in [.undo] },
        .redo: { _ in [.redo] },
        .back: { state in
            state.screen = .board
            state.slot = nil
            return []
        },
    ], with: Screens.help, Screens.movement(page: page) { state, delta in
        guard var slot = state.slot else { return }
        slot.cursor.move(delta, count: slot.lines.count, page: page(state))
        state.slot = slot
    })

    /// Lines of people that fit below the slot's header.
    static func page(_ state: AppState) -> Int { max(1, state.height - 7) }

    static func open(_ state: inout AppState) {
        guard let slot = BoardScreen.selectedSlot(state) else { return }
        state.slot = view(state, slot)
        state.screen = .slot
    }

    /// `slot` as the engine sees it: its area's day compiled and its candidates explained, and
    /// the assignments on it. Candidates come from the slot's area: its people (and whoever
    /// else is on the slot) and the slot's day are compiled, with the rest of their calendar
    /// week (Monday to Sunday) carried in as minutes and nights, so weekly limits and nights
    /// count as the guard and `explain` count them. Both are kept until the roster or the
    /// directory changes: a slot opens on every Enter.
    static func explained(_ state: AppState, _ slot: Slot)
        -> (day: AreaDay, slot: SlotCandidates, members: [Assignment])? {
        guard let (key, members) = key(state, slot) else { return nil }
        let memo = state.memo.value
        let day = memo.areaDays.value(key.areaDay) { AreaDay(state, state.areas.value, key.areaDay) }
        guard let s = day.plan.slotIndex[slot.id] else { return nil }
        return (day, memo.slots.value(key) { SlotCandidates(day, slot: s) }, members)
    }

    /// What `slot`'s candidates are kept under (its area-day, and whoever from elsewhere is on
    /// it), and the assignments on it.
    static func key(_ state: AppState, _ slot: Slot) -> (SlotKey, members: [Assignment])? {
        let directory = state.directory, areas = state.areas.value
        guard let post = directory.posts.first(where: { $0.id == slot.post }),
              let area = directory.compounds.first(where: { $0.id == post.compound })?.area,
              let number = areas.number[area] else { return nil }
        let members = state.onSlot(slot)
        let outsiders = members.filter { a in
            !areas.lives(state.index.value.person[a.person].map(Int32.init) ?? -1, in: number)
        }.map(\.person).sorted { $0.rawValue < $1.rawValue }
        return (SlotKey(areaDay: AreaDayKey(area: number, date: slot.date, outsiders: outsiders), slot: slot.id), members)
    }

    /// Makes the slot under the board's cursor ready to open (off the main loop, while the
    /// cursor rests there): Enter then finds its candidates worked out.
    static func prepare(_ state: AppState) {
        guard state.screen == .board, state.override == nil, let slot = BoardScreen.selectedSlot(state) else { return }
        _ = explained(state, slot)
    }

    /// Members and candidates of `slot`, through the engine (see ``explained(_:_:)``). The
    /// cursor goes to `person`'s line when given and listed (it stays on whom a change was
    /// about), else keeps its row.
    static func view(_ state: AppState, _ slot: Slot, selecting person: PersonID? = nil,
                     cursor: ListCursor = ListCursor()) -> SlotView? {
        guard let (day, explained, members) = explained(state, slot) else { return nil }
        let s = explained.index
        let plan = day.plan, problem = plan.problem
        let dutySlot = problem.slots[s]
        let names = state.names.value
        let everyone = state.directory.people
        // By place in the plan; roles worded once for each set of roles.
        func name(_ p: Int) -> String { day.places[p] >= 0 ? names.name(everyone[day.places[p]]) : plan.personIDs[p].rawValue }
        func name(_ id: PersonID) -> String { state.index.value.person[id].map { names.name(everyone[$0]) } ?? id.rawValue }
        var worded: [UInt16: String] = [:]
        func roles(_ p: Int) -> String {
            let mask = problem.people[p].roles.bits
            if let text = worded[mask] { return text }
            let text = day.places[p] >= 0 ? TextFormats.format(roles: everyone[day.places[p]].roles, state.language) : ""
            worded[mask] = text
            return text
        }
        var lines: [SlotView.Line] = explained.members.map { member in
            let p = Int(member)
            return SlotView.Line(person: plan.personIDs[p], name: name(p), isMember: true,
                                 pinned: problem.pinned.contains(DutyPair(slot: s, person: p)), roles: roles(p),
                                 blocked: nil, cost: nil, resident: problem.people[p].home == dutySlot.place, hasMissingRole: false)
        }.sorted { $0.person.rawValue < $1.person.rawValue }
        for candidate in explained.candidates {
            let p = candidate.person
            var blocked = candidate.block?.message(problem)
            if candidate.block == .full {
                blocked = candidate.replaces.map { Localized(zh: "此班已满员，可先撤下 \(name($0)) 再排入", en: "the slot is full: remove \(name($0)) first") }
                    ?? Localized(zh: "此班已满员，在岗的都已锁定", en: "the slot is full and everyone on it is pinned")
            }
            lines.append(SlotView.Line(person: plan.personIDs[p], name: name(p), isMember: false, pinned: false, roles: roles(p),
                                       blocked: blocked, replaces: candidate.replaces.map { plan.personIDs[$0] },
                                       replacesName: candidate.replaces.map { name($0) },
                                       cost: candidate.softChange, meaning: candidate.parts.map(\.words),
                                       resident: candidate.isResident, hasMissingRole: candidate.hasMissingRole))
        }
        let missing = zip(dutySlot.requirements, explained.missing).filter { $0.1 > 0 }.map { $0.0.name(state.language) }
        // Plan and actual, from the check-in log.
        let desk = DeskScreen.rules(state)
        let attendance = state.attendance.value.entries(slot, members: members, desk: desk, now: state.now)
        for entry in attendance where entry.onRoster {
            guard let i = lines.firstIndex(where: { $0.isMember && $0.person == entry.person }) else { continue }
            if entry.isNews { lines[i].actual = entry.words(name) }
            lines[i].override = members.first { $0.person == entry.person }?.override?.reason
        }
        var view = SlotView(slot: slot, label: dutySlot.label, minimum: dutySlot.minimum, maximum: dutySlot.maximum,
                            missingRoles: missing, lines: lines, cursor: cursor)
        view.absent = attendance.filter { !$0.onRoster }.map { entry in
            let words = entry.words(name)
            return Localized(zh: "\(name(entry.person)) \(words.zh)", en: "\(name(entry.person)) \(words.en)")
        }
        if let person, let row = lines.firstIndex(where: { $0.person == person }) { view.cursor.row = row }
        view.cursor.clamp(count: lines.count)
        view.cursor.keepVisible(page: page(state))
        return view
    }

    static func selectedLine(_ state: AppState) -> SlotView.Line? {
        guard let slot = state.slot, slot.cursor.row < slot.lines.count else { return nil }
        return slot.lines[slot.cursor.row]
    }

    /// Builds the view again after a change, and says what happened. The cursor stays on the
    /// person selected (or on `person`, whom the change brought here), wherever their line went.
    static func refresh(_ state: inout AppState, status message: Localized, selecting person: PersonID? = nil) {
        guard let current = state.slot else { return }
        state.slot = view(state, current.slot, selecting: person ?? selectedLine(state)?.person, cursor: current.cursor)
        BoardScreen.keepVisible(&state)
        state.status = .init(message)
    }

    static func assignSelected(_ state: inout AppState) -> [Effect] {
        guard let slot = state.slot, let line = selectedLine(state) else { return [] }
        if line.isMember {
            state.status = .init(Localized(zh: "\(line.name) 已在此班", en: "\(line.name) is already on it"))
            return []
        }
        let assignment = Assignment(person: line.person, slot: slot.slot, source: .manual)
        let change = PendingChange(adding: [assignment], action: "assign")
        let breaches = Override.breaches(state, change)
        if !breaches.isEmpty {
            let instead = line.replacesName.map { Localized(zh: "可先撤下 \($0) 再排入", en: "remove \($0) first instead") }
            Override.ask(&state, change, breaches: breaches, what: Localized(zh: "排入 \(line.name)", en: "Assigning \(line.name)"),
                         instead: instead)
            return []
        }
        state.assignments.append(assignment)
        refresh(&state, status: Localized(zh: "已排入 \(line.name)", en: "Assigned \(line.name)"))
        return [.save(assignment)]
    }

    static func unassignSelected(_ state: inout AppState) -> [Effect] {
        guard let slot = state.slot, let line = selectedLine(state), line.isMember else {
            state.status = .init(Localized(zh: "请选中在岗人员再撤下", en: "Select someone on the slot to remove"))
            return []
        }
        // Taking someone off can take away the override that covers what is left of a broken
        // rule (their week still over its limit): that needs the reason again.
        if let taken = state.assignments.first(where: { $0.slot == slot.slot && $0.person == line.person }) {
            let change = PendingChange(removing: [taken], action: "unassign")
            let breaches = Override.breaches(state, change)
            if !breaches.isEmpty {
                Override.ask(&state, change, breaches: breaches, what: Localized(zh: "撤下 \(line.name)", en: "Removing \(line.name)"))
                return []
            }
        }
        state.assignments.removeAll { $0.slot == slot.slot && $0.person == line.person }
        refresh(&state, status: Localized(zh: "已撤下 \(line.name)", en: "Removed \(line.name)"))
        return [.remove(person: line.person, slot: slot.slot)]
    }

    static func togglePinSelected(_ state: inout AppState) -> [Effect] {
        guard let slot = state.slot, let line = selectedLine(state), line.isMember,
              let index = state.assignments.firstIndex(where: { $0.slot == slot.slot && $0.person == line.person }) else {
            state.status = .init(Localized(zh: "请选中在岗人员再锁定", en: "Select someone on the slot to pin"))
            return []
        }
        state.assignments[index].pinned.toggle()
        let pinned = state.assignments[index].pinned
        refresh(&state, status: pinned ? Localized(zh: "已锁定 \(line.name)", en: "Pinned \(line.name)")
                                       : Localized(zh: "已解锁 \(line.name)", en: "Unpinned \(line.name)"))
        return [.save(state.assignments[index])]
    }

    static func swapSelected(_ state: inout AppState) -> [Effect] {
        guard let slot = state.slot, let line = selectedLine(state), line.isMember else {
            state.status = .init(Localized(zh: "请选中在岗人员再交换", en: "Select someone on the slot to swap"))
            return []
        }
        let keys = state.keyMap
        guard let mark = state.board.swapFrom else {
            state.board.swapFrom = SwapMark(slot: slot.slot, label: slot.label, person: line.person, name: line.name)
            let swap = keys.name(of: .swap), back = keys.name(of: .back)
            state.status = .init(Localized(
                zh: "已选 \(line.name)（\(slot.label)）：到另一班次选中一人再按 \(swap.zh)；看板上按 \(back.zh) 取消",
                en: "Marked \(line.name) (\(slot.label)): select someone on another slot and press \(swap.en); \(back.en) on the board cancels"))
            return []
        }
        guard mark.slot != slot.slot else {
            state.status = .init(Localized(zh: "请到另一个班次选人交换", en: "Pick someone on another slot to swap with"), isError: true)
            return []
        }
        guard let a = state.assignments.first(where: { $0.slot == mark.slot && $0.person == mark.person }),
              let b = state.assignments.first(where: { $0.slot == slot.slot && $0.person == line.person }) else {
            state.board.swapFrom = nil
            return []
        }
        if a.pinned || b.pinned {
            state.status = .init(Localized(zh: "锁定的排班不能交换：请先解锁", en: "Pinned assignments cannot be swapped: unpin first"),
                                 isError: true)
            return []
        }
        let newA = Assignment(person: a.person, slot: b.slot, source: .manual)
        let newB = Assignment(person: b.person, slot: a.slot, source: .manual)
        let change = PendingChange(removing: [a, b], adding: [newA, newB], action: "swap")
        let breaches = Override.breaches(state, change)
        if !breaches.isEmpty {
            state.board.swapFrom = nil
            Override.ask(&state, change, breaches: breaches,
                         what: Localized(zh: "交换 \(mark.name) 与 \(line.name)", en: "Swapping \(mark.name) and \(line.name)"))
            return []
        }
        state.assignments.removeAll { $0 == a || $0 == b }
        state.assignments += [newA, newB]
        state.board.swapFrom = nil
        refresh(&state, status: Localized(zh: "已交换 \(mark.name) 与 \(line.name)", en: "Swapped \(mark.name) and \(line.name)"),
                selecting: mark.person)
        return [.change(removing: [a, b], adding: [newA, newB], action: "swap")]
    }

    /// What a line's status column says: on it, free with what that means, could replace a
    /// member, or the rule that blocks them.
    static func status(_ line: SlotView.Line, _ l: Language) -> String {
        let zh = l == .zh
        let meaning = line.meaning.map { $0(l) }.joined(separator: zh ? "，" : ", ")
        if line.isMember {
            return (line.pinned ? (zh ? "在岗（已锁定）" : "on it (pinned)") : (zh ? "在岗" : "on it"))
                + (line.actual.map { zh ? "·\($0.zh)" : " · \($0.en)" } ?? "")
                + (line.override.map { zh ? "·特批：\($0)" : " · override: \($0)" } ?? "")
        }
        if let replaced = line.replacesName {
            return (zh ? "可替换 \(replaced)" : "could replace \(replaced)") + (meaning.isEmpty ? "" : (zh ? "：" : ": ") + meaning)
        }
        if let blocked = line.blocked { return (zh ? "受阻：" : "blocked: ") + blocked(l) }
        return (zh ? "可排" : "free") + (meaning.isEmpty ? (zh ? "，不增加代价" : ", no extra cost") : (zh ? "：" : ": ") + meaning)
    }

    static func draw(_ state: AppState, _ screen: inout ScreenBuffer) {
        let l = state.language
        guard let slot = state.slot else { return }
        var head = l == .zh ? "\(slot.label)：需 \(slot.minimum)–\(slot.maximum) 人，现 \(slot.lines.filter(\.isMember).count) 人"
                            : "\(slot.label): needs \(slot.minimum)–\(slot.maximum), has \(slot.lines.filter(\.isMember).count)"
        if !slot.missingRoles.isEmpty {
            head += l == .zh ? "，缺少\(slot.missingRoles.joined(separator: "、"))" : ", lacks \(slot.missingRoles.joined(separator: ", "))"
        }
        if !slot.absent.isEmpty { head += (l == .zh ? "；" : "; ") + slot.absent.map { $0(l) }.joined(separator: l == .zh ? "；" : "; ") }
        screen.put(head, x: 0, y: 1, columns: screen.width, role: .header)
        let nameWidth = 16, rolesWidth = min(24, max(10, screen.width / 4 - 2))
        let statusX = 2 + nameWidth + 1 + rolesWidth + 1
        screen.put(l == .zh ? "姓名" : "Name", x: 2, y: 2, columns: nameWidth, role: .header)
        screen.put(l == .zh ? "身份" : "Roles", x: 2 + nameWidth + 1, y: 2, columns: rolesWidth, role: .header)
        screen.put(l == .zh ? "情况" : "Status", x: statusX, y: 2, columns: screen.width - statusX, role: .header)
        for (i, line) in slot.lines.enumerated().dropFirst(slot.cursor.scroll).prefix(page(state)) {
            let y = 3 + i - slot.cursor.scroll
            let selected = i == slot.cursor.row
            let mark = line.isMember ? (line.pinned ? "*" : "●") : (line.hasMissingRole ? "+" : " ")
            let role: StyleRole = line.isMember ? (line.pinned ? .pinned : .full)
                : line.blocked != nil && line.replaces == nil ? .dim : .normal
            let shown: StyleRole = selected ? .selected : role
            screen.put(mark, x: 0, y: y, columns: 2, role: shown)
            screen.put(line.name, x: 2, y: y, columns: nameWidth, role: shown)
            screen.put(" ", x: 2 + nameWidth, y: y, columns: 1, role: shown)
            screen.put(line.roles, x: 2 + nameWidth + 1, y: y, columns: rolesWidth, role: shown)
            screen.put(" ", x: statusX - 1, y: y, columns: 1, role: shown)
            screen.put(status(line, l), x: statusX, y: y, columns: screen.width - statusX, role: shown)
        }
        // The selected person in full: the whole name with number and compound, the whole status.
        if let line = selectedLine(state), let person = state.person(line.person), screen.height > 8 {
            let detail = "\(state.names.value.full(person))  \(line.roles)  \(status(line, l))"
            screen.put(detail, x: 0, y: screen.height - 3, columns: screen.width, role: .dim)
        }
    }
}

extension AppState {
    /// Works out ahead what the next key will likely open (the slot under the board's cursor),
    /// keeping it where that key finds it. The session calls it off the main loop.
    public func prepareNext() { SlotScreen.prepare(self) }

    /// This state with `slot` opened from nothing kept or prepared: what opening a slot costs
    /// the first time after the roster changed (benchmarks).
    public func openingFromScratch(_ slot: Slot) -> AppState {
        var opened = forgettingKeptWork()
        opened.slot = SlotScreen.view(opened, slot)
        opened.screen = .slot
        return opened
    }

    /// Whether `slot`'s candidates are worked out and kept, ready for Enter (tests).
    public func isPrepared(_ slot: Slot) -> Bool {
        SlotScreen.key(self, slot).map { memo.value.slots.holds($0.0) } ?? false
    }

    /// The slot view as the reducer builds it (for tests that write down expected states).
    public func makeSlotViewForTests(_ slot: Slot, selecting person: PersonID? = nil) -> SlotView? {
        SlotScreen.view(self, slot, selecting: person)
    }
}
