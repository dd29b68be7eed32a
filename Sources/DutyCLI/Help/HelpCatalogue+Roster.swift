extension HelpCatalogue {
    /// The interface, the history and the roster commands.
    static let roster: [String: CommandHelp] = [
        "tui": CommandHelp(
            "打开全屏界面：岗位看板、班次、帮助。",
            discussion: "在界面中按 ? 查看所有按键。按键可在 $XDG_CONFIG_HOME/zhiban/keys 中重新设定（见 docs/keys.md）。",
            [
                "--from": ArgumentHelp("日期", "显示的第一天（默认：今天）。"),
                "--days": ArgumentHelp("天数", "载入的天数（1–62）。"),
            ]),
        "undo": CommandHelp("撤销最近一次对排班或人员的修改（审计日志保留全部记录）。"),
        "redo": CommandHelp("重做最近一次撤销的修改。"),
        "solve": CommandHelp(
            "为一段日期内的空缺班次排班（固定的排班不动），并保存排班。",
            discussion: """
                范围内每个岗位、每个班次、每一天都是一个要排的班次。固定的排班从不移动；范围内已有的其他排班作为起点，\
                只在值得时才改动（每处改动的代价由“相对已发布排班改动最少”这条规则决定）。按 Ctrl-C 可提前停止搜索，\
                保留已找到的最好排班。加 --dry-run 则不写入任何内容。排班若在范围所在的整周内违反硬规则，\
                则不保存，除非用 --override-reason 写明理由。
                """,
            range.merging([
                "--time": ArgumentHelp("秒数", "得到第一份排班后继续搜索的秒数。"),
                "--steps": steps,
                "--seed": ArgumentHelp("种子", "随机种子（种子和 --steps 都相同，排班就相同）。"),
                "--threads": threads,
                "--dry-run": .flag("只显示结果，不保存。"),
                "--override-reason": overrideReason("仍保存违反硬规则的排班", "相关排班"),
            ]) { a, _ in a }),
        "explain": CommandHelp(
            "解释已保存的排班：按规则列出每处违规，以及每个缺人的班次为什么缺人。",
            discussion: "加 --slot 则列出该班次的每个候选人，以及挡住每个人的规则。",
            range.merging([
                "--slot": ArgumentHelp("班次编号", "只详细解释这一个班次（其编号，如 C001-checkpoint-G1@2026-12-01@night）。"),
                "--limit": ArgumentHelp("条数", "每条规则显示的行数，以及显示的缺人班次数。"),
            ]) { a, _ in a }),
        "replan": CommandHelp(
            "有人不能值班（或某个班次需要加人）后重新排班，改动尽量少。",
            discussion: """
                --from 之前开始的班次都不改。缺席者的班次交给别人：有人有空就直接顶替，否则把某位候选人的一个班次\
                转给第三个人。会列出每处改动；加 --dry-run 则不写入。改动（或登记的请假）若违反硬规则，\
                则不保存，除非用 --override-reason 写明理由。
                """,
            [
                "--absent": ArgumentHelp("人员", "不能值班的人（编号，或不重名时用姓名）。"),
                "--more": ArgumentHelp("班次编号", "需要多加一人的班次（其编号）。"),
                "--from": ArgumentHelp("时间", "从何时起（如 2026-12-03 08:00）。"),
                "--until": ArgumentHelp("时间", "到何时为止（默认：范围的末尾）。"),
                "--days": ArgumentHelp("天数", "从 --from 起重新排班的天数（1–61）。"),
                "--dry-run": .flag("只显示改动，不保存。"),
                "--override-reason": overrideReason("仍保存违反硬规则的改动", "相关排班"),
            ]),
    ]

    /// `--override-reason` of a command that changes the roster or people: what it lets through,
    /// and where the reason is kept.
    static func overrideReason(_ what: String, _ onto: String) -> ArgumentHelp {
        ArgumentHelp("理由", "特批：\(what)，并把此理由记在\(onto)上（zhiban explain 可以看到）。")
    }

    /// `--from DATE --days N` of solve and explain.
    static let range: [String: ArgumentHelp] = [
        "--from": ArgumentHelp("日期", "第一天（如 2026-12-01）。"),
        "--days": ArgumentHelp("天数", "天数（1–62）。"),
    ]

    static let steps = ArgumentHelp("步数", "改为每个线程走这么多步后停止（结果可以重现）。")
    static let threads = ArgumentHelp("个数", "同时进行的搜索个数。")
}
