import DutyModel
import TerminalKit

/// The smallest terminal the interface draws in; below it, one line says so.
public let minimumSize = (width: 40, height: 10)

/// Draws the state. Pure: the same state always gives the same screen.
public func render(_ state: AppState) -> ScreenBuffer {
    var screen = ScreenBuffer(width: state.width, height: state.height)
    let l = state.language
    guard state.width >= minimumSize.width, state.height >= minimumSize.height else {
        screen.put(l == .zh ? "终端太小（至少 \(minimumSize.width)×\(minimumSize.height)）" : "Terminal too small (need \(minimumSize.width)×\(minimumSize.height))",
                   x: 0, y: 0, columns: state.width, role: .error)
        return screen
    }
    drawTitle(&screen, state)
    switch state.screen {
    case .board: drawBoard(&screen, state)
    case .slot: drawSlot(&screen, state)
    case .solver: drawSolver(&screen, state)
    case .people: drawPeople(&screen, state)
    case .person: drawPerson(&screen, state)
    case .editor: drawEditor(&screen, state)
    case .desk: drawDesk(&screen, state)
    case .hours: drawHours(&screen, state)
    case .print: drawPrint(&screen, state)
    case .help: drawHelp(&screen, state)
    }
    drawStatus(&screen, state)
    drawFunctionBar(&screen, state)
    return screen
}

func drawTitle(_ screen: inout ScreenBuffer, _ state: AppState) {
    let l = state.language
    let post = state.screen == .desk ? state.desk.post.flatMap { id in state.directory.posts.first { $0.id == id }?.name } : nil
    var place = post ?? state.compound.map { state.directory.compounds[$0].name }
        ?? state.area.map { state.directory.areas[$0].name } ?? (l == .zh ? "全部小区" : "all compounds")
    if let kind = state.kind { place += " · " + kind.name(l) }
    let shown = state.screen == .desk ? state.now.date : state.date
    let weekday = shown.weekday.name(l)
    let date = "\(shown) \(l == .zh ? weekday : weekday.prefix(1).uppercased() + weekday.dropFirst())"
    let text = "值班 Zhiban · \(state.screen.title(l)) · \(date) · \(place)"
    screen.fill(x: 0, y: 0, width: screen.width, height: 1, role: .title)
    screen.put(text, x: 1, y: 0, columns: screen.width - 1, role: .title)
}

func drawStatus(_ screen: inout ScreenBuffer, _ state: AppState) {
    let y = screen.height - 2
    guard let status = state.status else { return }
    screen.put(status.text(state.language), x: 0, y: y, columns: screen.width, role: status.isError ? .error : .status)
}

/// The function bar: each command with a bar label on this screen, by its first key. When
/// they do not all fit, items go from the middle; help comes first and quit stays last.
func drawFunctionBar(_ screen: inout ScreenBuffer, _ state: AppState) {
    let y = screen.height - 1
    var items: [(key: String, label: String)] = []
    for spec in CommandTable.all where spec.screens.contains(state.screen) {
        // Where typing is text, a letter key would be typed: show a key that is not.
        let keys = state.keyMap.keys(for: spec.command).filter { key in
            guard state.takesText, case .character = key else { return true }
            return false
        }
        guard let label = spec.bar, let key = keys.first else { continue }
        items.append((key.spec, label(state.language)))
    }
    func width(_ list: [(key: String, label: String)]) -> Int {
        list.reduce(0) { $0 + DisplayWidth.of($1.key) + 1 + DisplayWidth.of($1.label) + 1 }
    }
    while items.count > 2 && width(items) > screen.width { items.remove(at: items.count - 2) }
    var x = 0
    for item in items where x + DisplayWidth.of(item.key) + 1 + DisplayWidth.of(item.label) <= screen.width {
        x += screen.put(item.key + " ", x: x, y: y, role: .functionKey)
        x += screen.put(item.label, x: x, y: y, role: .functionLabel)
        x += screen.put(" ", x: x, y: y)
    }
}

// MARK: Board

func drawBoard(_ screen: inout ScreenBuffer, _ state: AppState) {
    let l = state.language
    let posts = state.boardPosts
    let nameWidth = min(24, max(12, (screen.width - 2) / 4))
    let cellWidth = max(8, (screen.width - nameWidth - 1) / state.maxShiftColumns - 1)
    screen.put(l == .zh ? "岗位" : "Post", x: 0, y: 1, columns: nameWidth, role: .header)
    for c in 0..<state.maxShiftColumns {
        let header = l == .zh ? "班次\(["一", "二", "三"][c])：人数 在岗" : "Shift \(c + 1): count, who"
        screen.put(header, x: nameWidth + 1 + c * (cellWidth + 1), y: 1, columns: cellWidth, role: .header)
    }
    if posts.isEmpty {
        screen.put(l == .zh ? "没有岗位：请先导入岗位（zhiban import）" : "No posts: import some first (zhiban import)", x: 0, y: 3,
                   columns: screen.width, role: .dim)
        return
    }
    func person(_ id: PersonID) -> Person? { state.index.person[id].map { state.directory.people[$0] } }
    // Grouped by post and shift (the date is fixed), without building slot ID strings.
    struct PostShift: Hashable { let post: PostID, shift: String }
    var bySlot: [PostShift: [Assignment]] = [:]
    for assignment in state.assignments where assignment.slot.date == state.date {
        bySlot[PostShift(post: assignment.slot.post, shift: assignment.slot.shift), default: []].append(assignment)
    }
    let page = state.boardPage
    for (i, post) in posts.enumerated().dropFirst(state.scroll).prefix(page) {
        let row = state.boardRow(post)
        let y = 2 + i - state.scroll
        screen.put(row.post.name, x: 0, y: y, columns: nameWidth, role: i == state.row ? .header : .normal)
        for (c, shift) in row.shifts.prefix(state.maxShiftColumns).enumerated() {
            let slot = Slot(post: row.post.id, date: state.date, shift: shift.code)
            let members = (bySlot[PostShift(post: slot.post, shift: slot.shift)] ?? []).sorted { $0.person.rawValue < $1.person.rawValue }
            let broken = !state.violated.isEmpty && state.violated.contains(slot.id)
            let rule = row.post.rule(for: shift.code)
            let minimum = rule?.minimum ?? 0
            let roles = members.compactMap { person($0.person)?.roles }
            let lacksRole = rule?.requirements.contains { requirement in
                roles.filter { requirement.group.matches($0) }.count < requirement.atLeast
            } ?? false
            let names = members.map { (person($0.person)?.name ?? $0.person.rawValue) + ($0.pinned ? "*" : "") }
            // A mark that survives without colour: ! broken rule, - short.
            let mark = broken ? "!" : (members.count < minimum || lacksRole ? "-" : "")
            let text = "\(mark)\(shift.name) \(members.count)/\(minimum) " + names.joined(separator: " ")
            let role: StyleRole = i == state.row && c == state.column ? .selected
                : broken ? .violated
                : members.count < minimum || lacksRole ? .short : members.contains { $0.pinned } ? .pinned : .full
            screen.put(text, x: nameWidth + 1 + c * (cellWidth + 1), y: y, columns: cellWidth, role: role)
        }
    }
    let shown = l == .zh ? "第 \(state.row + 1)/\(posts.count) 个岗位" : "post \(state.row + 1) of \(posts.count)"
    if state.status == nil { screen.put(shown, x: 0, y: screen.height - 2, columns: screen.width, role: .dim) }
}

// MARK: Slot

func drawSlot(_ screen: inout ScreenBuffer, _ state: AppState) {
    let l = state.language
    guard let slot = state.slot else { return }
    var head = l == .zh ? "\(slot.label)：需 \(slot.minimum)–\(slot.maximum) 人，现 \(slot.lines.filter(\.isMember).count) 人"
                        : "\(slot.label): needs \(slot.minimum)–\(slot.maximum), has \(slot.lines.filter(\.isMember).count)"
    if !slot.missingRoles.isEmpty {
        head += l == .zh ? "，缺少\(slot.missingRoles.joined(separator: "、"))" : ", lacks \(slot.missingRoles.joined(separator: ", "))"
    }
    screen.put(head, x: 0, y: 1, columns: screen.width, role: .header)
    let nameWidth = 14, rolesWidth = min(24, max(10, screen.width / 4))
    let statusX = 2 + nameWidth + 1 + rolesWidth + 1
    screen.put(l == .zh ? "姓名" : "Name", x: 2, y: 2, columns: nameWidth, role: .header)
    screen.put(l == .zh ? "身份" : "Roles", x: 2 + nameWidth + 1, y: 2, columns: rolesWidth, role: .header)
    screen.put(l == .zh ? "情况" : "Status", x: statusX, y: 2, columns: screen.width - statusX, role: .header)
    for (i, line) in slot.lines.enumerated().dropFirst(slot.scroll).prefix(state.slotPage) {
        let y = 3 + i - slot.scroll
        let selected = i == slot.cursor
        let mark = line.isMember ? (line.pinned ? "*" : "●") : (line.hasMissingRole ? "+" : " ")
        let status: String
        let role: StyleRole
        if line.isMember {
            status = line.pinned ? (l == .zh ? "在岗（已锁定）" : "on it (pinned)") : (l == .zh ? "在岗" : "on it")
            role = line.pinned ? .pinned : .full
        } else if let blocked = line.blocked {
            status = (l == .zh ? "受阻：" : "blocked: ") + blocked(l)
            role = .dim
        } else {
            let away = line.resident ? "" : (l == .zh ? "（外小区）" : " (other compound)")
            status = (l == .zh ? "可排，软分 " : "free, soft ") + String(format: "%+d", line.cost ?? 0) + away
            role = .normal
        }
        screen.put(mark, x: 0, y: y, columns: 2, role: selected ? .selected : role)
        screen.put(line.name, x: 2, y: y, columns: nameWidth, role: selected ? .selected : role)
        screen.put(" ", x: 2 + nameWidth, y: y, columns: 1, role: selected ? .selected : role)
        screen.put(line.roles, x: 2 + nameWidth + 1, y: y, columns: rolesWidth, role: selected ? .selected : role)
        screen.put(" ", x: statusX - 1, y: y, columns: 1, role: selected ? .selected : role)
        screen.put(status, x: statusX, y: y, columns: screen.width - statusX, role: selected ? .selected : role)
    }
}

// MARK: Help

extension AppState {
    /// Lines of the help screen (generated from the command table and the key map).
    var helpLines: [(String, StyleRole)] {
        let l = language
        var lines: [(String, StyleRole)] = []
        for kind in ScreenKind.allCases {
            let specs = CommandTable.all.filter { $0.screens.contains(kind) }
            guard !specs.isEmpty else { continue }
            lines.append((kind.title(l), .header))
            for spec in specs {
                let keys = keyMap.keys(for: spec.command).map(\.spec).joined(separator: " ")
                lines.append((DisplayWidth.pad(keys, to: 18) + " " + spec.help(l), .normal))
            }
            lines.append(("", .normal))
        }
        return lines
    }

    var helpLineCount: Int { helpLines.count }
}

func drawHelp(_ screen: inout ScreenBuffer, _ state: AppState) {
    let lines = state.helpLines
    for (i, line) in lines.enumerated().dropFirst(state.helpScroll).prefix(screen.height - 3) {
        screen.put(line.0, x: 1, y: 1 + i - state.helpScroll, columns: screen.width - 1, role: line.1)
    }
}

// MARK: Solver

func drawSolver(_ screen: inout ScreenBuffer, _ state: AppState) {
    let l = state.language, zh = l == .zh
    guard let panel = state.solver else { return }
    let last = state.firstDay.adding(days: state.days - 1)
    screen.put(zh ? "为 \(state.firstDay) 至 \(last) 排班（已锁定的排班不动）" : "Rostering \(state.firstDay) to \(last) (pinned assignments stay)",
               x: 0, y: 1, columns: screen.width, role: .header)
    let progress = panel.progress
    let seconds = progress?.seconds ?? 0
    let fraction = panel.running ? min(1, seconds / max(0.1, state.solverSeconds)) : 1
    let barWidth = max(10, screen.width - 24)
    let filled = Int((Double(barWidth) * fraction).rounded(.down))
    screen.put(String(repeating: " ", count: filled), x: 0, y: 3, role: .progress)
    screen.put(String(repeating: " ", count: barWidth - filled), x: filled, y: 3, role: .dim)
    let stateText = panel.running ? (zh ? "求解中" : "solving") : (zh ? "已结束" : "done")
    screen.put(String(format: " %.1f / %.0f s  ", seconds, state.solverSeconds) + stateText, x: barWidth, y: 3,
               columns: screen.width - barWidth)
    if let progress {
        let text = zh ? "得分 \(progress.hard) 硬 / \(progress.soft) 软　缺人班次 \(progress.shortSlots)　改进 \(progress.improvements) 次"
                      : "score \(progress.hard) hard / \(progress.soft) soft   short slots \(progress.shortSlots)   improvements \(progress.improvements)"
        screen.put(text, x: 0, y: 4, columns: screen.width)
    } else {
        screen.put(zh ? "正在构造初始排班……" : "Building the first roster…", x: 0, y: 4, columns: screen.width, role: .dim)
    }
    guard let outcome = panel.outcome else {
        screen.put(zh ? "按 x 停止并保留目前最好的排班" : "Press x to stop and keep the best roster so far", x: 0, y: 6,
                   columns: screen.width, role: .dim)
        return
    }
    let summary = zh ? "结果：\(outcome.hard) 硬 / \(outcome.soft) 软；将新增 \(outcome.added) 条、撤下 \(outcome.removed) 条。按 a 采用，d 放弃。"
                     : "Result: \(outcome.hard) hard / \(outcome.soft) soft; \(outcome.added) to add, \(outcome.removed) to remove. a accepts, d discards."
    screen.put(summary, x: 0, y: 6, columns: screen.width, role: outcome.hard > 0 ? .violated : .full)
    screen.put(zh ? "为什么（按罚分从高到低）：" : "Why (most costly first):", x: 0, y: 7, columns: screen.width, role: .header)
    for (i, line) in outcome.lines.enumerated().dropFirst(panel.scroll).prefix(max(0, screen.height - 10)) {
        screen.put(line(l), x: 1, y: 8 + i - panel.scroll, columns: screen.width - 1)
    }
}

// MARK: People

func drawPeople(_ screen: inout ScreenBuffer, _ state: AppState) {
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
    for (i, person) in list.enumerated().dropFirst(state.people.scroll).prefix(state.slotPage) {
        let y = 3 + i - state.people.scroll
        let role: StyleRole = i == state.people.row ? .selected : .normal
        screen.fill(x: 0, y: y, width: screen.width, height: 1, role: role)
        var x = 0
        let hours = Double(state.load[person.id]?.minutes ?? 0) / 60
        let cells: [(String, Int, DisplayWidth.Alignment)] = [
            (person.id.rawValue, idW, .left), (person.name, nameW, .left), (compounds[person.compound] ?? "", compoundW, .left),
            (TextFormats.format(roles: person.roles, l), rolesW, .left),
            (hours == hours.rounded() ? "\(Int(hours))" : String(format: "%.1f", hours), hoursW, .right),
            ("\(state.load[person.id]?.nights ?? 0)", nightsW, .right),
        ]
        for (text, width, align) in cells {
            screen.put(text, x: x, y: y, columns: width, role: role, alignment: align)
            x += width + 1
        }
    }
    if list.isEmpty {
        screen.put(zh ? "没有符合筛选条件的人员" : "Nobody matches the filter", x: 0, y: 3, columns: screen.width, role: .dim)
    }
}

func drawPerson(_ screen: inout ScreenBuffer, _ state: AppState) {
    let l = state.language, zh = l == .zh
    guard let id = state.person, let person = state.directory.people.first(where: { $0.id == id }) else { return }
    let week = state.week(of: id)
    let minutes = week.reduce(0) { $0 + ($1.2?.minutes ?? 0) }
    let nights = week.filter { $0.2?.isNight == true }.count
    let limit = person.maxHoursPerWeek.map { zh ? "上限 \($0) 小时/周" : "limit \($0) h/week" } ?? (zh ? "未设上限" : "no limit set")
    let hours = Double(minutes) / 60
    let hoursText = hours == hours.rounded() ? "\(Int(hours))" : String(format: "%.1f", hours)
    let head = zh ? "\(person.name)（\(person.id)）　\(TextFormats.format(roles: person.roles, l))　本期 \(hoursText) 小时，夜班 \(nights) 个，\(limit)"
                  : "\(person.name) (\(person.id))   \(TextFormats.format(roles: person.roles, l))   \(hoursText) h, \(nights) nights, \(limit)"
    screen.put(head, x: 0, y: 1, columns: screen.width, role: .header)
    if week.isEmpty {
        screen.put(zh ? "载入的几天里没有排班" : "No duty on the loaded days", x: 0, y: 3, columns: screen.width, role: .dim)
        return
    }
    for (i, entry) in week.enumerated().dropFirst(state.personScroll).prefix(screen.height - 5) {
        let (assignment, post, shift) = entry
        let y = 2 + i - state.personScroll
        let date = assignment.slot.date
        let when = "\(String(date.description.dropFirst(5))) \(date.weekday.name(l))"
        let time = shift.map { "\($0.start)–\($0.end)" } ?? assignment.slot.shift
        let text = "\(when)  \(DisplayWidth.pad(time, to: 11))  \(post?.name ?? assignment.slot.post.rawValue)"
            + (assignment.pinned ? (zh ? "（已锁定）" : " (pinned)") : "")
        screen.put(text, x: 1, y: y, columns: screen.width - 1, role: shift?.isNight == true ? .header : .normal)
    }
}

func drawEditor(_ screen: inout ScreenBuffer, _ state: AppState) {
    let l = state.language, zh = l == .zh
    guard let editor = state.editor else { return }
    screen.put(zh ? "编辑 \(editor.original.name)（\(editor.original.id)）：Tab 换项，F2 保存，Esc 放弃"
                  : "Editing \(editor.original.name) (\(editor.original.id)): Tab moves, F2 saves, Esc discards",
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
        // Show the end of a long value while it is being typed.
        var shown = value
        while DisplayWidth.of(shown) > valueW { shown.removeFirst() }
        screen.put(shown, x: labelW + 1, y: y, columns: valueW, role: selected ? .input : .normal)
        if let problem = editor.problems[field.rawValue] {
            screen.put(problem(l), x: problemX, y: y, columns: screen.width - problemX, role: .error)
        }
    }
}

func drawDesk(_ screen: inout ScreenBuffer, _ state: AppState) {
    let l = state.language, zh = l == .zh
    let lines = state.deskLines
    let query = (zh ? "查找：" : "Find: ") + state.desk.query + (state.desk.standby == nil ? "_" : "")
    let hint = zh ? "拼音首字母、全拼、手机尾号或编号" : "pinyin initials, full pinyin, phone tail or number"
    let clock = zh ? "\(state.now) · 宽限 \(state.desk.grace) 分 · \(lines.count) 人"
                   : "\(state.now) · grace \(state.desk.grace) min · \(lines.count) people"
    screen.fill(x: 0, y: 1, width: screen.width, height: 1, role: .input)
    screen.put(query, x: 0, y: 1, columns: screen.width, role: .input)
    let queryWidth = DisplayWidth.of(query) + 2
    if screen.width - queryWidth > DisplayWidth.of(clock) + DisplayWidth.of(hint) + 4 {
        screen.put(hint, x: queryWidth, y: 1, columns: DisplayWidth.of(hint), role: .dim)
    }
    screen.put(clock, x: max(queryWidth, screen.width - DisplayWidth.of(clock)), y: 1,
               columns: min(screen.width - queryWidth, DisplayWidth.of(clock)), role: .input)
    let timeW = 11, nameW = 14, idW = 6, phoneW = 4, stateW = 14, inW = 5, outW = 5
    let postW = max(6, screen.width - timeW - nameW - idW - phoneW - stateW - inW - outW - 8)
    let columns: [(String, Int, DisplayWidth.Alignment)] = [
        (zh ? "班次" : "Shift", timeW, .left), (zh ? "岗位" : "Post", postW, .left), (zh ? "姓名" : "Name", nameW, .left),
        (zh ? "编号" : "ID", idW, .left), (zh ? "尾号" : "Tel", phoneW, .left), (zh ? "状态" : "State", stateW, .left),
        (zh ? "签到" : "In", inW, .left), (zh ? "签退" : "Out", outW, .left),
    ]
    var x = 0
    for (title, width, align) in columns {
        screen.put(title, x: x, y: 2, columns: width, role: .header, alignment: align)
        x += width + 1
    }
    let page = state.deskPage
    for (i, line) in lines.enumerated().dropFirst(state.desk.scroll).prefix(page) {
        let y = 3 + i - state.desk.scroll
        let selected = i == state.desk.cursor && state.desk.standby == nil
        let role: StyleRole
        switch line.state {
        case _ where selected: role = .selected
        case .overdue, .noShow: role = .error
        case .done, .excused: role = .dim
        case .onDuty: role = .header
        case .expected: role = .normal
        }
        screen.fill(x: 0, y: y, width: screen.width, height: 1, role: role)
        let cells = ["\(line.start.time)–\(line.end.time)", line.post, line.person.name, line.person.id.rawValue,
                     String(line.person.phone.suffix(4)), line.state.name(l),
                     line.record?.timeIn.map { "\($0.time)" } ?? "", line.record?.timeOut.map { "\($0.time)" } ?? ""]
        var x = 0
        for (text, column) in zip(cells, columns) {
            screen.put(text, x: x, y: y, columns: column.1, role: role, alignment: column.2)
            x += column.1 + 1
        }
    }
    if lines.isEmpty {
        let empty = state.desk.query.isEmpty
            ? (zh ? "此时没有正在进行或两小时内开始的班次（练习或补录可用 zhiban desk --now \"日期 时间\" 指定时间）"
                  : "No shift running now or starting within two hours (to practise or catch up: zhiban desk --now \"DATE TIME\")")
            : (zh ? "没有人符合“\(state.desk.query)”" : "Nobody fits “\(state.desk.query)”")
        screen.put(empty, x: 0, y: 3, columns: screen.width, role: .dim)
    }
    if let form = state.desk.form {
        let top = screen.height - 3 - form.values.count - 2
        let title: String
        switch form.kind {
        case .correction: title = zh ? "更正签到记录（原记录保留）：Tab 换项，回车保存，Esc 放弃" : "Correct the record (the old one stays): Tab moves, Enter saves, Esc cancels"
        case .walkIn: title = zh ? "临时报到：登记并签到到所选班次；Tab 换项，回车登记，Esc 放弃" : "Walk-in: register and check in on the selected slot; Tab moves, Enter registers, Esc cancels"
        }
        screen.fill(x: 0, y: top, width: screen.width, height: 1, role: .title)
        screen.put(title, x: 0, y: top, columns: screen.width, role: .title)
        for (i, label) in form.labels.enumerated() {
            let y = top + 1 + i
            let selected = i == form.field
            screen.fill(x: 0, y: y, width: screen.width, height: 1, role: .normal)
            screen.put(label(l), x: 1, y: y, columns: 10, role: selected ? .header : .normal)
            screen.put(form.values[i] + (selected ? "_" : ""), x: 12, y: y, columns: screen.width - 12, role: selected ? .input : .normal)
        }
        screen.fill(x: 0, y: top + 1 + form.values.count, width: screen.width, height: 1, role: .normal)
        if let problem = form.problem {
            screen.put(problem(l), x: 1, y: top + 1 + form.values.count, columns: screen.width - 1, role: .error)
        }
    }
    if let offer = state.desk.standby {
        let shown = Array(offer.candidates.prefix(8))
        let top = screen.height - 3 - max(1, shown.count) - 1
        screen.fill(x: 0, y: top, width: screen.width, height: 1, role: .title)
        screen.put(zh ? "替补 \(offer.absentName)（缺岗）：上下选择，回车调用，Esc 不调"
                      : "Stand in for \(offer.absentName) (no-show): ↑↓ choose, Enter calls up, Esc none",
                   x: 0, y: top, columns: screen.width, role: .title)
        if shown.isEmpty {
            screen.put(zh ? "没有可替补的人：都有排班、不在岗或规则不允许" : "Nobody can stand in: all busy, away or not allowed by a rule",
                       x: 2, y: top + 1, columns: screen.width - 2, role: .dim)
        }
        for (i, candidate) in shown.enumerated() {
            let role: StyleRole = i == offer.cursor ? .selected : .normal
            screen.fill(x: 0, y: top + 1 + i, width: screen.width, height: 1, role: role)
            screen.put("\(i + 1). \(DisplayWidth.pad(candidate.name, to: 12)) \(candidate.person.rawValue)  \(candidate.reason(l))",
                       x: 1, y: top + 1 + i, columns: screen.width - 1, role: role)
        }
    }
}

func drawHours(_ screen: inout ScreenBuffer, _ state: AppState) {
    let l = state.language, zh = l == .zh
    let report = state.hoursReport
    let hours = ServiceHours.hoursText
    let last = state.firstDay.adding(days: state.days - 1)
    let by: String
    switch state.desk.grouping {
    case .person: by = zh ? "按人员" : "by person"
    case .organisation: by = zh ? "按单位" : "by organisation"
    case .compound: by = zh ? "按小区" : "by compound"
    }
    let head = zh ? "\(state.firstDay) 至 \(last) · \(by) · 合计 \(hours(report.totalMinutes)) 小时 · 未签退 \(report.open.count) 条（不计入）"
                  : "\(state.firstDay) to \(last) · \(by) · total \(hours(report.totalMinutes)) h · \(report.open.count) open check-ins (not counted)"
    screen.put(head, x: 0, y: 1, columns: screen.width, role: .header)
    let idW = 8, hoursW = 8, recordsW = 8
    let nameW = max(8, screen.width - idW - hoursW - recordsW - 3)
    let columns: [(String, Int, DisplayWidth.Alignment)] = [
        (zh ? "编号" : "ID", idW, .left), (zh ? "名称" : "Name", nameW, .left),
        (zh ? "小时" : "Hours", hoursW, .right), (zh ? "记录" : "Records", recordsW, .right),
    ]
    var x = 0
    for (title, width, align) in columns {
        screen.put(title, x: x, y: 2, columns: width, role: .header, alignment: align)
        x += width + 1
    }
    let page = max(1, screen.height - 6)
    for (i, line) in report.lines.enumerated().dropFirst(state.desk.hoursScroll).prefix(page) {
        let y = 3 + i - state.desk.hoursScroll
        var x = 0
        for (text, column) in zip([line.key, line.name, hours(line.minutes), "\(line.records)"], columns) {
            screen.put(text, x: x, y: y, columns: column.1, role: .normal, alignment: column.2)
            x += column.1 + 1
        }
    }
    if report.lines.isEmpty {
        screen.put(zh ? "载入的几天里没有签到签退齐全的记录" : "No record with both a check-in and a check-out on the loaded days",
                   x: 0, y: 3, columns: screen.width, role: .dim)
    }
}

func drawPrint(_ screen: inout ScreenBuffer, _ state: AppState) {
    let l = state.language, zh = l == .zh
    guard let menu = state.printMenu else { return }
    if menu.preview != nil {
        let lines = state.printPreviewLines
        for (i, line) in lines.dropFirst(menu.scroll).prefix(max(0, screen.height - 4)).enumerated() {
            screen.put(line, x: 1, y: 1 + i, columns: screen.width - 1, role: .normal)
        }
        return
    }
    screen.put(zh ? "打印所选岗位的文档：上下选择，回车预览" : "Documents for the selected post: ↑↓ choose, Enter previews",
               x: 0, y: 1, columns: screen.width, role: .header)
    for (i, choice) in menu.choices.enumerated() {
        let y = 3 + i
        guard y < screen.height - 2 else { break }
        let role: StyleRole = i == menu.cursor ? .selected : .normal
        screen.fill(x: 0, y: y, width: screen.width, height: 1, role: role)
        let pages = choice.documents.count
        screen.put("\(i + 1). \(choice.label(l))" + (zh ? "　→ \(choice.file)（\(pages) 份）" : "  → \(choice.file) (\(pages))"),
                   x: 1, y: y, columns: screen.width - 1, role: role)
    }
}
