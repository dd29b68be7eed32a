import DutyModel

/// What a `zhiban` command line asks for, read before ArgumentParser sees it: the language
/// (`--lang` anywhere, else the locale), which command it names, and whether it asks for help.
/// ArgumentParser knows `--lang` only as an option of some commands, and its help and errors
/// are English; reading these first lets the executable answer in Chinese.
public struct CommandLineRequest: Equatable, Sendable {
    public var language: Language
    /// The subcommands named, e.g. `["bench", "city"]`; empty for `zhiban` itself.
    public var path: [String]
    /// The arguments for ArgumentParser: `--lang` placed after the command's name when the
    /// command takes it, and left out when it does not (it then only chose the language).
    public var arguments: [String]
    /// `--help`, `-h` or `help` was given: the help of `path` is wanted.
    public var wantsHelp: Bool

    /// Reads `arguments` (without the program's name) against the command tree `root`.
    public init(_ arguments: [String], root: CommandTree, environment: [String: String]) {
        var rest: [String] = [], chosen: Language?, i = 0
        let end = arguments.firstIndex(of: "--") ?? arguments.count
        while i < arguments.count {
            let token = arguments[i]
            if i < end, token == "--lang", i + 1 < end, let l = Language(rawValue: arguments[i + 1]) {
                chosen = l
                i += 2
                continue
            }
            if i < end, token.hasPrefix("--lang="), let l = Language(rawValue: String(token.dropFirst(7))) {
                chosen = l
                i += 1
                continue
            }
            rest.append(token)
            i += 1
        }
        language = chosen ?? Language(locale: environment)

        // The command: leading words that name subcommands; `help` before them asks for help.
        var node = root, path: [String] = [], j = 0, helpWord = false
        while j < rest.count {
            if rest[j] == "help", !helpWord, !node.subcommands.isEmpty {
                helpWord = true
            } else if rest[j] == "help", helpWord, path.isEmpty, let sub = node.subcommand("help") {
                // `zhiban help help`: the help command's own help.
                node = sub
                path.append("help")
            } else if let sub = node.subcommand(rest[j]), sub.commandName != "help" {
                node = sub
                path.append(rest[j])
            } else {
                break
            }
            j += 1
        }
        self.path = path
        let options = rest[j...].prefix { $0 != "--" }
        wantsHelp = helpWord || options.contains { ["--help", "-h", "-help"].contains($0) }
        let language = chosen.map { node.takes(option: "lang") ? ["--lang", $0.rawValue] : [] } ?? []
        self.arguments = helpWord ? path + ["--help"] : path + language + rest[j...]
    }
}
