import Foundation

/// The commands and their arguments as ArgumentParser knows them, read from the JSON it writes
/// for `--experimental-dump-help`. The Chinese help and the Chinese parse errors are drawn from
/// this tree, so an option ArgumentParser knows can never be left out of them (only its Chinese
/// words can be missing, and the end-to-end tests look for that).
public struct CommandTree: Decodable, Sendable, Equatable {
    public var commandName: String
    public var abstract: String?
    public var discussion: String?
    public var subcommands: [CommandTree]
    public var arguments: [ArgumentTree]

    enum CodingKeys: String, CodingKey {
        case commandName, abstract, discussion, subcommands, arguments
    }

    public init(commandName: String, abstract: String? = nil, discussion: String? = nil, subcommands: [CommandTree] = [],
                arguments: [ArgumentTree] = []) {
        self.commandName = commandName
        self.abstract = abstract
        self.discussion = discussion
        self.subcommands = subcommands
        self.arguments = arguments
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        commandName = try c.decode(String.self, forKey: .commandName)
        abstract = try c.decodeIfPresent(String.self, forKey: .abstract)
        discussion = try c.decodeIfPresent(String.self, forKey: .discussion)
        subcommands = try c.decodeIfPresent([CommandTree].self, forKey: .subcommands) ?? []
        arguments = try c.decodeIfPresent([ArgumentTree].self, forKey: .arguments) ?? []
    }

    /// The root command of a `--experimental-dump-help` document.
    public init(dumpHelp json: String) throws {
        struct Document: Decodable { var command: CommandTree }
        self = try JSONDecoder().decode(Document.self, from: Data(json.utf8)).command
    }

    /// The subcommand called `name`.
    public func subcommand(_ name: String) -> CommandTree? { subcommands.first { $0.commandName == name } }

    /// The command at `path` below this one (this one for an empty path).
    public func command(at path: [String]) -> CommandTree? {
        path.reduce(Optional(self)) { node, name in node?.subcommand(name) }
    }

    /// Every command's path, this one's (empty) first, depth first.
    public var paths: [[String]] {
        [[]] + subcommands.flatMap { sub in sub.paths.map { [sub.commandName] + $0 } }
    }

    /// The arguments a user sees (ArgumentParser hides some, such as the help subcommand's `--help`).
    public var shownArguments: [ArgumentTree] { arguments.filter(\.shouldDisplay) }

    /// Whether this command takes `--NAME`.
    public func takes(option name: String) -> Bool {
        arguments.contains { $0.names.contains { $0.spelling == "--\(name)" } }
    }
}

/// One option, flag or positional argument of a command.
public struct ArgumentTree: Decodable, Sendable, Equatable {
    public enum Kind: String, Decodable, Sendable {
        case positional, option, flag
    }

    /// A name as typed: `--db`, `-h`, `-help`.
    public struct Name: Decodable, Sendable, Equatable {
        public var kind: String
        public var name: String

        /// `kind` is `long`, `short` or `longWithSingleDash`, as ArgumentParser writes it.
        public init(kind: String, name: String) {
            self.kind = kind
            self.name = name
        }

        public var spelling: String {
            switch kind {
            case "long": "--\(name)"
            case "short": "-\(name)"
            default: "-\(name)"
            }
        }
    }

    public var kind: Kind
    public var shouldDisplay: Bool
    public var isOptional: Bool
    public var isRepeating: Bool
    public var names: [Name]
    public var preferredName: Name?
    public var valueName: String?
    public var defaultValue: String?
    public var allValues: [String]
    public var abstract: String?

    enum CodingKeys: String, CodingKey {
        case kind, shouldDisplay, isOptional, isRepeating, names, preferredName, valueName, defaultValue, allValues, abstract
    }

    public init(kind: Kind, names: [Name] = [], valueName: String? = nil, isOptional: Bool = true, defaultValue: String? = nil,
                allValues: [String] = [], abstract: String? = nil) {
        self.kind = kind
        self.shouldDisplay = true
        self.isOptional = isOptional
        self.isRepeating = false
        self.names = names
        self.preferredName = names.first { $0.kind == "long" } ?? names.first
        self.valueName = valueName
        self.defaultValue = defaultValue
        self.allValues = allValues
        self.abstract = abstract
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(Kind.self, forKey: .kind)
        shouldDisplay = try c.decodeIfPresent(Bool.self, forKey: .shouldDisplay) ?? true
        isOptional = try c.decodeIfPresent(Bool.self, forKey: .isOptional) ?? false
        isRepeating = try c.decodeIfPresent(Bool.self, forKey: .isRepeating) ?? false
        names = try c.decodeIfPresent([Name].self, forKey: .names) ?? []
        preferredName = try c.decodeIfPresent(Name.self, forKey: .preferredName)
        valueName = try c.decodeIfPresent(String.self, forKey: .valueName)
        defaultValue = try c.decodeIfPresent(String.self, forKey: .defaultValue)
        allValues = try c.decodeIfPresent([String].self, forKey: .allValues) ?? []
        abstract = try c.decodeIfPresent(String.self, forKey: .abstract)
    }

    /// How the help catalogue names it: `--db` for an option or flag, `<query>` for a positional.
    public var key: String {
        if kind == .positional { return "<\(valueName ?? "")>" }
        return (preferredName ?? names.first)?.spelling ?? "<\(valueName ?? "")>"
    }

    /// Whether `spelling` (`--from`, `-h`, `<query>`) names it.
    public func isNamed(_ spelling: String) -> Bool {
        spelling == key || names.contains { $0.spelling == spelling } || spelling == "<\(valueName ?? "")>"
    }
}
