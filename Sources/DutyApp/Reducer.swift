import DutyEngine
import DutyModel
import TerminalKit

/// The only place the state changes. Pure: no disk, clock or terminal; what must happen
/// outside comes back as effects.
public func reduce(_ state: inout AppState, _ action: AppAction) -> [Effect] {
    switch action {
    case let .resized(width, height):
        state.width = width
        state.height = height
        state.keepCursorVisible()
        return []
    case let .failed(message):
        state.status = .init(message, isError: true)
        return []
    case let .notice(message):
        state.status = .init(message)
        return []
    case let .pinyinReady(pinyin):
        // Names edited meanwhile keep their fresher entries.
        state.pinyin = pinyin.merging(state.pinyin) { _, fresh in fresh }
        return []
    case let .solverProgress(progress):
        guard state.solver != nil else { return [] }
        state.solver?.progress = progress
        return []
    case let .solverFinished(outcome):
        guard state.solver != nil else { return [] }
        state.solver?.outcome = outcome
        return []
    case let .reloaded(directory, assignments, message):
        state.directory = directory
        state.directory.people.sort { $0.id.rawValue < $1.id.rawValue }
        state.assignments = assignments
        state.recheck()
        state.moveRow(0)
        if let slot = state.slot {
            state.slot = state.makeSlotView(slot.slot, cursor: slot.cursor)
        }
        state.status = .init(message)
        return []
    case let .tick(time):
        state.now = time
        return []
    case let .deskLoaded(log):
        state.desk.log = log
        state.desk.cursor = min(state.desk.cursor, max(0, state.deskLines.count - 1))
        return []
    case let .key(key):
        if key == .resize { return [] }
        if state.screen == .desk, let effects = state.typeForm(key) { return effects }
        if state.typeDesk(key) { return [] }
        if state.typeText(key) { return [] }
        guard let command = state.keyMap.command(for: key, on: state.screen) else {
            state.status = .init(Localized(zh: "按键 \(key.spec) 在此无作用，按 ? 查看帮助", en: "\(key.spec) does nothing here; press ? for help"))
            return []
        }
        state.status = nil
        return perform(&state, command)
    }
}

func perform(_ state: inout AppState, _ command: Command) -> [Effect] {
    switch (state.screen, command) {
    case (_, .quit):
        state.quitting = true
        return [.quit]
    case (_, .redraw):
        return [.redraw]
    case (_, .undo):
        return [.undo]
    case (_, .redo):
        return [.redo]
    case (.board, .print): state.openPrint()
    case (.print, .writePDF): return state.printEnter()
    case (.print, .sendPDF): return state.printSend()
    case (.print, .back): state.printBack()
    case (.print, .up): state.movePrint(-1)
    case (.print, .down): state.movePrint(1)
    case (.print, .pageUp): state.movePrint(-max(1, state.height - 4))
    case (.print, .pageDown): state.movePrint(max(1, state.height - 4))
    case (.board, .desk):
        state.openDesk()
    case (.desk, .checkInOut): return state.deskEnter()
    case (.desk, .noShow): return state.deskNoShow()
    case (.desk, .deskUndo): return state.deskUndo()
    case (.desk, .correct): state.openCorrection()
    case (.desk, .hours):
        state.screen = .hours
        state.desk.hoursScroll = 0
    case (.hours, .nextGrouping):
        let all = ServiceHours.Grouping.allCases
        state.desk.grouping = all[((all.firstIndex(of: state.desk.grouping) ?? 0) + 1) % all.count]
        state.desk.hoursScroll = 0
    case (.hours, .back): state.screen = .desk
    case (.hours, let move) where [.up, .down, .pageUp, .pageDown, .top, .bottom].contains(move):
        let page = max(1, state.height - 6)
        let delta = [Command.up: -1, .down: 1, .pageUp: -page, .pageDown: page, .top: -1_000_000, .bottom: 1_000_000][move] ?? 0
        let count = state.hoursReport.lines.count
        state.desk.hoursScroll = max(0, min(max(0, count - page), state.desk.hoursScroll + delta))
    case (.desk, .walkIn): state.openWalkIn()
    case (.desk, .excused): return state.deskNoShow(excused: true)
    case (.desk, .back): state.deskBack()
    case (.desk, .up): state.moveDesk(-1)
    case (.desk, .down): state.moveDesk(1)
    case (.desk, .pageUp): state.moveDesk(-state.deskPage)
    case (.desk, .pageDown): state.moveDesk(state.deskPage)
    case (.desk, .top): state.moveDesk(-1_000_000)
    case (.desk, .bottom): state.moveDesk(1_000_000)
    case (.board, .help), (.slot, .help), (.solver, .help), (.people, .help), (.person, .help), (.desk, .help), (.hours, .help):
        state.previous = state.screen
        state.screen = .help
        state.helpScroll = 0
    case (.help, .back):
        state.screen = state.previous
    case (.slot, .back):
        state.screen = .board
        state.slot = nil
    case (.board, .back):
        if let mark = state.swapFrom {
            state.swapFrom = nil
            state.status = .init(Localized(zh: "已取消交换 \(mark.name)", en: "Swap of \(mark.name) cancelled"))
        }
    case (.slot, .swap): return state.swapSelected()
    case (.board, .solve):
        state.solver = SolverPanel()
        state.screen = .solver
        return [.startSolver(from: state.firstDay, days: state.days, seconds: state.solverSeconds)]
    case (.solver, .stopSolver):
        if state.solver?.running == true { return [.stopSolver] }
    case (.solver, .accept):
        guard let outcome = state.solver?.outcome else {
            state.status = .init(Localized(zh: "求解尚未结束：按 x 停止", en: "Still solving: press x to stop"))
            return []
        }
        let last = state.firstDay.adding(days: state.days - 1)
        state.assignments = state.assignments.filter { $0.slot.date < state.firstDay || $0.slot.date > last } + outcome.assignments
        state.recheck()
        state.solver = nil
        state.screen = .board
        state.status = .init(Localized(zh: "已采用求解结果：新增 \(outcome.added) 条，撤下 \(outcome.removed) 条（u 撤销）",
                                       en: "Accepted: \(outcome.added) added, \(outcome.removed) removed (u undoes)"))
        return [.replaceRoster(from: state.firstDay, to: last, assignments: outcome.assignments)]
    case (.solver, .discard):
        let running = state.solver?.running == true
        state.solver = nil
        state.screen = .board
        state.status = .init(Localized(zh: "已放弃求解结果", en: "Solver result discarded"))
        return running ? [.stopSolver] : []
    case (.board, .people):
        state.screen = .people
        if state.pinyin.isEmpty {
            state.pinyin = Dictionary(state.directory.people.map { ($0.id, Pinyin.syllables(of: $0.name)) },
                                      uniquingKeysWith: { a, _ in a })
        }
    case (.people, .back):
        state.screen = .board
    case (.people, .filter):
        state.people.filtering = true
        state.status = .init(Localized(zh: "输入筛选条件，回车结束，Esc 清除", en: "Type to filter; Enter ends, Esc clears"))
    case (.people, .up): state.movePeople(-1)
    case (.people, .down): state.movePeople(1)
    case (.people, .pageUp): state.movePeople(-state.slotPage)
    case (.people, .pageDown): state.movePeople(state.slotPage)
    case (.people, .top): state.movePeople(-1_000_000)
    case (.people, .bottom): state.movePeople(1_000_000)
    case (.people, .open):
        let list = state.filteredPeople
        guard state.people.row < list.count else { break }
        state.person = list[state.people.row].id
        state.personScroll = 0
        state.screen = .person
    case (.person, .back):
        state.screen = .people
    case (.person, .up): state.personScroll = max(0, state.personScroll - 1)
    case (.person, .down): state.personScroll += 1
    case (.people, .edit), (.person, .edit):
        let list = state.filteredPeople
        let id = state.screen == .person ? state.person : (state.people.row < list.count ? list[state.people.row].id : nil)
        guard let id, let person = state.directory.people.first(where: { $0.id == id }) else { break }
        var editor = PersonEditor(person, state.language)
        editor.problems = editor.parsed(in: state.directory).1
        state.editor = editor
        state.editorReturn = state.screen
        state.screen = .editor
    case (.editor, .nextField):
        if var editor = state.editor { editor.field = min(PersonField.allCases.count - 1, editor.field + 1); state.editor = editor }
    case (.editor, .previousField):
        if var editor = state.editor { editor.field = max(0, editor.field - 1); state.editor = editor }
    case (.editor, .back):
        state.editor = nil
        state.screen = state.editorReturn
        state.status = .init(Localized(zh: "已放弃修改", en: "Edit discarded"))
    case (.editor, .save):
        guard let editor = state.editor else { break }
        let (person, problems) = editor.parsed(in: state.directory)
        if let first = problems.keys.min(), let problem = problems[first] {
            state.editor?.field = first
            state.status = .init(Localized(zh: "不能保存：\(PersonField.allCases[first].label.zh)\(problem.zh)",
                                           en: "Cannot save: \(PersonField.allCases[first].label.en): \(problem.en)"), isError: true)
            break
        }
        state.editor = nil
        state.screen = state.editorReturn
        guard person != editor.original else {
            state.status = .init(Localized(zh: "没有修改", en: "Nothing changed"))
            break
        }
        if let index = state.directory.people.firstIndex(where: { $0.id == person.id }) { state.directory.people[index] = person }
        state.pinyin[person.id] = Pinyin.syllables(of: person.name)
        state.recheck()
        state.status = .init(Localized(zh: "已保存 \(person.name)（u 撤销）", en: "Saved \(person.name) (u undoes)"))
        return [.savePerson(person)]
    case (.solver, .up): state.scrollSolver(-1)
    case (.solver, .down): state.scrollSolver(1)
    case (.solver, .pageUp): state.scrollSolver(-state.slotPage)
    case (.solver, .pageDown): state.scrollSolver(state.slotPage)
    case (.help, let move):
        let page = max(1, state.height - 4)
        let delta = [Command.up: -1, .down: 1, .pageUp: -page, .pageDown: page, .top: -1_000_000, .bottom: 1_000_000][move] ?? 0
        state.helpScroll = max(0, min(state.helpLineCount - page, state.helpScroll + delta))
    case (.board, .nextDay): state.moveDay(1)
    case (.board, .previousDay): state.moveDay(-1)
    case (.board, .nextArea):
        let count = state.directory.areas.count
        let next = (state.area ?? -1) + 1
        state.area = next < count ? next : nil
        state.compound = nil
        state.resetBoardCursor()
    case (.board, .nextKind):
        let kinds = PostKind.boardOrder
        let next = (state.kind.flatMap { kinds.firstIndex(of: $0) } ?? -1) + 1
        state.kind = next < kinds.count ? kinds[next] : nil
        state.resetBoardCursor()
    case (.board, .nextCompound): state.moveCompound(1)
    case (.board, .previousCompound): state.moveCompound(-1)
    case (.board, .up): state.moveRow(-1)
    case (.board, .down): state.moveRow(1)
    case (.board, .pageUp): state.moveRow(-state.boardPage)
    case (.board, .pageDown): state.moveRow(state.boardPage)
    case (.board, .top): state.moveRow(-1_000_000)
    case (.board, .bottom): state.moveRow(1_000_000)
    case (.board, .left): state.moveColumn(-1)
    case (.board, .right): state.moveColumn(1)
    case (.board, .open): state.openSlot()
    case (.slot, .up): state.moveSlotCursor(-1)
    case (.slot, .down): state.moveSlotCursor(1)
    case (.slot, .pageUp): state.moveSlotCursor(-state.slotPage)
    case (.slot, .pageDown): state.moveSlotCursor(state.slotPage)
    case (.slot, .top): state.moveSlotCursor(-1_000_000)
    case (.slot, .bottom): state.moveSlotCursor(1_000_000)
    case (.slot, .assign): return state.assignSelected()
    case (.slot, .unassign): return state.unassignSelected()
    case (.slot, .pin): return state.togglePinSelected()
    default:
        break
    }
    return []
}

extension AppState {
    var boardPage: Int { max(1, height - 5) }
    var slotPage: Int { max(1, height - 7) }

    /// Keys that are text in a text field: the people filter while typing, the editor's fields.
    mutating func typeText(_ key: Key) -> Bool {
        if screen == .people && people.filtering {
            switch key {
            case let .character(c): people.filter.append(c)
            case .backspace: if !people.filter.isEmpty { people.filter.removeLast() }
            case .enter: people.filtering = false
            case .escape:
                people.filter = ""
                people.filtering = false
            default: return false
            }
            people.row = 0
            people.scroll = 0
            status = people.filtering ? status : nil
            return true
        }
        if screen == .editor, var editor {
            switch key {
            case let .character(c): editor.values[editor.field].append(c)
            case .backspace: if !editor.values[editor.field].isEmpty { editor.values[editor.field].removeLast() }
            default: return false
            }
            editor.problems = editor.parsed(in: directory).1
            self.editor = editor
            status = nil
            return true
        }
        return false
    }

    mutating func movePeople(_ delta: Int) {
        let count = filteredPeople.count
        guard count > 0 else { return }
        people.row = max(0, min(count - 1, people.row + delta))
        if people.row < people.scroll { people.scroll = people.row }
        if people.row >= people.scroll + slotPage { people.scroll = people.row - slotPage + 1 }
    }

    mutating func scrollSolver(_ delta: Int) {
        guard var panel = solver, let outcome = panel.outcome else { return }
        panel.scroll = max(0, min(max(0, outcome.lines.count - 1), panel.scroll + delta))
        solver = panel
    }

    mutating func moveDay(_ delta: Int) {
        let next = day + delta
        guard next >= 0, next < days else {
            status = .init(Localized(zh: "只载入了 \(firstDay) 起的 \(days) 天", en: "Only the \(days) days from \(firstDay) are loaded"))
            return
        }
        day = next
    }

    mutating func resetBoardCursor() {
        row = 0
        scroll = 0
        column = 0
    }

    /// Cycles through "all" and each compound (of the chosen area, if any).
    mutating func moveCompound(_ delta: Int) {
        let candidates = directory.compounds.indices.filter { i in
            area.map { directory.compounds[i].area == directory.areas[$0].id } ?? true
        }
        guard !candidates.isEmpty else { return }
        // Positions: -1 is "all", then each candidate.
        let count = candidates.count
        let current = compound.flatMap { candidates.firstIndex(of: $0) } ?? -1
        let position = current + delta
        let wrapped = ((position + 1) % (count + 1) + (count + 1)) % (count + 1) - 1
        compound = wrapped < 0 ? nil : candidates[wrapped]
        resetBoardCursor()
    }

    mutating func moveRow(_ delta: Int) {
        let posts = boardPosts
        guard !posts.isEmpty else { return }
        row = max(0, min(posts.count - 1, row + delta))
        column = min(column, max(0, index.shifts[posts[row]].count - 1))
        keepCursorVisible()
    }

    mutating func moveColumn(_ delta: Int) {
        let posts = boardPosts
        guard row < posts.count else { return }
        column = max(0, min(index.shifts[posts[row]].count - 1, column + delta))
    }

    mutating func keepCursorVisible() {
        let page = boardPage
        if row < scroll { scroll = row }
        if row >= scroll + page { scroll = row - page + 1 }
        scroll = max(0, scroll)
        if var slot {
            slot.cursor = min(slot.cursor, max(0, slot.lines.count - 1))
            if slot.cursor < slot.scroll { slot.scroll = slot.cursor }
            if slot.cursor >= slot.scroll + slotPage { slot.scroll = slot.cursor - slotPage + 1 }
            self.slot = slot
        }
    }

    var selectedSlot: Slot? {
        let posts = boardPosts
        guard row < posts.count else { return nil }
        let shifts = index.shifts[posts[row]]
        guard column < shifts.count else { return nil }
        return Slot(post: directory.posts[posts[row]].id, date: date, shift: shifts[column].code)
    }

    mutating func openSlot() {
        guard let slot = selectedSlot else { return }
        self.slot = makeSlotView(slot, cursor: 0)
        screen = .slot
    }

    /// Members and candidates of `slot`, through the engine: the day is compiled with the
    /// assignments of the day before and after as context.
    func makeSlotView(_ slot: Slot, cursor: Int) -> SlotView? {
        // Candidates come from the slot's area: compile only its people (and whoever is on
        // the slot), their duties that day and the days around, and the posts those are at.
        guard let post = directory.posts.first(where: { $0.id == slot.post }),
              let area = directory.compounds.first(where: { $0.id == post.compound })?.area else { return nil }
        // Candidates come from the slot's area: compile only its people (and whoever is on
        // the slot), their duties that day and the days around, and the posts those are at.
        let near = assignments.filter { abs($0.slot.date.dayNumber - slot.date.dayNumber) <= 1 }
        let areaCompounds = Set(directory.compounds.filter { $0.area == area }.map(\.id))
        let onSlot = Set(near.filter { $0.slot == slot }.map(\.person))
        let people = directory.people.filter { areaCompounds.contains($0.compound) || onSlot.contains($0.id) }
        let ids = Set(people.map(\.id))
        let theirs = near.filter { ids.contains($0.person) }
        let postIDs = Set(theirs.map(\.slot.post)).union([slot.post])
        var scope = directory
        scope.people = people
        scope.posts = directory.posts.filter { postIDs.contains($0.id) }
        let plan = DutyCompiler.compile(scope, from: slot.date, days: 1, around: theirs)
        let byID = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        guard let s = plan.slotIndex[slot.id] else { return nil }
        var roster = plan.current
        for pair in plan.problem.pinned { roster.add(pair) }
        let problem = plan.problem
        let dutySlot = problem.slots[s]
        func roles(_ id: PersonID) -> String {
            byID[id].map { TextFormats.format(roles: $0.roles, language) } ?? ""
        }
        var lines: [SlotView.Line] = roster.members[s].map { p in
            let id = plan.personIDs[Int(p)]
            return SlotView.Line(person: id, name: problem.people[Int(p)].name, isMember: true,
                                 pinned: problem.pinned.contains(DutyPair(slot: s, person: Int(p))), roles: roles(id),
                                 blocked: nil, cost: nil, resident: problem.people[Int(p)].home == dutySlot.place, hasMissingRole: false)
        }.sorted { $0.person.rawValue < $1.person.rawValue }
        for candidate in DutyExplain.candidates(problem, roster, slot: s) where candidate.block != .alreadyOn {
            let id = plan.personIDs[candidate.person]
            lines.append(SlotView.Line(person: id, name: problem.people[candidate.person].name, isMember: false, pinned: false,
                                       roles: roles(id), blocked: candidate.block?.message(problem), cost: candidate.softChange,
                                       resident: candidate.isResident, hasMissingRole: candidate.hasMissingRole))
        }
        let missing = zip(dutySlot.requirements, RoleMix.missing(dutySlot, members: roster.members[s], problem.people))
            .filter { $0.1 > 0 }.map { $0.0.name(language) }
        var view = SlotView(slot: slot, label: dutySlot.label, minimum: dutySlot.minimum, maximum: dutySlot.maximum,
                            missingRoles: missing, lines: lines)
        view.cursor = max(0, min(cursor, lines.count - 1))
        return view
    }

    /// The slot view as the reducer builds it (for tests that write down expected states).
    public func makeSlotViewForTests(_ slot: Slot, cursor: Int) -> SlotView? { makeSlotView(slot, cursor: cursor) }

    mutating func moveSlotCursor(_ delta: Int) {
        guard var slot else { return }
        slot.cursor = max(0, min(slot.lines.count - 1, slot.cursor + delta))
        self.slot = slot
        keepCursorVisible()
    }

    var selectedLine: SlotView.Line? {
        guard let slot, slot.cursor < slot.lines.count else { return nil }
        return slot.lines[slot.cursor]
    }

    mutating func refreshSlot(status message: Localized) {
        guard let current = slot else { return }
        slot = makeSlotView(current.slot, cursor: current.cursor)
        keepCursorVisible()
        status = .init(message)
    }

    mutating func assignSelected() -> [Effect] {
        guard let slot, let line = selectedLine else { return [] }
        if line.isMember {
            status = .init(Localized(zh: "\(line.name) 已在此班", en: "\(line.name) is already on it"))
            return []
        }
        if let blocked = line.blocked {
            status = .init(Localized(zh: "不能排入 \(line.name)：\(blocked.zh)", en: "Cannot assign \(line.name): \(blocked.en)"), isError: true)
            return []
        }
        let assignment = Assignment(person: line.person, slot: slot.slot, source: .manual)
        assignments.append(assignment)
        refreshSlot(status: Localized(zh: "已排入 \(line.name)", en: "Assigned \(line.name)"))
        return [.save(assignment)]
    }

    mutating func unassignSelected() -> [Effect] {
        guard let slot, let line = selectedLine, line.isMember else {
            status = .init(Localized(zh: "请选中在岗人员再撤下", en: "Select someone on the slot to remove"))
            return []
        }
        assignments.removeAll { $0.slot == slot.slot && $0.person == line.person }
        refreshSlot(status: Localized(zh: "已撤下 \(line.name)", en: "Removed \(line.name)"))
        return [.remove(person: line.person, slot: slot.slot)]
    }

    mutating func swapSelected() -> [Effect] {
        guard let slot, let line = selectedLine, line.isMember else {
            status = .init(Localized(zh: "请选中在岗人员再交换", en: "Select someone on the slot to swap"))
            return []
        }
        guard let mark = swapFrom else {
            swapFrom = SwapMark(slot: slot.slot, label: slot.label, person: line.person, name: line.name)
            status = .init(Localized(zh: "已选 \(line.name)（\(slot.label)）：到另一班次选中一人再按 s；看板上按 Esc 取消",
                                     en: "Marked \(line.name) (\(slot.label)): select someone on another slot and press s; Esc on the board cancels"))
            return []
        }
        guard mark.slot != slot.slot else {
            status = .init(Localized(zh: "请到另一个班次选人交换", en: "Pick someone on another slot to swap with"), isError: true)
            return []
        }
        guard let a = assignments.first(where: { $0.slot == mark.slot && $0.person == mark.person }),
              let b = assignments.first(where: { $0.slot == slot.slot && $0.person == line.person }) else {
            swapFrom = nil
            return []
        }
        if a.pinned || b.pinned {
            status = .init(Localized(zh: "锁定的排班不能交换：请先解锁", en: "Pinned assignments cannot be swapped: unpin first"), isError: true)
            return []
        }
        if let why = swapBlock(a, b) {
            status = .init(why, isError: true)
            return []
        }
        let newA = Assignment(person: a.person, slot: b.slot, source: .manual)
        let newB = Assignment(person: b.person, slot: a.slot, source: .manual)
        assignments.removeAll { $0 == a || $0 == b }
        assignments += [newA, newB]
        swapFrom = nil
        refreshSlot(status: Localized(zh: "已交换 \(mark.name) 与 \(line.name)", en: "Swapped \(mark.name) and \(line.name)"))
        return [.change(removing: [a, b], adding: [newA, newB], action: "swap")]
    }

    /// Why the two may not trade places (the engine's hard rules), or nil.
    func swapBlock(_ a: Assignment, _ b: Assignment) -> Localized? {
        let first = min(a.slot.date, b.slot.date), last = max(a.slot.date, b.slot.date)
        let span = last.dayNumber - first.dayNumber + 1
        let plan = DutyCompiler.compile(directory, from: first, days: span, around: assignments)
        guard let pa = plan.pair(a), let pb = plan.pair(b) else { return nil }
        var roster = plan.current
        for pair in plan.problem.pinned { roster.add(pair) }
        let (blockA, blockB) = DutyExplain.swapBlocks(plan.problem, roster, a: pa.person, s: pa.slot, b: pb.person, t: pb.slot)
        let names = Dictionary(directory.people.map { ($0.id, $0.name) }, uniquingKeysWith: { x, _ in x })
        if let blockA {
            let m = blockA.message(plan.problem)
            return Localized(zh: "不能交换：\(names[a.person] ?? "")\(m.zh)", en: "Cannot swap: \(names[a.person] ?? ""): \(m.en)")
        }
        if let blockB {
            let m = blockB.message(plan.problem)
            return Localized(zh: "不能交换：\(names[b.person] ?? "")\(m.zh)", en: "Cannot swap: \(names[b.person] ?? ""): \(m.en)")
        }
        return nil
    }

    mutating func togglePinSelected() -> [Effect] {
        guard let slot, let line = selectedLine, line.isMember,
              let index = assignments.firstIndex(where: { $0.slot == slot.slot && $0.person == line.person }) else {
            status = .init(Localized(zh: "请选中在岗人员再锁定", en: "Select someone on the slot to pin"))
            return []
        }
        assignments[index].pinned.toggle()
        let pinned = assignments[index].pinned
        refreshSlot(status: pinned ? Localized(zh: "已锁定 \(line.name)", en: "Pinned \(line.name)")
                                   : Localized(zh: "已解锁 \(line.name)", en: "Unpinned \(line.name)"))
        return [.save(assignments[index])]
    }
}
