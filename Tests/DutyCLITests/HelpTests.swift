import DutyCLI
import DutyModel
import Testing

/// Reading a command line before ArgumentParser does, the Chinese help's layout, and
/// ArgumentParser's errors in Chinese, on a small command tree of the same shape as zhiban's.
@Suite struct HelpTests {
    static let tree = CommandTree(commandName: "zhiban", subcommands: [
        CommandTree(commandName: "solve", abstract: "Fill the open slots.", arguments: [
            ArgumentTree(kind: .option, names: [.init(kind: "long", name: "db")], valueName: "db"),
            ArgumentTree(kind: .option, names: [.init(kind: "long", name: "lang")], valueName: "lang", allValues: ["zh", "en"]),
            ArgumentTree(kind: .option, names: [.init(kind: "long", name: "from")], valueName: "from", isOptional: false),
            ArgumentTree(kind: .option, names: [.init(kind: "long", name: "days")], valueName: "days", defaultValue: "7"),
            ArgumentTree(kind: .flag, names: [.init(kind: "short", name: "h"), .init(kind: "long", name: "help")]),
        ]),
        CommandTree(commandName: "bench", subcommands: [
            CommandTree(commandName: "city", arguments: [
                ArgumentTree(kind: .option, names: [.init(kind: "long", name: "runs")], valueName: "runs", defaultValue: "5"),
                ArgumentTree(kind: .option, names: [.init(kind: "long", name: "brand-new")], valueName: "brand-new",
                             abstract: "An option nobody has put into Chinese."),
            ]),
        ]),
        CommandTree(commandName: "checkin", arguments: [
            ArgumentTree(kind: .positional, valueName: "query", isOptional: false),
        ]),
        CommandTree(commandName: "help"),
    ])

    func request(_ arguments: [String], _ environment: [String: String] = [:]) -> CommandLineRequest {
        CommandLineRequest(arguments, root: Self.tree, environment: environment)
    }

    @Test func theLanguageComesFromLangAnywhereElseTheLocale() {
        #expect(request(["solve", "--from", "x"], ["LANG": "zh_CN.UTF-8"]).language == .zh)
        #expect(request(["solve", "--lang", "en"], ["LANG": "zh_CN.UTF-8"]).language == .en)
        #expect(request(["--lang=zh", "solve"]).language == .zh)
        // After “--” it is an argument, not the language.
        #expect(request(["checkin", "--", "--lang", "zh"]).language == .en)
    }

    @Test func langMovesAfterTheCommandThatTakesItAndLeavesOneThatDoesNot() {
        let solve = request(["--lang", "zh", "solve", "--from", "2026-12-01"])
        #expect(solve.path == ["solve"] && solve.arguments == ["solve", "--lang", "zh", "--from", "2026-12-01"])
        let city = request(["bench", "city", "--lang", "zh", "--runs", "2"])
        #expect(city.path == ["bench", "city"] && city.arguments == ["bench", "city", "--runs", "2"])
        let plain = request(["solve", "--from", "2026-12-01"])
        #expect(plain.arguments == ["solve", "--from", "2026-12-01"] && !plain.wantsHelp)
    }

    @Test func helpIsAskedForByFlagOrByWord() {
        #expect(request(["solve", "--help"]).wantsHelp && request(["solve", "-h"]).path == ["solve"])
        let word = request(["help", "bench", "city", "--lang", "zh"])
        #expect(word.wantsHelp && word.path == ["bench", "city"] && word.language == .zh)
        #expect(word.arguments == ["bench", "city", "--help"])
        #expect(request(["bench", "help", "city"]).path == ["bench", "city"])
        #expect(request(["help", "help"]).path == ["help"])
        // A person called “help” is not a request for help.
        let person = request(["checkin", "help"])
        #expect(!person.wantsHelp && person.arguments == ["checkin", "help"])
        #expect(!request(["checkin", "--", "--help"]).wantsHelp)
    }

    @Test func theHelpIsChineseAndAMissingEntryShowsItsEnglish() {
        let solve = ChineseHelp.render(Self.tree, path: ["solve"])
        #expect(solve.hasPrefix("概述：为一段日期内的空缺班次排班"))
        #expect(solve.contains("用法：zhiban solve --from <日期> [选项]\n"))
        #expect(solve.contains("\n  --days <天数>           天数（1–62）（默认：7）。\n"), "\(solve)")
        #expect(solve.contains("\n  -h, --help              显示帮助。\n"))
        let bench = ChineseHelp.render(Self.tree, path: ["bench"])
        #expect(bench.contains("\n  city  ") && bench.hasSuffix("运行 zhiban help bench <子命令> 查看子命令的帮助。\n"))
        // What the end-to-end tests catch: an option the catalogue has no words for.
        let city = ChineseHelp.render(Self.tree, path: ["bench", "city"])
        #expect(city.contains("\n  --brand-new <brand-new>\n") && city.contains("An option nobody has put into Chinese."), "\(city)")
        #expect(ChineseHelp.render(Self.tree, path: ["nosuch"]).hasPrefix("概述：值班"))
    }

    @Test func longTextWrapsBetweenChineseCharactersButNotBeforeClosingPunctuation() {
        let lines = ChineseHelp.wrap(String(repeating: "排班", count: 30) + "，--dry-run。", indent: 4, width: 40)
        #expect(lines.allSatisfy { $0.hasPrefix("    ") })
        #expect(lines.allSatisfy { !$0.dropFirst(4).hasPrefix("，") && !$0.dropFirst(4).hasPrefix("。") })
        #expect(lines.joined().replacingOccurrences(of: " ", with: "") == String(repeating: "排班", count: 30) + "，--dry-run。")
    }

    @Test(arguments: [
        ("Unknown option '--bogus'", "错误：未知的选项 --bogus"),
        ("Unknown option '--thread'. Did you mean '--threads'?", "错误：未知的选项 --thread，是不是想用 --threads？"),
        ("Missing value for '--from <from>'", "错误：选项 --from 后缺少值"),
        ("The value 'abc' is invalid for '--days <days>'", "错误：--days <天数> 的值“abc”无效"),
        ("The value 'fr' is invalid for '--lang <lang>'. Please provide one of 'zh' and 'en'.", "错误：--lang <语言> 的值“fr”无效：应为 zh 或 en"),
        ("Missing expected argument '--from <from>'", "错误：缺少选项 --from <日期>"),
        ("The option '--dry-run' does not take any value, but 'yes' was specified.", "错误：选项 --dry-run 不带值，却给了“yes”"),
        ("Unexpected argument 'extra'", "错误：多余的参数“extra”"),
        ("2 unexpected arguments: 'a', 'b'", "错误：多余的参数：“a”、“b”"),
        ("Something new happened to 'x'", "错误：无法理解这些参数：“x”"),
    ])
    func argumentParsersErrorsInChinese(_ english: String, _ chinese: String) {
        let message = ChineseParseError.message(english, root: Self.tree, path: ["solve"])
        #expect(message.hasPrefix(chinese + "\n"), "\(message)")
        #expect(message.hasSuffix("用法：zhiban solve --from <日期> [选项]\n运行 zhiban solve --help 查看帮助。"))
    }

    @Test func aMissingArgumentAndAnUnknownCommand() {
        let checkin = ChineseParseError.message("Missing expected argument '<query>'", root: Self.tree, path: ["checkin"])
        #expect(checkin.hasPrefix("错误：缺少参数 <人员>\n  <人员>  谁：拼音首字母"), "\(checkin)")
        let top = ChineseParseError.message("Unexpected argument 'nosuch'", root: Self.tree, path: [])
        #expect(top == "错误：没有“nosuch”这个命令\n用法：zhiban <子命令>\n运行 zhiban --help 查看帮助。")
    }
}
