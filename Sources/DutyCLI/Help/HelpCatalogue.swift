/// The Chinese words of every command's help: its one-line abstract, its discussion and each
/// argument's help. ArgumentParser's help generator is English only; `ChineseHelp` lays these
/// words out over the command tree ArgumentParser knows, so a new option shows up there at once
/// and its missing Chinese is seen (the end-to-end tests fail on it).
public enum HelpCatalogue {
    /// Every command's Chinese help, by path (`""` for `zhiban`, `"bench city"`).
    public static let commands: [String: CommandHelp] =
        directory.merging(roster) { a, _ in a }.merging(desk) { a, _ in a }.merging(bench) { a, _ in a }
            .merging(server) { a, _ in a }

    /// Arguments that mean the same in every command that has them; a command's own entry wins.
    static let shared: [String: ArgumentHelp] = [
        "--db": ArgumentHelp("数据库", "数据库：文件，或服务器地址 postgresql://…（默认：$ZHIBAN_DB 或 ~/.local/share/zhiban/zhiban.sqlite）。"),
        "--lang": ArgumentHelp("语言", "消息和表头的语言：zh 或 en（默认：按区域设置）。"),
        "--help": ArgumentHelp(nil, "显示帮助。"),
    ]

    /// The help of the command at `path`.
    public static func command(_ path: [String]) -> CommandHelp? { commands[path.joined(separator: " ")] }

    /// The help of the argument `key` (`--from`, `<query>`) of the command at `path`.
    public static func argument(_ key: String, of path: [String]) -> ArgumentHelp? {
        command(path)?.arguments[key] ?? shared[key]
    }
}

/// One command's Chinese help.
public struct CommandHelp: Sendable {
    public let abstract: String
    public let discussion: String?
    /// By `--name` for options and flags, `<value>` for positional arguments.
    public let arguments: [String: ArgumentHelp]

    init(_ abstract: String, discussion: String? = nil, _ arguments: [String: ArgumentHelp] = [:]) {
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
    }
}

/// One argument's Chinese help: what its value is called (`<日期>`) and what it does.
public struct ArgumentHelp: Sendable {
    /// The placeholder of the value; nil for a flag.
    public let value: String?
    public let text: String
    /// The default as a coordinator would type it, when ArgumentParser's is a code (`person`).
    public let shownDefault: String?

    init(_ value: String?, _ text: String, default shownDefault: String? = nil) {
        self.value = value
        self.text = text
        self.shownDefault = shownDefault
    }

    /// A flag's help: no value.
    static func flag(_ text: String) -> ArgumentHelp { ArgumentHelp(nil, text) }
}
