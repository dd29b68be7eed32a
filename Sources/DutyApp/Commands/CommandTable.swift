import DutyModel
import TerminalKit

/// Where a command applies.
public enum ScreenKind: String, CaseIterable, Sendable, Hashable {
    case board, slot, solver, people, person, editor, desk, hours, print, help

    public var title: Localized {
        switch self {
        case .board: Localized(zh: "岗位看板", en: "Post board")
        case .slot: Localized(zh: "班次详情", en: "Slot")
        case .solver: Localized(zh: "自动排班", en: "Solver")
        case .people: Localized(zh: "人员", en: "People")
        case .person: Localized(zh: "个人一周", en: "Person's week")
        case .editor: Localized(zh: "编辑人员", en: "Edit person")
        case .desk: Localized(zh: "签到台", en: "Duty desk")
        case .hours: Localized(zh: "服务时长", en: "Hours served")
        case .print: Localized(zh: "打印", en: "Print")
        case .help: Localized(zh: "帮助", en: "Help")
        }
    }
}

/// Every command the interface knows, by a stable name (used in the keys file).
public enum Command: String, CaseIterable, Sendable, Hashable {
    case help, quit, back
    case up, down, left, right, pageUp, pageDown, top, bottom
    case nextDay = "next-day", previousDay = "previous-day"
    case nextCompound = "next-compound", previousCompound = "previous-compound"
    case nextArea = "next-area", nextKind = "next-kind"
    case open
    case assign, unassign, pin, swap
    case undo, redo
    case solve, stopSolver = "stop-solver", accept, discard
    case redraw
    case people, filter, edit, save, nextField = "next-field", previousField = "previous-field"
    case desk, checkInOut = "check-in-out", noShow = "no-show", deskUndo = "desk-undo"
    case excused, correct, walkIn = "walk-in", closeShift = "close-shift"
    case hours, nextGrouping = "next-grouping"
    case print, writePDF = "write-pdf", sendPDF = "send-pdf"
    /// Confirms an override prompt (a change that breaks a hard rule, with a reason).
    case confirm
}

/// One row of the command table: the single source of key dispatch, the function bar, the
/// help screen and docs/keys.md.
public struct CommandSpec: Equatable, Sendable {
    public let command: Command
    public let keys: [Key]
    /// Label on the function bar (nil: not on the bar).
    public let bar: Localized?
    public let help: Localized
    public let screens: Set<ScreenKind>

    public init(command: Command, keys: [Key], bar: Localized?, help: Localized, screens: Set<ScreenKind>) {
        self.command = command
        self.keys = keys
        self.bar = bar
        self.help = help
        self.screens = screens
    }
}

public enum CommandTable {
    static let everywhere = Set(ScreenKind.allCases)
    static let lists: Set<ScreenKind> = [.board, .slot, .solver, .people, .person, .desk, .hours, .print, .help]

    // Columns: command, default keys, function-bar label, help text, screens.
    public static let all: [CommandSpec] = [
        CommandSpec(command: .help, keys: [.character("?"), .function(1)], bar: Localized(zh: "帮助", en: "Help"),
                    help: Localized(zh: "显示帮助：本屏的按键在前，再是其他屏的按键和标记、颜色、用语的说明",
                                    en: "Show help: this screen's keys first, then the other screens' and what marks, colours and words mean"), screens: [.board, .slot, .solver, .people, .person, .desk, .hours]),
        CommandSpec(command: .desk, keys: [.character("c"), .function(4)], bar: Localized(zh: "签到台", en: "Desk"),
                    help: Localized(zh: "签到台：正在进行和即将开始的班次，谁已到、谁迟到；输入拼音首字母、全拼、手机尾号或编号查找",
                                    en: "Duty desk: shifts running and starting soon, who is here, who is late; type pinyin initials, full pinyin, a phone tail or a person number"),
                    screens: [.board]),
        CommandSpec(command: .checkInOut, keys: [.enter], bar: Localized(zh: "签到/退", en: "In/out"),
                    help: Localized(zh: "为所选的人签到（已在岗则签退，提前签退须写原因）；替补列表中：调用所选替补",
                                    en: "Check the selected person in (out, when on duty; leaving early needs a reason); in the standby list: call up the chosen standby"),
                    screens: [.desk]),
        CommandSpec(command: .noShow, keys: [.function(5)], bar: Localized(zh: "缺岗", en: "No-show"),
                    help: Localized(zh: "把所选的人记为缺岗，并立即列出可替补的人（按代价排序，附理由）；开班加宽限之前须再按一次确认",
                                    en: "Mark the selected person a no-show and list who could stand in at once (cheapest first, with why); before the start and the grace, press it again to confirm"),
                    screens: [.desk]),
        CommandSpec(command: .deskUndo, keys: [.function(8), .control("u")], bar: Localized(zh: "撤销", en: "Undo"),
                    help: Localized(zh: "撤销签到台上的上一步（签到、签退、缺岗、结束本班或调用替补），撤销也记入签到记录",
                                    en: "Undo the desk's last step (check-in, check-out, no-show, closing a shift or standby call-up); the undo is logged too"),
                    screens: [.desk]),
        CommandSpec(command: .excused, keys: [.function(4)], bar: Localized(zh: "请假", en: "Excused"),
                    help: Localized(zh: "所选的人来不了（请假）：记下并立即列出可替补的人", en: "The selected person cannot come (excused): record it and list standbys at once"),
                    screens: [.desk]),
        CommandSpec(command: .correct, keys: [.function(6)], bar: Localized(zh: "更正", en: "Correct"),
                    help: Localized(zh: "更正所选记录的签到、签退时间（须写原因，原记录保留）", en: "Correct the selected record's times (a reason is required; the old record stays)"),
                    screens: [.desk]),
        CommandSpec(command: .walkIn, keys: [.function(7)], bar: Localized(zh: "临时报到", en: "Walk-in"),
                    help: Localized(zh: "临时报到：登记一位志愿者（姓名、手机、性别、出生年份、身份）到所选班次并签到",
                                    en: "Walk-in: register a volunteer (name, phone, sex, year of birth, roles) on the selected slot and check them in"),
                    screens: [.desk]),
        CommandSpec(command: .closeShift, keys: [.function(3)], bar: Localized(zh: "结束本班", en: "Close"),
                    help: Localized(zh: "所选班次已结束：仍未签退的人按计划结束时间签退，记为协调员结束（计入时长，单独列出）",
                                    en: "The selected shift has ended: check out whoever is still checked in at the planned end, marked as closed by the coordinator (counted, and listed apart in the hours)"),
                    screens: [.desk]),
        CommandSpec(command: .hours, keys: [.character("H"), .function(9)], bar: Localized(zh: "时长", en: "Hours"),
                    help: Localized(zh: "服务时长：载入几天的签到记录按人员、单位或小区合计（未签退的单列，不计入）",
                                    en: "Hours served on the loaded days from the check-in log, by person, organisation or compound (open check-ins listed, not counted)"),
                    screens: [.desk]),
        CommandSpec(command: .nextGrouping, keys: [.tab, .character("b")], bar: Localized(zh: "分组", en: "Group by"),
                    help: Localized(zh: "按人员、单位或小区合计（循环）", en: "Total by person, organisation or compound (cycles)"),
                    screens: [.hours]),
        CommandSpec(command: .print, keys: [.control("p"), .function(2)], bar: Localized(zh: "打印", en: "Print"),
                    help: Localized(zh: "打印所选岗位、班次的文档：签到表、值班表、出入登记表、小区全部签到表、一周值班表；先预览再写成 PDF",
                                    en: "Print documents for the selected post and shift: sign-in sheet, shift sheet, entry register, the compound's sign-in sheets, weekly roster; preview, then write the PDF"),
                    screens: [.board]),
        CommandSpec(command: .writePDF, keys: [.enter], bar: Localized(zh: "预览/写PDF", en: "Preview/PDF"),
                    help: Localized(zh: "预览所选文档；预览中：写成 PDF（字体内嵌，写在当前文件夹）", en: "Preview the chosen document; in the preview: write the PDF (fonts embedded, in the current folder)"),
                    screens: [.print]),
        CommandSpec(command: .sendPDF, keys: [.function(12)], bar: Localized(zh: "送打印机", en: "To printer"),
                    help: Localized(zh: "把所选文档送打印机（lp）", en: "Send the chosen document to the printer (lp)"), screens: [.print]),
        CommandSpec(command: .people, keys: [.function(3), .character("P")], bar: Localized(zh: "人员", en: "People"),
                    help: Localized(zh: "人员列表（可按姓名、拼音首字母、小区、身份筛选）", en: "People (filter by name, pinyin initials, compound, role)"),
                    screens: [.board]),
        CommandSpec(command: .filter, keys: [.character("/")], bar: Localized(zh: "筛选", en: "Filter"),
                    help: Localized(zh: "输入筛选：姓名、编号、拼音（如 zw）、小区或身份；回车结束，Esc 清除",
                                    en: "Type to filter: name, ID, pinyin (e.g. zw), compound or role; Enter ends, Esc clears"),
                    screens: [.people]),
        CommandSpec(command: .edit, keys: [.character("e"), .function(4)], bar: Localized(zh: "编辑", en: "Edit"),
                    help: Localized(zh: "编辑所选人员", en: "Edit the selected person"), screens: [.people, .person]),
        CommandSpec(command: .save, keys: [.function(2), .control("s")], bar: Localized(zh: "保存", en: "Save"),
                    help: Localized(zh: "保存（有问题时不能保存）", en: "Save (not while a field has a problem)"), screens: [.editor]),
        CommandSpec(command: .nextField, keys: [.tab, .down], bar: nil,
                    help: Localized(zh: "下一项", en: "Next field"), screens: [.editor]),
        CommandSpec(command: .previousField, keys: [.backTab, .up], bar: nil,
                    help: Localized(zh: "上一项", en: "Previous field"), screens: [.editor]),
        CommandSpec(command: .open, keys: [.enter], bar: Localized(zh: "详情", en: "Open"),
                    help: Localized(zh: "打开所选项：班次的在岗人员与候选人，或人员的一周", en: "Open the selection: a slot's people and candidates, or a person's week"),
                    screens: [.board, .people]),
        CommandSpec(command: .assign, keys: [.character("a"), .enter], bar: Localized(zh: "排入", en: "Assign"),
                    help: Localized(zh: "把所选候选人排入此班", en: "Put the selected candidate on the slot"), screens: [.slot]),
        CommandSpec(command: .unassign, keys: [.character("d"), .delete], bar: Localized(zh: "撤下", en: "Remove"),
                    help: Localized(zh: "把所选人员从此班撤下", en: "Take the selected person off the slot"), screens: [.slot]),
        CommandSpec(command: .pin, keys: [.character("p")], bar: Localized(zh: "锁定", en: "Pin"),
                    help: Localized(zh: "锁定或解锁所选人员的排班（求解时不动）", en: "Pin or unpin the selected assignment (the solver keeps it)"),
                    screens: [.slot]),
        CommandSpec(command: .swap, keys: [.character("s")], bar: Localized(zh: "交换", en: "Swap"),
                    help: Localized(zh: "交换两人的班次：在一个班次选中一人按 s，再到另一班次选中一人按 s",
                                    en: "Swap two people's slots: s on someone, then s on someone in another slot"),
                    screens: [.slot]),
        CommandSpec(command: .undo, keys: [.character("u")], bar: Localized(zh: "撤销", en: "Undo"),
                    help: Localized(zh: "撤销上一次修改（重启后仍可撤销）", en: "Undo the last change (also after a restart)"),
                    screens: [.board, .slot]),
        CommandSpec(command: .redo, keys: [.control("r"), .character("U")], bar: nil,
                    help: Localized(zh: "重做刚撤销的修改", en: "Redo the change just undone"), screens: [.board, .slot]),
        CommandSpec(command: .solve, keys: [.function(9), .character("S")], bar: Localized(zh: "排班", en: "Solve"),
                    help: Localized(zh: "自动排班：在后台为载入的几天求解，可随时停止", en: "Solve the loaded days in the background; stop any time"),
                    screens: [.board]),
        CommandSpec(command: .stopSolver, keys: [.character("x"), .function(9)], bar: Localized(zh: "停止", en: "Stop"),
                    help: Localized(zh: "停止求解，保留目前最好的排班", en: "Stop the search, keeping the best roster so far"), screens: [.solver]),
        CommandSpec(command: .accept, keys: [.character("a"), .enter], bar: Localized(zh: "采用", en: "Accept"),
                    help: Localized(zh: "采用求解结果（可撤销）", en: "Accept the solver's roster (can be undone)"), screens: [.solver]),
        CommandSpec(command: .discard, keys: [.character("d"), .escape], bar: Localized(zh: "放弃", en: "Discard"),
                    help: Localized(zh: "放弃求解结果，回到看板", en: "Discard the solver's roster and go back"), screens: [.solver]),
        CommandSpec(command: .previousDay, keys: [.character("["), .function(5)], bar: Localized(zh: "前一天", en: "Prev day"),
                    help: Localized(zh: "看前一天", en: "Show the day before"), screens: [.board]),
        CommandSpec(command: .nextDay, keys: [.character("]"), .function(6)], bar: Localized(zh: "后一天", en: "Next day"),
                    help: Localized(zh: "看后一天", en: "Show the day after"), screens: [.board]),
        CommandSpec(command: .previousCompound, keys: [.character("{"), .function(7)], bar: Localized(zh: "上个小区", en: "Prev cmpd"),
                    help: Localized(zh: "只看上一个小区（从“全部”开始循环）", en: "Show the previous compound only (cycles through “all”)"),
                    screens: [.board]),
        CommandSpec(command: .nextCompound, keys: [.character("}"), .function(8)], bar: Localized(zh: "下个小区", en: "Next cmpd"),
                    help: Localized(zh: "只看下一个小区（从“全部”开始循环）", en: "Show the next compound only (cycles through “all”)"),
                    screens: [.board]),
        CommandSpec(command: .nextArea, keys: [.character("A")], bar: nil,
                    help: Localized(zh: "只看下一个片区（循环，含“全部”）", en: "Show the next area only (cycles through “all”)"),
                    screens: [.board]),
        CommandSpec(command: .nextKind, keys: [.character("t")], bar: nil,
                    help: Localized(zh: "只看下一类岗位（卡点、巡逻……循环，含“全部”）", en: "Show the next post kind only (cycles through “all”)"),
                    screens: [.board]),
        CommandSpec(command: .up, keys: [.up, .character("k")], bar: nil, help: Localized(zh: "上移", en: "Move up"), screens: lists),
        CommandSpec(command: .down, keys: [.down, .character("j")], bar: nil, help: Localized(zh: "下移", en: "Move down"), screens: lists),
        CommandSpec(command: .left, keys: [.left, .character("h")], bar: nil, help: Localized(zh: "左移（前一个班次）", en: "Move left (previous shift)"),
                    screens: [.board]),
        CommandSpec(command: .right, keys: [.right, .character("l")], bar: nil, help: Localized(zh: "右移（后一个班次）", en: "Move right (next shift)"),
                    screens: [.board]),
        CommandSpec(command: .pageUp, keys: [.pageUp], bar: nil, help: Localized(zh: "上翻一页", en: "Page up"), screens: lists),
        CommandSpec(command: .pageDown, keys: [.pageDown, .character(" ")], bar: nil, help: Localized(zh: "下翻一页", en: "Page down"), screens: lists),
        CommandSpec(command: .top, keys: [.home, .character("g")], bar: nil, help: Localized(zh: "到第一行", en: "Go to the first row"), screens: lists),
        CommandSpec(command: .bottom, keys: [.end, .character("G")], bar: nil, help: Localized(zh: "到最后一行", en: "Go to the last row"), screens: lists),
        CommandSpec(command: .back, keys: [.escape, .backspace], bar: Localized(zh: "返回", en: "Back"),
                    help: Localized(zh: "返回上一屏（看板上：取消待交换；编辑时：放弃修改）。输入文字时 Backspace 只删去一个字",
                                    en: "Back (on the board: cancel a swap; in the editor: discard the edit). While typing, Backspace deletes a character"),
                    screens: [.board, .slot, .people, .person, .editor, .desk, .hours, .print, .help]),
        CommandSpec(command: .confirm, keys: [.enter], bar: nil,
                    help: Localized(zh: "特批提示中：写明理由后确认，改动照做并记录特批（任何屏幕）",
                                    en: "In an override prompt: confirm with the reason typed; the change is made and the override recorded (any screen)"),
                    screens: []),
        CommandSpec(command: .redraw, keys: [.control("l")], bar: nil,
                    help: Localized(zh: "重画整个屏幕", en: "Redraw the whole screen"), screens: everywhere),
        CommandSpec(command: .quit, keys: [.character("q"), .function(10)], bar: Localized(zh: "退出", en: "Quit"),
                    help: Localized(zh: "退出（所有修改已随时保存）", en: "Quit (every change is already saved)"), screens: everywhere),
    ]

    public static func spec(_ command: Command) -> CommandSpec? { all.first { $0.command == command } }
}
