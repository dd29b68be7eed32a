import ArgumentParser
import DutyCLI

struct People: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List people, filtered by compound, role or name.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "Only people living in this compound (ID or name).")
    var compound: String?

    @Option(help: "Only people with this role (code, English or Chinese name, e.g. medical).")
    var role: String?

    @Option(help: "Only people whose name contains this text.")
    var name: String?

    @Flag(help: "Show how each name is read in pinyin: the initials and the syllables the duty desk finds them by.")
    var pinyin = false

    func run() throws {
        try PeopleCommand.run(try options.open(), compound: compound, role: role, name: name, pinyin: pinyin, options.language,
                              .standard)
    }
}

struct Posts: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List posts with their shifts and staffing.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "Only posts of this compound (ID or name).")
    var compound: String?

    @Option(help: "Only posts of this kind (its English or Chinese name, e.g. checkpoint).")
    var kind: String?

    func run() throws {
        try PostsCommand.run(try options.open(), compound: compound, kind: kind, options.language, .standard)
    }
}
