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
    ]
}
