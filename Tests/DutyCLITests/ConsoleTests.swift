import DutyCLI
import DutyModel
import Testing

/// The console: progress only on a terminal, and the language of the locale.
@Suite struct ConsoleTests {
    @Test func progressIsShownInPlaceOnATerminalOnly() {
        let terminal = Recording(isTerminal: true), file = Recording(isTerminal: false)
        for recording in [terminal, file] {
            recording.console.progress("searching")
            recording.console.progress("")
            recording.console.out("done")
        }
        #expect(terminal.errors == "\r\u{1B}[Ksearching\r\u{1B}[K")
        #expect(file.errors.isEmpty)
        #expect(terminal.output == "done\n" && file.output == "done\n")
    }

    @Test(arguments: [
        ([String: String](), Language.en), (["LANG": "zh_CN.UTF-8"], .zh), (["LANG": "zh_CN.UTF-8", "LC_ALL": "C"], .en),
        (["LC_MESSAGES": "zh_TW", "LANG": "en_US"], .zh), (["LC_ALL": "", "LANG": "zh_CN"], .zh),
    ])
    func theLanguageFollowsTheFirstLocaleVariableSet(_ environment: [String: String], _ language: Language) {
        #expect(Language(locale: environment) == language)
    }
}
