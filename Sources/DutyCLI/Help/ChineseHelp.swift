import TerminalKit

/// A command's help in Chinese, laid out like ArgumentParser's English help: abstract,
/// discussion, usage, arguments, options and subcommands. The arguments come from the command
/// tree ArgumentParser knows and their words from `HelpCatalogue`; an argument without Chinese
/// words shows its English help, which the end-to-end tests catch.
public enum ChineseHelp {
    /// Where the text of a labelled line starts, as in ArgumentParser's help.
    static let column = 26

    /// The help of the command at `path` of `root` (the root's when `path` names none).
    public static func render(_ root: CommandTree, path: [String]) -> String {
        let path = root.command(at: path) == nil ? [] : path
        let command = root.command(at: path) ?? root
        let help = HelpCatalogue.command(path)
        var lines = wrap("概述：" + (help?.abstract ?? command.abstract ?? ""), indent: 0)
        if let discussion = help?.discussion ?? command.discussion {
            lines += [""] + wrap(discussion, indent: 0)
        }
        lines += ["", "用法：" + usage(command, path: path)]
        let arguments = command.shownArguments
        let positionals = arguments.filter { $0.kind == .positional }, options = arguments.filter { $0.kind != .positional }
        if !positionals.isEmpty {
            lines += ["", "参数："] + positionals.flatMap { labelled(label($0, path), text($0, path)) }
        }
        if !options.isEmpty {
            lines += ["", "选项："] + options.flatMap { labelled(label($0, path), text($0, path)) }
        }
        let subcommands = visibleSubcommands(command)
        if !subcommands.isEmpty {
            lines += ["", "子命令："] + subcommands.flatMap { sub in
                labelled(sub.commandName, HelpCatalogue.command(path + [sub.commandName])?.abstract ?? sub.abstract ?? "")
            }
            lines += ["", "运行 " + (["zhiban", "help"] + path).joined(separator: " ") + " <子命令> 查看子命令的帮助。"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The usage line: required options, `[选项]` for the rest, then positional arguments.
    public static func usage(_ command: CommandTree, path: [String]) -> String {
        var parts = ["zhiban"] + path
        if !visibleSubcommands(command).isEmpty { return (parts + ["<子命令>"]).joined(separator: " ") }
        let arguments = command.shownArguments.filter { $0.key != "--help" }
        for a in arguments where a.kind != .positional && !a.isOptional { parts.append(label(a, path, short: true)) }
        if arguments.contains(where: { $0.kind != .positional && $0.isOptional }) { parts.append("[选项]") }
        for a in arguments where a.kind == .positional {
            let name = label(a, path, short: true)
            parts.append(a.isOptional ? "[\(name)]" : name)
        }
        return parts.joined(separator: " ")
    }

    /// An argument as a help line starts: `-h, --help`, `--from <日期>`, `<人员> …`.
    public static func label(_ a: ArgumentTree, _ path: [String], short: Bool = false) -> String {
        let placeholder = "<\(HelpCatalogue.argument(a.key, of: path)?.value ?? a.valueName ?? "值")>"
        switch a.kind {
        case .positional:
            return placeholder + (a.isRepeating ? " …" : "")
        case .flag:
            return short ? a.key : a.names.map(\.spelling).joined(separator: ", ")
        case .option:
            return (short ? a.key : a.names.map(\.spelling).joined(separator: ", ")) + " " + placeholder
        }
    }

    /// What an argument does, with its default.
    public static func text(_ a: ArgumentTree, _ path: [String]) -> String {
        let help = HelpCatalogue.argument(a.key, of: path)
        let shown = help?.shownDefault ?? a.defaultValue
        let words = help?.text ?? a.abstract ?? ""
        guard let shown else { return words }
        return words.hasSuffix("。") ? words.dropLast() + "（默认：\(shown)）。" : words + "（默认：\(shown)）"
    }

    /// One labelled line (two lines when the label is too wide), the text wrapped below it.
    static func labelled(_ label: String, _ text: String) -> [String] {
        let head = "  " + label
        var body = wrap(text, indent: column)
        if DisplayWidth.of(head) < column - 1 {
            body[0] = DisplayWidth.pad(head, to: column) + body[0].dropFirst(column)
            return body
        }
        return [head] + body
    }

    static func visibleSubcommands(_ command: CommandTree) -> [CommandTree] {
        command.subcommands.filter { $0.commandName != "help" }
    }

    /// `text` in lines of at most `width` columns, each after `indent` spaces. Chinese breaks
    /// between any two characters, other text at spaces; punctuation that closes never starts
    /// a line and punctuation that opens never ends one.
    public static func wrap(_ text: String, indent: Int, width: Int = 80) -> [String] {
        var lines: [String] = [], line = "", lineWidth = 0
        let room = max(10, width - indent)
        for unit in units(text) {
            let w = DisplayWidth.of(unit)
            if unit == " " {
                if lineWidth > 0 { line += " "; lineWidth += 1 }
                continue
            }
            if lineWidth + w > room, lineWidth > 0 {
                lines.append(String(line.reversed().drop { $0 == " " }.reversed()))
                line = ""
                lineWidth = 0
            }
            line += unit
            lineWidth += w
        }
        lines.append(String(line.reversed().drop { $0 == " " }.reversed()))
        return lines.map { String(repeating: " ", count: indent) + $0 }
    }

    static let closing: Set<Character> = ["，", "。", "、", "：", "；", "）", "”", "！", "？", "》", ")", ",", ".", ":", ";"]
    static let opening: Set<Character> = ["（", "“", "《", "("]

    /// The pieces a line may break between: words of other text, single Chinese characters,
    /// and spaces; closing punctuation joined to what is before it, opening to what follows.
    static func units(_ text: String) -> [String] {
        var units: [String] = [], word = "", pendingOpen = ""
        func flush() {
            if !word.isEmpty { units.append(pendingOpen + word); word = ""; pendingOpen = "" }
        }
        for ch in text {
            if ch == " " || ch == "\n" {
                flush()
                units.append(" ")
            } else if closing.contains(ch), !word.isEmpty || units.last.map({ $0 != " " }) == true {
                if word.isEmpty { units[units.count - 1] += String(ch) } else { word.append(ch) }
            } else if opening.contains(ch) {
                flush()
                pendingOpen += String(ch)
            } else if ch.isASCII {
                word.append(ch)
            } else {
                flush()
                units.append(pendingOpen + String(ch))
                pendingOpen = ""
            }
        }
        flush()
        if !pendingOpen.isEmpty { units.append(pendingOpen) }
        return units
    }
}
