extension HelpCatalogue {
    /// `zhiban` itself, `help`, and the commands about the directory and sample data.
    static let directory: [String: CommandHelp] = [
        "": CommandHelp(
            "值班：为小区和街道办排班——人员、岗位、班次。",
            discussion: """
                数据库依次取 --db、环境变量 $ZHIBAN_DB、$XDG_DATA_HOME/zhiban/zhiban.sqlite\
                （即 ~/.local/share/zhiban/zhiban.sqlite）：可以是 SQLite 文件，也可以是写成 \
                postgresql://用户@主机/数据库 的 PostgreSQL 服务器（见 docs/deploy.md）。初次使用请先运行 zhiban demo。
                """),
        "help": CommandHelp("显示某个命令的帮助。", [
            "<subcommands>": ArgumentHelp("命令", "要查看帮助的命令，如 solve 或 bench city。"),
        ]),
        "init": CommandHelp("创建数据库（文件权限 0600），或把已有数据库的结构升级到当前版本。"),
        "import": CommandHelp(
            "从 CSV 文件导入人员、地点和岗位（要么全部导入，要么一条也不导入）。",
            discussion: """
                可以给出文件或文件夹（读取文件夹中的每个 .csv 文件）。表头可以是中文或英文；文件可以是 UTF-8\
                （带或不带 BOM）、GB18030 或 GBK 编码。数据库中已有相同编号的记录会被替换。只要有一个文件有问题，\
                就一条也不导入，并按“文件:行:列”列出每个问题。已有人员的新信息（可值班时间、请假、每周上限、\
                夜班、身份）或岗位、人数规则、班次模板的修改若使本周起已排的班违反硬规则，则不导入，\
                除非用 --override-reason 写明理由。\
                详见 docs/data-formats.md。
                """,
            [
                "--encoding": ArgumentHelp("编码", "按此编码读取文件，而不自动识别：utf8、utf8-bom 或 gb18030。"),
                "--dry-run": .flag("只检查文件并报告会有哪些改动，不写入任何内容。"),
                "--override-reason": overrideReason("仍导入使已排的班违反硬规则的数据", "这些班次"),
                "<paths>": ArgumentHelp("路径", "CSV 文件，或存放 CSV 文件的文件夹。"),
            ]),
        "export": CommandHelp(
            "把人员、地点和岗位导出为 CSV 文件，zhiban import 可以读回。",
            discussion: "表头和内容都用中文，除非给出 --lang en；文件默认是带 BOM 的 UTF-8，可用 --encoding 另选。",
            [
                "--encoding": encoding,
                "--force": .flag("覆盖已有的文件。"),
                "<folder>": ArgumentHelp("文件夹", "写入的文件夹（不存在则创建）。"),
            ]),
        "people": CommandHelp("列出人员，可按小区、身份或姓名筛选。", [
            "--compound": ArgumentHelp("小区", "只列出住在此小区的人（编号或名称）。"),
            "--role": ArgumentHelp("身份", "只列出有此身份的人（中文或英文名称，如“医务人员”）。"),
            "--name": ArgumentHelp("文字", "只列出姓名中含有此文字的人。"),
            "--pinyin": .flag("显示每个姓名的拼音读法：签到台据以查找的首字母和音节。"),
        ]),
        "posts": CommandHelp("列出岗位及其班次和人数要求。", [
            "--compound": ArgumentHelp("小区", "只列出此小区的岗位（编号或名称）。"),
            "--kind": ArgumentHelp("类型", "只列出此类型的岗位（如“卡点值守”）。"),
        ]),
        "demo": CommandHelp(
            "用示例数据建一个演示数据库，并展示其中的内容。",
            discussion: "不会动你自己的数据库：不给 --db 时，演示数据库建在一个新的临时文件夹里。小样本与 data/sample 中的 CSV 文件是同一份数据。",
            sampleOptions.merging([
                "--db": ArgumentHelp("文件", "演示数据库建在哪里（该文件必须尚不存在）。"),
                "--lang": ArgumentHelp("语言", "语言：zh 或 en（默认：按区域设置）。"),
                "--no-interface": .flag("只建数据库，不打开界面。"),
            ]) { a, _ in a }),
        "sample": CommandHelp(
            "把生成的示例数据（加 --city 则为整个城市）写成 CSV 文件。",
            sampleOptions.merging([
                "--lang": ArgumentHelp("语言", "表头和内容的语言：zh 或 en。"),
                "--encoding": encoding,
                "--force": .flag("覆盖已有的文件。"),
                "--out": ArgumentHelp("文件夹", "写入的文件夹。"),
            ]) { a, _ in a }),
    ]

    /// How CSV files are written (export, sample).
    static let encoding = ArgumentHelp("编码", "文件编码：utf8-bom（电子表格软件可直接打开）、utf8 或 gb18030。")

    /// Which generated data set (demo, sample).
    static let sampleOptions: [String: ArgumentHelp] = [
        "--city": .flag("使用整个城市（140 个小区，4000 多人），而不是小样本。"),
        "--seed": ArgumentHelp("种子", "生成器的种子（种子相同，生成的数据也相同）。"),
    ]
}
