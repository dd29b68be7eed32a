extension HelpCatalogue {
    /// The commands about the database as a whole and a shared server (docs/deploy.md).
    static let server: [String: CommandHelp] = [
        "db": CommandHelp("整个数据库的操作：在 SQLite 文件和 PostgreSQL 服务器之间复制。"),
        "db copy": CommandHelp(
            "把整个数据库（人员地点、排班、签到记录、审计日志）复制到一个新的空数据库，要么全部复制，要么一行也不复制。",
            discussion: """
                两边都可以是文件或 postgresql:// 地址：把文件搬到县里的服务器上，或把服务器复制到要离线使用的笔记本上。\
                目标数据库必须没有任何数据；目标是新文件时以权限 0600 创建。
                """,
            [
                "--from": ArgumentHelp("数据库", "从哪个数据库复制：文件或 postgresql://…。"),
                "--to": ArgumentHelp("数据库", "复制到哪个新数据库：文件或 postgresql://…（必须为空）。"),
                "--lang": ArgumentHelp("语言", "消息的语言：zh 或 en（默认：按区域设置）。"),
            ]),
        "user": CommandHelp("PostgreSQL 服务器上的账号及其权限（街道办、小区协调人、值班台、只读）。"),
        "user add": CommandHelp(
            "在服务器上创建账号（或修改已有账号的角色），由数据库的行级安全策略强制执行。",
            discussion: """
                street：--area 街道的所有小区；compound：--compound 小区的岗位、排班和人员；\
                desk：--compound 小区的签到（和现场登记的志愿者）；reader：只读。需以数据库所有者的身份运行。
                """,
            [
                "<name>": ArgumentHelp("账号", "登录名。"),
                "--role": ArgumentHelp("角色", "角色：street、compound、desk 或 reader。"),
                "--area": ArgumentHelp("街道", "街道办账号所管的街道（编号），用于 --role street。"),
                "--compound": ArgumentHelp("小区", "所管的小区（编号），用于 --role compound 和 --role desk。"),
                "--password-stdin": .flag("从标准输入的第一行读取该账号的密码。"),
            ]),
        "user list": CommandHelp("列出服务器上的账号及其权限范围。"),
    ]
}
