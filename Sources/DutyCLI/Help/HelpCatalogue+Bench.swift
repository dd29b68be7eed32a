extension HelpCatalogue {
    /// The benchmarks and the standard shift-scheduling benchmark's commands.
    static let bench: [String: CommandHelp] = [
        "bench": CommandHelp("测量各项操作的耗时（docs/benchmarks.md 中的数字）；检查标准排班算例的排班，并在有人缺勤后重排。"),
        "bench city": CommandHelp("生成城市数据，写成 CSV，再导入（解码、解析、校验）并存入新数据库，计时。", [
            "--lang": messages,
            "--seed": ArgumentHelp("种子", "生成器的种子。"),
            "--runs": runs,
        ]),
        "bench shift-scheduling": CommandHelp("求解一个标准排班算例，输出目标值。", [
            "--lang": messages,
            "<instance>": ArgumentHelp("算例", "算例文件，或其名称（如“Instance6”，在 $ZHIBAN_BENCHMARKS 或 ../shared/benchmarks/shift-scheduling 中查找）。"),
            "--time": ArgumentHelp("秒数", "搜索的秒数。"),
            "--steps": steps,
            "--seed": randomSeed,
            "--threads": threads,
            "--out": ArgumentHelp("文件", "把最好的排班写到这个文件（员工,天,班次；权限 0600，仅本人可读写）。"),
            "--force": .flag("--out 文件已存在时替换它（只替换普通文件，不替换链接、设备或管道）。"),
            "--verbose": .flag("每有改进就输出一行。"),
            "--temperature-start": ArgumentHelp("温度", "退火开始时的温度（调参用）。"),
            "--temperature-end": ArgumentHelp("温度", "退火结束时的温度（调参用）。"),
            "--rebuild-every": ArgumentHelp("步数", "两次整行重建之间的步数（调参用）。"),
            "--ruin-every": ArgumentHelp("步数", "两次破坏重建之间的步数，0 表示不做（调参用）。"),
            "--ruin-size": ArgumentHelp("行数", "一次破坏重建清空的行数（调参用）。"),
            "--cycle-steps": ArgumentHelp("步数", "一个退火周期中每个线程的步数（调参用）。"),
            "--cycle-from-best": ArgumentHelp("是否", "新周期是否从最好的排班开始，取值“true”或“false”（调参用）。"),
            "--ruin-passes": ArgumentHelp("轮数", "对清空的行再次重建的轮数（调参用）。"),
            "--ruin-from": ArgumentHelp("比例", "每个退火周期进行到多少（0–1）之后开始破坏重建（调参用）。"),
            "--dive": ArgumentHelp("是否", "周期之间是否在线性松弛中下潜，取值“true”或“false”（调参用）。"),
            "--generation-rounds": ArgumentHelp("轮数", "下潜每两步之间列生成的轮数（调参用）。"),
        ]),
        "bench check-roster": CommandHelp("按标准算例检查一份排班：列出每处违规和目标值。", [
            "<instance>": instance,
            "<roster>": ArgumentHelp("排班", "排班文件（员工,天,班次）。"),
            "--lang": ArgumentHelp("语言", "消息的语言：zh 或 en。"),
        ]),
        "bench replan-roster": CommandHelp("有人缺勤后重排标准算例的排班：改动尽量少，缺勤那天之前不改。", [
            "--lang": messages,
            "<instance>": instance,
            "<roster>": ArgumentHelp("排班", "已发布的排班（员工,天,班次）。"),
            "--absent": ArgumentHelp("员工", "不能来的员工。"),
            "--from": ArgumentHelp("天", "不能来的第一天（从 0 数起）。"),
            "--time": ArgumentHelp("秒数", "搜索的秒数。"),
            "--steps": steps,
            "--change-weight": ArgumentHelp("权重", "每改动一天的代价（与目标值中的权重相比）。"),
            "--out": ArgumentHelp("文件", "把新排班写到这个文件（权限 0600）。"),
            "--force": .flag("--out 文件已存在时替换它（只替换普通文件，不替换链接、设备或管道）。"),
            "--seed": randomSeed,
        ]),
        "bench roster": CommandHelp("为示例城市排一周的班，再对随机的缺勤重新排班（docs/benchmarks.md 中的数字）。", [
            "--lang": messages,
            "--small": .flag("用小样本（5 个小区）而不是整个城市。"),
            "--days": ArgumentHelp("天数", "排班的天数。"),
            "--time": ArgumentHelp("秒数", "构造出排班后继续搜索的秒数。"),
            "--steps": steps,
            "--seed": ArgumentHelp("种子", "随机种子（搜索和缺勤都用它）。"),
            "--threads": threads,
            "--absences": ArgumentHelp("人次", "要重新排班的缺勤人次，每次都针对同一份排班。"),
            "--verbose": .flag("每有改进就输出一行。"),
        ]),
        "bench tui": CommandHelp("测量界面在城市数据上的速度：从启动到第一帧，从按键到画完一帧。", [
            "--lang": messages,
            "--small": .flag("用小样本而不是整个城市。"),
            "--keys": ArgumentHelp("次数", "计时的按键次数。"),
            "--seed": ArgumentHelp("种子", "按键的随机种子。"),
            "--size": ArgumentHelp("尺寸", "终端的大小，如 132x43。"),
            "--live": .flag("开启实时更新（默认）：另一终端每 100 毫秒签到一人，会话在两次按键之间读入。"),
            "--no-live": .flag("关闭实时更新。"),
        ]),
        "bench history": CommandHelp("测量签到、一天的服务时长和签到台第一帧在无历史和长历史（之前各天的签到记录和审计记录）下的耗时。", [
            "--lang": messages,
            "--check-ins": ArgumentHelp("条数", "历史中的签到记录条数。"),
            "--changes": ArgumentHelp("条数", "历史中过去排班的审计记录条数（签到本身的审计记录之外）。"),
            "--runs": ArgumentHelp("次数", "运行次数（报告中位数）。"),
            "--small": .flag("用小样本而不是整个城市。"),
            "--keep": ArgumentHelp("文件夹", "在这个新文件夹中生成两个数据库（empty.sqlite、history.sqlite）并保留。"),
            "--reuse": ArgumentHelp("文件夹", "在先前用 --keep 保留的两个数据库上再测一次（不再生成）。"),
        ]),
        "bench desks": CommandHelp(
            "140 个签到台进程同时在 PostgreSQL 和 SQLite（预写日志模式）上为各自小区的人签到、签退：操作到提交的耗时、他处看到的时间，以及在进程被强制结束和服务器重启时是否有丢失或重复。",
            [
                "--lang": messages,
                "--desks": ArgumentHelp("个数", "签到台进程数（城市中每个小区一个）。"),
                "--actions": ArgumentHelp("次数", "签到和签退操作的总次数。"),
                "--kills": ArgumentHelp("次数", "在随机时刻强制结束并重新启动签到台进程的次数。"),
                "--restart": .flag("在中途重启 PostgreSQL 服务器（默认）。"),
                "--no-restart": .flag("不重启服务器。"),
                "--pace": ArgumentHelp("毫秒", "同一签到台两次操作之间的平均毫秒数（每次为其 0.5–1.5 倍）。"),
                "--store": ArgumentHelp("数据库", "测哪种数据库：postgresql、sqlite 或 both（两者，默认）。"),
                "--seed": ArgumentHelp("种子", "决定下一个被杀进程的种子。"),
            ]),
        "bench desk-worker": CommandHelp("bench desks 的一个签到台进程（由它启动，不供直接使用）。", [
            "--db": ArgumentHelp("数据库", "数据库。"),
            "--compound": ArgumentHelp("小区", "小区编号。"),
            "--actions": ArgumentHelp("次数", "操作次数。"),
            "--results": ArgumentHelp("文件", "记录已完成操作的文件。"),
            "--pace": ArgumentHelp("毫秒", "两次操作之间的毫秒数。"),
            "--go": ArgumentHelp("文件", "准备好后等待此文件出现再开始。"),
        ]),
        "bench lookup": CommandHelp("测量签到台在城市数据上查找人员的速度：协调员所输入内容的每个前缀。", [
            "--lang": messages,
            "--seed": ArgumentHelp("种子", "城市数据的生成器种子。"),
            "--people": ArgumentHelp("人数", "计时查询的人数（在名单中均匀选取）。"),
        ]),
        "bench print": CommandHelp("测量把城市 140 个小区一天的签到表全部打印为一个 PDF 的耗时。", [
            "--lang": messages,
            "--runs": ArgumentHelp("次数", "运行次数（报告中位数）。"),
        ]),
        "bench fuzz": CommandHelp("用带种子的变异输入测试读取外部文件的解析器：运行、拒绝、接受的输入数，被破坏的不变式，用时。", [
            "--lang": messages,
            "--target": ArgumentHelp("解析器", "测试哪个解析器：csv、instance、roster、keys 或 all。"),
            "--inputs": ArgumentHelp("个数", "每个解析器的输入个数。"),
            "--seed": ArgumentHelp("种子", "变异的种子。"),
            "--first": ArgumentHelp("序号", "第一个输入的序号（用于重跑发生崩溃的那一段）。"),
        ]),
    ]

    /// The benchmarks' `--lang`: they write no headers, only messages.
    static let messages = ArgumentHelp("语言", "消息的语言：zh 或 en（默认：按区域设置）。")
    static let runs = ArgumentHelp("次数", "运行次数（报告中位数）。")
    static let randomSeed = ArgumentHelp("种子", "随机种子。")
    static let instance = ArgumentHelp("算例", "算例文件或名称。")
}
