extension HelpCatalogue {
    /// The duty desk, hours, certificates and printing.
    static let desk: [String: CommandHelp] = [
        "checkin": CommandHelp("给正在值班（或两小时内开始值班）的人签到。", deskOptions),
        "checkout": CommandHelp("给正在值班的人签退。", deskOptions.merging([
            "--reason": ArgumentHelp("原因", "提前离岗的原因（班次结束前签退时必填，记入签到记录）。"),
        ]) { a, _ in a }),
        "close-shift": CommandHelp(
            "把某天已结束班次中忘记签退的人，按计划结束时间签退。",
            discussion: "每条记录都标为“协调员结束”；zhiban hours 会计入并单独列出。",
            [
                "--date": ArgumentHelp("日期", "班次的日期，如 2026-12-08。"),
                "--post": ArgumentHelp("岗位", "只处理此岗位（编号）。"),
                "--shift": ArgumentHelp("班次", "只处理此班次（班次代码，见 zhiban posts）。"),
                "--at": ArgumentHelp("时间", "按此时间处理，如 2026-12-08 18:00（默认：现在）：只结束到此时已结束的班次。"),
            ]),
        "noshow": CommandHelp("记某人本班缺岗（加 --excused 则记为请假）。", deskOptions.merging([
            "--excused": .flag("对方事先说明不能来（请假），而不是没有来。"),
            "--reason": ArgumentHelp("原因", "原因（记入签到记录）。"),
            "--force": .flag("在班次开始加宽限时间之前就记为缺岗。"),
        ]) { a, _ in a }),
        "hours": CommandHelp("按签到记录统计一段日期内的服务时长（未签退的签到会列出，但不计入）。", dateRange.merging([
            "--by": ArgumentHelp("分组", "按 人员、单位 或 小区 统计。", default: "人员"),
            "--csv": .flag("以 CSV 格式输出到标准输出，而不是表格。"),
        ]) { a, _ in a }),
        "desk": CommandHelp(
            "打开签到台：按拼音、手机尾号或编号为人签到、签退；记缺岗、调替补。",
            discussion: "输入文字查找人员；回车签到（或签退），F5 记缺岗并提供替补人选，F8 撤销，F1 帮助，F10 退出。",
            [
                "--compound": ArgumentHelp("小区", "只看此小区（编号或名称）。"),
                "--post": ArgumentHelp("岗位", "只看此岗位（编号或名称）。"),
                "--now": ArgumentHelp("时间", "按此时间而不是时钟工作，如 2026-12-01 08:50（培训、测试用）。"),
                "--grace": grace,
            ]),
        "checkins": CommandHelp("列出签到记录：按录入的先后，从旧到新，含录入人和录入时间。", [
            "--date": ArgumentHelp("日期", "只列出这一天的班次的记录，如 2026-12-01。"),
        ]),
        "certificate": CommandHelp(
            "某人在一段日期内的志愿服务记录证明（文本）。",
            discussion: "只有既签到又签退的记录才计入；未签退的签到会列出。要 PDF 请用 zhiban print certificate。",
            dateRange.merging([
                "<query>": ArgumentHelp("人员", "谁：人员编号、姓名、拼音或手机尾号（必须只对应一人）。"),
                "--issuer": ArgumentHelp("出具单位", "出具证明的小区或街道办（默认：本人所在的街道办和小区）。"),
                "--out": ArgumentHelp("文件", "写入此文件而不是标准输出（不覆盖已有文件）。"),
            ]) { a, _ in a }),
        "print": CommandHelp(
            "把文书打印为一个 PDF（嵌入中文字体）。",
            discussion: """
                种类：signin（签到表，每个岗位每个班次一张）、shift（某岗位当天的班次表）、register（出入登记表，\
                门岗的空白表）、roster（某小区一周的排班表）、slip（某人接下来的值班通知，需 --person）、\
                certificate（志愿服务记录证明，需 --person，日期从 --date 到 --to）。--post（及 --shift）\
                只打印一个岗位，--compound 只打印一个小区的岗位，都不给则打印所有小区。--text 以文本显示；\
                --lp 把 PDF 送到打印机。
                """,
            [
                "<kind>": ArgumentHelp("种类", "要打印什么：signin、shift、register、roster、slip 或 certificate。"),
                "--date": ArgumentHelp("日期", "日期，如 2026-12-01。"),
                "--compound": ArgumentHelp("小区", "只打印此小区（编号或名称）。"),
                "--post": ArgumentHelp("岗位", "只打印此岗位（编号或名称）。"),
                "--shift": ArgumentHelp("班次", "只打印该岗位的这个班次（班次代码，如“day”）。"),
                "--person": ArgumentHelp("人员", "值班通知和证明的对象（编号、姓名、拼音或手机尾号）。"),
                "--days": ArgumentHelp("天数", "排班表和值班通知覆盖的天数。"),
                "--to": ArgumentHelp("日期", "证明的最后一天（默认：与 --date 相同）。"),
                "--full-phones": .flag("显示完整的手机号（否则部分隐去，如 138****1234）。"),
                "--out": ArgumentHelp("文件", "要写入的 PDF（默认按种类和日期命名，如 signin-2026-12-01.pdf）；不覆盖已有文件。"),
                "--text": .flag("把文书以文本形式输出到标准输出，而不生成 PDF。"),
                "--lp": .flag("用系统的打印命令“lp”把 PDF 送到打印机。"),
                "--printer": ArgumentHelp("打印机", "--lp 使用的打印机（默认：系统默认的打印机）。"),
            ]),
    ]

    /// Who, where and when, for checkin, checkout and noshow.
    static let deskOptions: [String: ArgumentHelp] = [
        "<query>": ArgumentHelp("人员", "谁：拼音首字母（如“zw”）、全拼（如“zhangwei”）、手机尾号（如 1234）、人员编号（如 P0012）或姓名。"),
        "--post": ArgumentHelp("岗位", "只看此岗位（编号）。"),
        "--at": ArgumentHelp("时间", "时间，如 2026-12-03 08:00（默认：现在）。"),
        "--grace": grace,
    ]

    static let grace = ArgumentHelp("分钟", "班次开始后超过多少分钟算迟到。")

    /// `--from DATE --to DATE` of hours and certificate.
    static let dateRange: [String: ArgumentHelp] = [
        "--from": ArgumentHelp("日期", "第一天，如 2026-12-01。"),
        "--to": ArgumentHelp("日期", "最后一天，如 2026-12-07。"),
    ]
}
