import DutyModel
import TerminalKit

/// The post board's own state: which day, which compound, area and kind of post, where the
/// cursor is, and the first half of a swap.
public struct BoardView: Equatable, Sendable {
    /// The day shown (offset from `firstDay`).
    public var day = 0
    /// The compound the board is limited to (index into `directory.compounds`), nil for all;
    /// the desk follows it too.
    public var compound: Int?
    /// The area (index into `directory.areas`) and post kind the board is limited to.
    public var area: Int?
    public var kind: PostKind?
    /// The selected post (row) and shift (column).
    public var cursor = ListCursor()
    public var column = 0
    /// The first half of a swap: someone marked on a slot.
    public var swapFrom: SwapMark?

    public init() {}
}

public struct SwapMark: Equatable, Sendable {
    public var slot: Slot
    public var label: String
    public var person: PersonID
    public var name: String
}

/// The post board: one day, a row per post and a cell per shift with filled/needed and who.
enum BoardScreen: Screen {
    static let kind = ScreenKind.board

    static let commands = Screens.commands([
        .open: { state in SlotScreen.open(&state); return [] },
        .desk: { state in DeskScreen.open(&state); return [] },
        .print: { state in PrintScreen.open(&state); return [] },
        .people: { state in PeopleScreen.open(&state); return [] },
        .solve: { state in SolverScreen.start(&state) },
        .undo: { _ in [.undo] },
        .redo: { _ in [.redo] },
        .nextDay: { state in moveDay(&state, 1); return [] },
        .previousDay: { state in moveDay(&state, -1); return [] },
        .nextCompound: { state in moveCompound(&state, 1); return [] },
        .previousCompound: { state in moveCompound(&state, -1); return [] },
        .nextArea: { state in
            let next = (state.board.area ?? -1) + 1
            state.board.area = next < state.directory.areas.count ? next : nil
            state.board.compound = nil
            resetCursor(&state)
            return []
        },
        .nextKind: { state in
            let kinds = PostKind.boardOrder
            let next = (state.board.kind.flatMap { kinds.firstIndex(of: $0) } ?? -1) + 1
            state.board.kind = next < kinds.count ? kinds[next] : nil
            resetCursor(&state)
            return []
        },
        .left: { state in moveColumn(&state, -1); return [] },
        .right: { state in moveColumn(&state, 1); return [] },
        .back: { state in
            if let mark = state.board.swapFrom {
                state.board.swapFrom = nil
                state.status = .init(Localized(zh: "已取消交换 \(mark.name)", en: "Swap of \(mark.name) cancelled"))
            }
            return []
        },
    ], with: Screens.help, Screens.movement(page: page) { state, delta in moveRow(&state, by: delta) })

    /// Rows of posts that fit between the header and the status line.
    static func page(_ state: AppState) -> Int { max(1, state.height - 5) }

    /// At most this many shift columns.
    static let maxShiftColumns = 3

    /// The posts the board lists now (indexes into `directory.posts`, in board order).
    static func posts(_ state: AppState) -> [Int] {
        let board = state.board, directory = state.directory
        let only = board.compound.map { directory.compounds[$0].id }
        let inArea: Set<CompoundID>? = board.area.map { a in
            Set(directory.compounds.filter { $0.area == directory.areas[a].id }.map(\.id))
        }
        if only == nil && inArea == nil && board.kind == nil { return state.index.value.order }
        return state.index.value.order.filter { i in
            let post = directory.posts[i]
            return (only == nil || post.compound == only) && (inArea?.contains(post.compound) ?? true)
                && (board.kind == nil || post.kind == board.kind)
        }
    }

    static func row(_ state: AppState, _ post: Int) -> BoardRow {
        BoardRow(post: state.directory.posts[post], shifts: state.index.value.shifts[post])
    }

    /// The slot under the cursor.
    static func selectedSlot(_ state: AppState) -> Slot? {
        let posts = posts(state)
        guard state.board.cursor.row < posts.count else { return nil }
        let shifts = state.index.value.shifts[posts[state.board.cursor.row]]
        guard state.board.column < shifts.count else { return nil }
        return Slot(post: state.directory.posts[posts[state.board.cursor.row]].id, date: state.date,
                    shift: shifts[state.board.column].code)
    }

    static func moveDay(_ state: inout AppState, _ delta: Int) {
        let next = state.board.day + delta
        guard next >= 0, next < state.days else {
            state.status = .init(Localized(zh: "只载入了 \(state.firstDay) 起的 \(state.days) 天",
                                           en: "Only the \(state.days) days from \(state.firstDay) are loaded"))
            return
        }
        state.board.day = next
    }

    static func resetCursor(_ state: inout AppState) {
        state.board.cursor.reset()
        state.board.column = 0
    }

    /// Cycles through "all" and each compound (of the chosen area, if any).
    static func moveCompound(_ state: inout AppState, _ delta: Int) {
        let directory = state.directory
        let candidates = directory.compounds.indices.filter { i in
            state.board.area.map { directory.compounds[i].area == directory.areas[$0].id } ?? true
        }
        guard !candidates.isEmpty else { return }
        // Positions: -1 is "all", then each candidate.
        let count = candidates.count
        let current = state.board.compound.flatMap { candidates.firstIndex(of: $0) } ?? -1
        let position = current + delta
        let wrapped = ((position + 1) % (count + 1) + (count + 1)) % (count + 1) - 1
        state.board.compound = wrapped < 0 ? nil : candidates[wrapped]
        resetCursor(&state)
    }

    static func moveRow(_ state: inout AppState, by delta: Int) {
        let posts = posts(state)
        guard !posts.isEmpty else { return }
        state.board.cursor.move(delta, count: posts.count, page: page(state))
        state.board.column = min(state.board.column, max(0, state.index.value.shifts[posts[state.board.cursor.row]].count - 1))
        keepVisible(&state)
    }

    static func moveColumn(_ state: inout AppState, _ delta: Int) {
        let posts = posts(state)
        guard state.board.cursor.row < posts.count else { return }
        let count = state.index.value.shifts[posts[state.board.cursor.row]].count
        state.board.column = max(0, min(count - 1, state.board.column + delta))
    }

    /// Keeps the board's and the open slot's cursors on their pages (after a resize).
    static func keepVisible(_ state: inout AppState) {
        state.board.cursor.keepVisible(page: page(state))
        if var slot = state.slot {
            slot.cursor.clamp(count: slot.lines.count)
            slot.cursor.keepVisible(page: SlotScreen.page(state))
            state.slot = slot
        }
    }

    static func draw(_ state: AppState, _ screen: inout ScreenBuffer) {
        let l = state.language
        let posts = posts(state)
        let nameWidth = min(24, max(12, (screen.width - 2) / 4))
        let cellWidth = max(8, (screen.width - nameWidth - 1) / maxShiftColumns - 1)
        screen.put(l == .zh ? "岗位" : "Post", x: 0, y: 1, columns: nameWidth, role: .header)
        for c in 0..<maxShiftColumns {
            let header = l == .zh ? "班次\(["一", "二", "三"][c])：人数 在岗" : "Shift \(c + 1): count, who"
            screen.put(header, x: nameWidth + 1 + c * (cellWidth + 1), y: 1, columns: cellWidth, role: .header)
        }
        if posts.isEmpty {
            screen.put(l == .zh ? "没有岗位：请先导入岗位（zhiban import）" : "No posts: import some first (zhiban import)", x: 0, y: 3,
                       columns: screen.width, role: .dim)
            return
        }
        let index = state.index.value
        func person(_ id: PersonID) -> Person? { index.person[id].map { state.directory.people[$0] } }
        // Grouped by post and shift (the date is fixed), without building slot ID strings.
        struct PostShift: Hashable { let post: PostID, shift: String }
        var bySlot: [PostShift: [Assignment]] = [:]
        for assignment in state.assignments where assignment.slot.date == state.date {
            bySlot[PostShift(post: assignment.slot.post, shift: assignment.slot.shift), default: []].append(assignment)
        }
        let cursor = state.board.cursor
        let desk = Desk(state.directory, graceMinutes: state.desk.grace)
        for (i, post) in posts.enumerated().dropFirst(cursor.scroll).prefix(page(state)) {
            let row = row(state, post)
            let y = 2 + i - cursor.scroll
            screen.put(row.post.name, x: 0, y: y, columns: nameWidth, role: i == cursor.row ? .header : .normal)
            for (c, shift) in row.shifts.prefix(maxShiftColumns).enumerated() {
                let slot = Slot(post: row.post.id, date: state.date, shift: shift.code)
                let members = (bySlot[PostShift(post: slot.post, shift: slot.shift)] ?? []).sorted { $0.person.rawValue < $1.person.rawValue }
                let broken = !state.violated.isEmpty && state.violated.contains(slot.id)
                let rule = row.post.rule(for: shift.code)
                let minimum = rule?.minimum ?? 0
                let roles = members.compactMap { person($0.person)?.roles }
                let lacksRole = rule?.requirements.contains { requirement in
                    roles.filter { requirement.group.matches($0) }.count < requirement.atLeast
                } ?? false
                // Plan and actual: each name with what the desk recorded (到 迟 缺 假 未 临), and
                // those absent and replaced in brackets after.
                let attendance = state.attendance.value.entries(slot, members: members, desk: desk, now: state.now)
                let names = attendance.map { entry in
                    let name = state.displayName(entry.person)
                        + (members.first { $0.person == entry.person }?.pinned == true ? "*" : "")
                        + (entry.mark?(l) ?? "")
                    return entry.onRoster ? name : "(\(name))"
                }
                // A mark that survives without colour: ! broken rule, - short, # overridden.
                let mark = broken ? "!" : (members.count < minimum || lacksRole ? "-" : state.overridden.contains(slot.id) ? "#" : "")
                let text = "\(mark)\(shift.name) \(members.count)/\(minimum) " + names.joined(separator: " ")
                let role: StyleRole = i == cursor.row && c == state.board.column ? .selected
                    : broken ? .violated
                    : members.count < minimum || lacksRole ? .short : members.contains { $0.pinned } ? .pinned : .full
                screen.put(text, x: nameWidth + 1 + c * (cellWidth + 1), y: y, columns: cellWidth, role: role)
            }
        }
        // Where the cursor is, and who is on the selected slot in full (a cell cuts long names).
        var shown = l == .zh ? "第 \(cursor.row + 1)/\(posts.count) 个岗位" : "post \(cursor.row + 1) of \(posts.count)"
        if let slot = selectedSlot(state), let shift = state.index.value.shifts[posts[cursor.row]].first(where: { $0.code == slot.shift }) {
            // With what the desk recorded, in words (plan and actual), and those replaced.
            let members = (bySlot[PostShift(post: slot.post, shift: slot.shift)] ?? []).sorted { $0.person.rawValue < $1.person.rawValue }
            let who = state.attendance.value.entries(slot, members: members, desk: desk, now: state.now).map { entry in
                let pinned = members.first { $0.person == entry.person }?.pinned == true ? "*" : ""
                let words = entry.isNews ? "（\(entry.words(state.displayName)(l))）" : ""
                return state.displayName(entry.person) + pinned + words
            }
            shown += "　\(shift.name)：" + (who.isEmpty ? (l == .zh ? "无人" : "nobody") : who.joined(separator: l == .zh ? "、" : ", "))
        }
        if state.status == nil { screen.put(shown, x: 0, y: screen.height - 2, columns: screen.width, role: .dim) }
    }
}

extension AppState {
    /// The slot under the board's cursor.
    public var boardSlot: Slot? { BoardScreen.selectedSlot(self) }

    /// How many posts the board lists now (for tests).
    public var boardRowCountForTests: Int { BoardScreen.posts(self).count }
}
