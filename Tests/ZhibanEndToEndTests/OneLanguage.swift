import Foundation
import Testing

/// Whether an output is in one language. Chinese output may hold ASCII words only of the kinds
/// a coordinator types or reads as names: option names (`--db`), IDs (`P0085`, `C1`, `F5`),
/// file names and paths, command names, numbers, dates and times, environment variables
/// (`$ZHIBAN_DB`), keys (`Ctrl-C`), the values a command takes (`zh`, `signin`), the names of
/// file formats (PDF, CSV, UTF-8, BOM, GBK) and of the databases (SQLite, PostgreSQL), and one word quoted as typed (“zw”, or what the
/// user gave, “nobody”). Anything else is English showing through.
enum OneLanguage {
    static let formats: Set<String> = ["PDF", "CSV", "UTF-8", "BOM", "GBK", "SQLite", "PostgreSQL"]

    /// The ASCII words of `text` that are none of the kinds above; `allowed` holds the command
    /// names and the values commands take.
    static func foreignWords(in text: String, allowed: Set<String>) -> [String] {
        let quoted = Set(text.matches(of: #/“(?<word>[^”\s]+)”/#).flatMap { tokens(String($0.word)) })
        return tokens(text).filter { token in
            token.contains(where: \.isLetter) && !allowed.contains(token) && !quoted.contains(token) && !formats.contains(token)
                && !isName(token)
        }
    }

    /// The Han characters of `text`.
    static func han(in text: String) -> [Character] {
        text.filter { $0.unicodeScalars.contains { $0.properties.isIdeographic } }
    }

    /// Runs of ASCII letters, digits and `-_./@$~:+=*`, without a full stop or colon at the
    /// end; anything else separates them.
    static func tokens(_ text: String) -> [String] {
        let inside = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./@$~:+=*")
        return text.split { !inside.contains($0) }.map { String($0.reversed().drop { ".:".contains($0) }.reversed()) }
            .filter { !$0.isEmpty }
    }

    /// Option names, IDs, paths and file names, sizes, environment variables and keys.
    static func isName(_ token: String) -> Bool {
        token.wholeMatch(of: #/--?[A-Za-z][A-Za-z0-9-]*(=.*)?/#) != nil
            || token.wholeMatch(of: #/[A-Z]+[0-9]+[-@_.A-Za-z0-9]*/#) != nil
            || token.contains("/") || token.hasPrefix("~")
            || token.wholeMatch(of: #/[\w.-]*\.(csv|pdf|sqlite|txt|md|json)/#) != nil
            || token.wholeMatch(of: #/[0-9]+x[0-9]+/#) != nil
            || token.wholeMatch(of: #/\$[A-Z_]+/#) != nil
            || token.wholeMatch(of: #/Ctrl-[A-Z]/#) != nil
    }
}

/// The commands ArgumentParser knows, read from `zhiban --experimental-dump-help` (so that a new
/// command or option is checked without anyone listing it here).
struct DumpedCommand {
    struct Argument {
        let kind: String
        let names: [String]
        let allValues: [String]
    }

    let path: [String]
    let arguments: [Argument]

    /// Every command of the tree, `zhiban` itself first.
    static func all() throws -> [DumpedCommand] {
        let dump = try Zhiban.run(["--experimental-dump-help"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var commands: [DumpedCommand] = []
        func walk(_ node: [String: Any], _ path: [String]) {
            let arguments = (node["arguments"] as? [[String: Any]] ?? []).filter { $0["shouldDisplay"] as? Bool ?? true }.map { a in
                let names = (a["names"] as? [[String: Any]] ?? []).map { n in
                    (n["kind"] as? String == "long" ? "--" : "-") + (n["name"] as? String ?? "")
                }
                return Argument(kind: a["kind"] as? String ?? "", names: names, allValues: a["allValues"] as? [String] ?? [])
            }
            commands.append(DumpedCommand(path: path, arguments: arguments))
            for sub in node["subcommands"] as? [[String: Any]] ?? [] { walk(sub, path + [sub["commandName"] as? String ?? ""]) }
        }
        walk(try #require(json["command"] as? [String: Any]), [])
        return commands
    }

    /// Command names and the values any command takes: the ASCII words Chinese output may use.
    static func allowedWords(_ commands: [DumpedCommand]) -> Set<String> {
        Set(["zhiban"] + commands.flatMap(\.path) + commands.flatMap { $0.arguments.flatMap(\.allValues) })
    }
}
