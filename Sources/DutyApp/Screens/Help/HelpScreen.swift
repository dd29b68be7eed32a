import DutyModel
import TerminalKit

/// The help screen's own state: the screen it returns to, and how far it is scrolled.
public struct HelpView: Equatable, Sendable {
    public var returnTo: ScreenKind = .board
    public var pager = Pager()

    public init() {}
}

/// The keys of the screen help was opened from first, then every other screen's, from the
/// command table and the user's key map; then what the marks, colours and words mean.
enum HelpScreen: Screen {
    static let kind = ScreenKind.help

    static let commands = Screens.commands([
        .back: { state in
            state.screen = state.help.returnTo
            return []
        },
    ], with: Screens.movement(page: page) { state, delta in
        state.help.pager.move(delta, count: lines(state).count, page: page(state))
    })

    static func page(_ state: AppState) -> Int { max(1, state.height - 4) }

    /// `?` on a screen: help, returning there.
    static func open(_ state: inout AppState) {
        state.help.returnTo = state.screen
        state.screen = .help
        state.help.pager = Pager()
    }

    /// The help's lines: the current screen's keys, the other screens' keys, then the legend;
    /// long texts wrapped to the screen, not cut.
    static func lines(_ state: AppState) -> [(String, StyleRole)] {
        let l = state.language
        let width = max(20, state.width - 1)
        var lines: [(String, StyleRole)] = []
        let order = [state.help.returnTo] + ScreenKind.allCases.filter { $0 != state.help.returnTo }
        for kind in order {
            let specs = state.keyMap.table.filter { $0.screens.contains(kind) }
            guard !specs.isEmpty else { continue }
            let current = kind == state.help.returnTo
            lines.append((kind.title(l) + (current ? (l == .zh ? "（本屏）" : " (this screen)") : ""), .header))
            for spec in specs {
                let keys = state.keyMap.keys(for: spec.command).map(\.spec).joined(separator: " ")
                for (i, text) in DisplayWidth.wrap(spec.help(l), to: width - 19).enumerated() {
                    lines.append((DisplayWidth.pad(i == 0 ? keys : "", to: 18) + " " + text, .normal))
                }
            }
            lines.append(("", .normal))
        }
        lines.append((l == .zh ? "标记、颜色与用语" : "Marks, colours and words", .header))
        for entry in legend {
            let text = entry(l), indent = text.hasPrefix("  ") ? "    " : "  "
            for (i, part) in DisplayWidth.wrap(text, to: width - indent.count).enumerated() {
                lines.append(((i == 0 ? "" : indent) + part, .normal))
            }
        }
        return lines
    }

    /// What the screens' marks, colours and words mean, as the screens use them.
    static let legend: [Localized] = [
        Localized(zh: "看板  ! 违反硬规则（红）   - 缺人或缺身份（黄）   名字后 * 已锁定（蓝）   绿：人数已够",
                  en: "Board  ! breaks a hard rule (red)   - short of people or roles (yellow)   * after a name: pinned (blue)   green: staffed"),
        Localized(zh: "班次  ● 在岗   * 已锁定（求解时不动）   + 带来此班缺少的身份   灰：受阻，不能排入",
                  en: "Slot  ● on it   * pinned (the solver keeps it)   + brings a role the slot lacks   grey: blocked"),
        Localized(zh: "签到台  红：未到或缺岗   青：在岗   灰：已签退或请假",
                  en: "Desk  red: not here or no-show   cyan: on duty   grey: checked out or excused"),
        Localized(zh: "青底或反色：所选的行。无颜色的终端：粗体为缺人，粗体加下划线为违反规则，下划线为锁定",
                  en: "Cyan or reversed: the selected line. Without colour: bold is short, bold underlined breaks a rule, underlined is pinned"),
        Localized(zh: "张彬(P0109·阳光雅居)：有同名的人时，名字后加编号和小区；名字太长时以 … 截断，所选的一行在下方显示全名",
                  en: "张彬(P0109·阳光雅居): with a namesake, a name carries number and compound; a long name is cut with …, the selected line shows it whole below"),
        Localized(zh: "候选人的说明（排入后会怎样，按排班规则）：", en: "What a candidate's words mean (what putting them on does, by the rules):"),
        Localized(zh: "  补上缺口：此班人数不足，排入后补上一人", en: "  fills a gap: the slot is short, this fills a place"),
        Localized(zh: "  补上缺少的党员（等）：带来此班要求而还缺的身份", en: "  brings the missing party member (etc.): a role the slot requires and lacks"),
        Localized(zh: "  比平均多 / 少 N 小时：排入后此人本周值班时长与片区平均相比", en: "  N h above / below average: their hours this week, with it, against the area's average"),
        Localized(zh: "  本周第 N 个夜班：排入后是此人本周的第几个夜班", en: "  night N this week: which night of their week it would be"),
        Localized(zh: "  外小区 / 外片区：不住在此班所在的小区 / 片区", en: "  other compound / other area: lives outside the slot's compound / area"),
        Localized(zh: "  可替换 某人：此班已满员，此人能顶替某人（先撤下某人再排入）",
                  en: "  could replace someone: the slot is full; they could take that person's place (remove them first)"),
        Localized(zh: "  对方少值 N 小时、换下外小区的人：替换时被换下的人那一方", en: "  N h less for them, relieves someone from another compound: the side of the one replaced"),
        Localized(zh: "  改动已发布的排班：相对已发布的排班多一处改动", en: "  changes to the published roster: one more change against it"),
        Localized(zh: "  受阻：写明挡住此人的规则（同时段已排、休息不足、不可值班……）",
                  en: "  blocked: the rule that keeps them off (already on duty then, too little rest, not available …)"),
    ]

    static func draw(_ state: AppState, _ screen: inout ScreenBuffer) {
        let scroll = state.help.pager.scroll
        for (i, line) in lines(state).enumerated().dropFirst(scroll).prefix(screen.height - 3) {
            screen.put(line.0, x: 1, y: 1 + i - scroll, columns: screen.width - 1, role: line.1)
        }
    }
}
