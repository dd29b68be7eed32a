import ArgumentParser
import DutyCLI
import DutyModel
import Foundation

extension Zhiban {
    /// The entry point. The language and the command are read before ArgumentParser sees the
    /// arguments, because ArgumentParser speaks only English and knows `--lang` only as an
    /// option of some commands. In English ArgumentParser answers as it always does; in Chinese
    /// the help comes from `ChineseHelp` and every error, ArgumentParser's own included, is said
    /// here in Chinese, with the exit codes ArgumentParser would use.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst()), environment = ProcessInfo.processInfo.environment
        // English with no --lang to move: ArgumentParser as it is, without reading the tree.
        let langGiven = arguments.contains { $0 == "--lang" || $0.hasPrefix("--lang=") }
        guard !arguments.contains("--experimental-dump-help"), langGiven || Language(locale: environment) == .zh,
              let root = try? CommandTree(dumpHelp: _dumpHelp())
        else {
            return main(arguments)
        }
        let request = CommandLineRequest(arguments, root: root, environment: environment)
        guard request.language == .zh else { return main(request.arguments) }
        if request.wantsHelp { exitWithHelp(root, request.path) }
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(request.arguments)
        } catch {
            if exitCode(for: error) == .success {
                // `zhiban bench` alone asks for the help; anything else that ends well (a
                // completion script) is ArgumentParser's to print.
                if request.arguments == request.path { exitWithHelp(root, request.path) }
                print(fullMessage(for: error))
                Foundation.exit(ExitCode.success.rawValue)
            }
            exitInChinese(error, saying: ChineseParseError.message(message(for: error), root: root, path: request.path))
        }
        do {
            try command.run()
        } catch {
            // A command with subcommands asks for its help when run alone.
            if exitCode(for: error) == .success { exitWithHelp(root, request.path) }
            exitInChinese(error, saying: message(for: error).isEmpty ? "" : "错误：" + message(for: error))
        }
    }

    /// Prints the Chinese help of the command at `path` and ends the process.
    static func exitWithHelp(_ root: CommandTree, _ path: [String]) -> Never {
        print(ChineseHelp.render(root, path: path), terminator: "")
        Foundation.exit(ExitCode.success.rawValue)
    }

    /// Prints `text` (if any) on standard error and ends with the exit code ArgumentParser
    /// gives `error`: 64 for a usage error, 1 for a failure, the code of an `ExitCode`.
    static func exitInChinese(_ error: any Error, saying text: String) -> Never {
        if !text.isEmpty { FileHandle.standardError.write(Data((VisibleText.of(text) + "\n").utf8)) }
        Foundation.exit(exitCode(for: error).rawValue)
    }
}
