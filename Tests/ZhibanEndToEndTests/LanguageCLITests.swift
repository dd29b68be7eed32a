import Foundation
import Testing

/// One language at a time: with --lang zh (or a Chinese locale) everything zhiban prints is
/// Chinese, help and errors included, ArgumentParser's own among them; with --lang en there is
/// no Chinese but the data's. Every command is found in the command tree, not listed here.
@Suite(.serialized) struct LanguageCLITests {
    let sample = Zhiban.root.appendingPathComponent("data/sample").path

    @Test func theCheckerFindsEnglishInChineseText() {
        let allowed: Set<String> = ["zhiban", "solve"]
        #expect(OneLanguage.foreignWords(in: "Error: Missing expected argument '--from <from>'", allowed: allowed)
            == ["Error", "Missing", "expected", "argument", "from"])
        #expect(OneLanguage.foreignWords(in: "已撤销：swap（4 条，2026-12-03T06:25:21Z）", allowed: allowed) == ["swap", "2026-12-03T06:25:21Z"])
        #expect(OneLanguage.foreignWords(in: "[软] 值班时长均衡 (hours-fairness)", allowed: allowed) == ["hours-fairness"])
        #expect(OneLanguage.foreignWords(in: "请假 excused", allowed: allowed) == ["excused"])
        #expect(OneLanguage.foreignWords(in: "“two words”", allowed: allowed) == ["two", "words"])
        let fine = """
            错误：缺少选项 --from <日期>；运行 zhiban solve --help 查看帮助。数据库 ~/.local/share/zhiban/zhiban.sqlite、\
            $ZHIBAN_DB、/tmp/z.sqlite、people.csv；人员 P0085 在 C001-checkpoint-G1@2026-12-01@night 2026-12-03 14:25；\
            按 Ctrl-C 或 F10；132x43；PDF、UTF-8；没有人符合“nobody”
            """
        #expect(OneLanguage.foreignWords(in: fine, allowed: allowed) == [])
        #expect(OneLanguage.han(in: "Undid: swap (4 records, 2026-12-03 14:25)").isEmpty)
        #expect(OneLanguage.han(in: "Error: 缺少") == ["缺", "少"])
    }

    @Test func everyCommandsHelpIsChineseWithEveryOption() throws {
        let commands = try DumpedCommand.all()
        #expect(commands.count > 25 && commands.contains { $0.path == ["bench", "city"] })
        let allowed = DumpedCommand.allowedWords(commands)
        for command in commands {
            let asked = command.path == ["help"] ? [["help", "help", "--lang", "zh"]] : [["--lang", "zh"] + command.path + ["--help"], ["help"] + command.path + ["--lang", "zh"]]
            for arguments in asked {
                let result = try Zhiban.run(arguments)
                let what = "zhiban \(arguments.joined(separator: " "))"
                #expect(result.status == 0 && result.stderr.isEmpty, "\(what): \(result.stderr)")
                #expect(result.stdout.hasPrefix("概述："), "\(what): \(result.stdout)")
                #expect(OneLanguage.foreignWords(in: result.stdout, allowed: allowed) == [], "\(what):\n\(result.stdout)")
                // Every option ArgumentParser knows has a line, and Chinese words on it.
                let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                for argument in command.arguments where argument.kind != "positional" {
                    let label = "  " + argument.names.joined(separator: ", ")
                    let at = try #require(lines.firstIndex { $0 == label || $0.hasPrefix(label + " ") }, "\(what): no line for \(label)")
                    let text = lines[at] + (at + 1 < lines.count ? lines[at + 1] : "")
                    #expect(OneLanguage.han(in: text).count > 2, "\(what): \(label) has no Chinese help")
                }
                let positionals = command.arguments.filter { $0.kind == "positional" }.count
                #expect(lines.filter { $0.hasPrefix("  <") && OneLanguage.han(in: $0).count > 3 }.count == positionals, "\(what)")
            }
        }
    }

    @Test func chineseComesFromTheLocaleAndTheOldFailuresAreGone() throws {
        let zh = ["LANG": "zh_CN.UTF-8"]
        let top = try Zhiban.run([], environment: zh)
        #expect(top.status == 0 && top.stdout.hasPrefix("概述：") && top.stdout.contains("子命令："))
        let bench = try Zhiban.run(["bench"], environment: ["LC_MESSAGES": "zh_CN.UTF-8"])
        #expect(bench.status == 0 && bench.stdout.contains("  city  "))
        // Once refused with “Unknown option '--lang'”.
        let help = try Zhiban.run(["help", "solve", "--lang", "zh"])
        #expect(help.status == 0 && help.stdout.contains("用法：zhiban solve --from <日期> [选项]"), "\(help.stdout)\(help.stderr)")
        let print = try Zhiban.run(["--lang", "zh", "print", "signin", "--help"])
        #expect(print.stdout.contains("用法：zhiban print --date <日期> [选项] <种类>"))
    }

    /// Twenty-odd ways to get a command wrong, each said in Chinese only, with ArgumentParser's
    /// exit codes (64 for a usage error, 1 for a refusal).
    @Test func errorsAreChineseOnly() throws {
        let tmp = try TemporaryFolder(), db = tmp.path("z.sqlite"), missing = tmp.path("none.sqlite")
        #expect(try Zhiban.run(["import", "--db", db, sample]).status == 0)
        let allowed = DumpedCommand.allowedWords(try DumpedCommand.all())
        for (arguments, status) in errorCases(db: db, missing: missing, folder: tmp) {
            let result = try Zhiban.run(["--lang", "zh"] + arguments)
            let what = "zhiban --lang zh \(arguments.joined(separator: " "))"
            #expect(result.status == status, "\(what): \(result.status) \(result.stderr)")
            #expect(result.stderr.hasPrefix("错误："), "\(what): \(result.stderr)")
            #expect(OneLanguage.foreignWords(in: result.stderr + result.stdout, allowed: allowed) == [], "\(what):\n\(result.stderr)")
        }
    }

    @Test func englishHelpAndErrorsHaveNoChinese() throws {
        let tmp = try TemporaryFolder(), db = tmp.path("z.sqlite"), missing = tmp.path("none.sqlite")
        #expect(try Zhiban.run(["import", "--db", db, sample]).status == 0)
        let zh = ["LANG": "zh_CN.UTF-8"]
        for command in try DumpedCommand.all() where command.path != ["help"] {
            let result = try Zhiban.run(command.path + ["--help", "--lang", "en"], environment: zh)
            #expect(result.status == 0 && result.stdout.hasPrefix("OVERVIEW: "), "\(command.path): \(result.stdout)")
            #expect(OneLanguage.han(in: result.stdout).isEmpty, "\(command.path):\n\(result.stdout)")
        }
        for (arguments, status) in errorCases(db: db, missing: missing, folder: tmp) {
            let result = try Zhiban.run(["--lang", "en"] + arguments, environment: zh)
            let what = "zhiban --lang en \(arguments.joined(separator: " "))"
            #expect(result.status == status, "\(what): \(result.status) \(result.stderr)")
            #expect(result.stderr.hasPrefix("Error: "), "\(what): \(result.stderr)")
            // A person's name is data, not language: the only Han allowed in English.
            let text = names.reduce(result.stderr + result.stdout) { $0.replacingOccurrences(of: $1, with: "") }
            #expect(OneLanguage.han(in: text).isEmpty, "\(what):\n\(result.stderr)")
        }
    }

    /// The sample's people's names (the second column of its people file).
    var names: [String] {
        let file = URL(fileURLWithPath: sample).appendingPathComponent("人员.csv")
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            return cells.count > 1 ? String(cells[1]) : nil
        }.filter { !$0.isEmpty }
    }

    /// Command lines that fail, and the exit status each must end with.
    func errorCases(db: String, missing: String, folder: TemporaryFolder) -> [([String], Int32)] {
        let plain = folder.path("plain.txt")
        FileManager.default.createFile(atPath: plain, contents: Data("not a database\n".utf8))
        return [
            (["solve", "--from", "2026-12-01", "--bogus"], 64),  // unknown option
            (["solve", "--from", "2026-12-01", "--thread", "2"], 64),  // unknown option, with a suggestion
            (["solve", "--from"], 64),  // missing value
            (["solve", "--from", "2026-12-01", "--days", "abc"], 64),  // invalid value
            (["solve"], 64),  // missing option
            (["checkin"], 64),  // missing argument
            (["init", "extra"], 64),  // unexpected argument
            (["init", "one", "two"], 64),  // unexpected arguments
            (["nosuch"], 64),  // no such command
            (["bench", "city", "--runs"], 64),  // nested command, missing value
            (["print", "poster", "--date", "2026-12-01", "--db", db], 64),  // not one of the kinds
            (["import", "--encoding", "latin1", "x.csv"], 64),  // not one of the encodings
            (["solve", "--dry-run=yes", "--from", "2026-12-01"], 64),  // a flag given a value
            (["solve", "--from", "2026-13-45", "--db", db], 1),  // bad date
            (["solve", "--from", "2026-12-01", "--days", "99", "--db", db], 1),  // bad --days
            (["tui", "--days", "0", "--db", db], 1),  // bad --days
            (["checkin", "nobody", "--at", "2026-12-01 08:00", "--db", db], 1),  // unknown person
            (["checkin", "P0001", "--at", "tomorrow", "--db", db], 1),  // bad time
            (["desk", "--now", "soon", "--db", db], 1),  // bad time
            (["undo", "--db", missing], 1),  // missing database file
            (["export", "--db", missing, folder.path("out")], 1),  // missing database file
            (["init", "--db", plain + "/z.sqlite"], 1),  // a database where a file is in the way (the system's reason)
            (["people", "--db", plain], 1),  // a file that is no database (SQLite's reason)
            (["import", "--db", db, folder.path("nothere/people.csv")], 1),  // bad CSV path
            (["hours", "--from", "2026-12-02", "--to", "2026-12-01", "--db", db], 1),  // dates the wrong way round
            (["hours", "--from", "2026-12-01", "--to", "2026-12-02", "--by", "street", "--db", db], 1),  // bad grouping
            (["checkins", "--date", "12/01", "--db", db], 1),  // bad date
            (["explain", "--from", "2026-12-01", "--slot", "nope", "--db", db], 1),  // no such slot
            (["replan", "--from", "2026-12-01", "--db", db], 1),  // neither --absent nor --more
            (["certificate", "nobody", "--from", "2026-12-01", "--to", "2026-12-07", "--db", db], 1),  // unknown person
            (["people", "--role", "astronaut", "--db", db], 1),  // unknown role
            (["print", "signin", "--date", "2026-12-01", "--compound", "C999", "--db", db], 1),  // unknown compound
            (["export", "--db", db, plain + "/out"], 1),  // a folder where a file is in the way (Foundation's reason)
            (["certificate", "P0001", "--from", "2026-12-01", "--to", "2026-12-07", "--out", folder.path("none/c.txt"), "--db", db], 1),
        ]
    }
}
