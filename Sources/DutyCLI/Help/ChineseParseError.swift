import Foundation

/// ArgumentParser's parse errors in Chinese. ArgumentParser says them only in English and
/// keeps their kinds to itself, so its message is read back by its fixed wording (unknown
/// option, missing value, invalid value, missing argument, unexpected argument …); the
/// end-to-end tests make every kind happen, so a change of wording is seen.
public enum ChineseParseError {
    /// What went wrong with the command at `path`, then the usage and where to find help.
    public static func message(_ english: String, root: CommandTree, path: [String]) -> String {
        let command = root.command(at: path) ?? root
        let (what, argument) = describe(english, command, path)
        var lines = ["错误：" + what]
        if let argument, argument.kind != .flag || argument.key != "--help" {
            lines.append("  " + ChineseHelp.label(argument, path) + "  " + ChineseHelp.text(argument, path))
        }
        lines.append("用法：" + ChineseHelp.usage(command, path: path))
        lines.append("运行 " + (["zhiban"] + path + ["--help"]).joined(separator: " ") + " 查看帮助。")
        return lines.joined(separator: "\n")
    }

    /// The Chinese sentence, and the argument it is about when there is one.
    static func describe(_ english: String, _ command: CommandTree, _ path: [String]) -> (String, ArgumentTree?) {
        let text = english.trimmingCharacters(in: .whitespacesAndNewlines)
        func argument(_ synopsis: Substring) -> ArgumentTree? {
            let name = synopsis.split(separator: " ").first.map(String.init) ?? ""
            return command.arguments.first { $0.isNamed(name) }
        }
        func named(_ synopsis: Substring) -> String {
            argument(synopsis).map { ChineseHelp.label($0, path, short: true) } ?? String(synopsis)
        }
        if let m = text.wholeMatch(of: #/Unknown option '(?<name>[^']+)'(?:\. Did you mean '(?<suggestion>[^']+)'\?)?/#) {
            return ("未知的选项 \(m.name)" + (m.suggestion.map { "，是不是想用 \($0)？" } ?? ""), nil)
        }
        if let m = text.wholeMatch(of: #/Missing value for '(?<name>[^']+)'/#) {
            return ("选项 \(m.name.split(separator: " ").first ?? m.name) 后缺少值", argument(m.name))
        }
        if let m = text.wholeMatch(of: #/The option '(?<name>[^']+)' does not take any value, but '(?<value>.*)' was specified\./#) {
            return ("选项 \(m.name) 不带值，却给了“\(m.value)”", argument(m.name))
        }
        if let m = text.wholeMatch(of: #/Unexpected argument '(?<value>.*)'/#) {
            let subcommands = ChineseHelp.visibleSubcommands(command)
            return (subcommands.isEmpty ? "多余的参数“\(m.value)”" : "没有“\(m.value)”这个命令", nil)
        }
        if let m = text.wholeMatch(of: #/\d+ unexpected arguments: '(?<values>.*)'/#) {
            return ("多余的参数：" + m.values.components(separatedBy: "', '").map { "“\($0)”" }.joined(separator: "、"), nil)
        }
        if let m = text.wholeMatch(of: #/Missing expected argument '(?<what>.+)'/#) {
            let a = argument(m.what)
            return ((a?.kind == .positional ? "缺少参数 " : "缺少选项 ") + named(m.what), a)
        }
        if let m = text.wholeMatch(of: #/Missing one of: '(?<what>.+)'/#) {
            return ("缺少以下之一：" + m.what.components(separatedBy: "', '").map { named(Substring($0)) }.joined(separator: "、"), nil)
        }
        if let m = text.wholeMatch(of: #/(?s)The value '(?<value>.*?)' is invalid for '(?<what>[^']+)'.*/#) {
            let a = argument(m.what)
            let expected = a.map(\.allValues).flatMap { $0.isEmpty ? nil : "：应为 " + list($0) } ?? ""
            return ("\(named(m.what)) 的值“\(m.value)”无效" + expected, a)
        }
        if let m = text.wholeMatch(of: #/Invalid option: (?<name>.+)/#) {
            return ("无效的选项 \(m.name)", nil)
        }
        if text == "Missing required subcommand." {
            return ("缺少子命令", nil)
        }
        // A wording this version does not know: say what was quoted, in Chinese words.
        let quoted = text.matches(of: #/'(?<q>[^']*)'/#).map { "“\($0.q)”" }
        return ("无法理解这些参数" + (quoted.isEmpty ? "" : "：" + quoted.joined(separator: "、")), nil)
    }

    /// `a、b 或 c`.
    static func list(_ values: [String]) -> String {
        values.count < 2 ? values.joined() : values.dropLast().joined(separator: "、") + " 或 " + values[values.count - 1]
    }
}
