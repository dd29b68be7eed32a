import ArgumentParser
import DutyModel

/// `--lang` for commands that touch no database (the benchmarks): the language of their
/// messages. Declared, not only read by the entry point, so that ArgumentParser lets it through
/// after the command's name and the help lists it.
struct LanguageOption: ParsableArguments {
    @Option(help: "Language of messages: zh or en (default: from the locale).")
    var lang: Language?

    var language: Language { lang ?? Language.fromEnvironment() }
}
