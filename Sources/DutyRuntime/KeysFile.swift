import DutyApp
import DutyModel
import Foundation

/// The user's keys file: `$XDG_CONFIG_HOME/zhiban/keys`, else `~/.config/zhiban/keys`.
public enum KeysFile {
    /// Every bad line of the file, as `PATH:LINE: message`; nothing applies when there is one.
    public struct Failure: Error, Equatable, Sendable {
        public let lines: [String]
        public var description: String { lines.joined(separator: "\n") }
    }

    /// Where the keys file is, for `environment`.
    public static func path(_ environment: [String: String]) -> String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.config")
        return base + "/zhiban/keys"
    }

    /// The standard keys rebound by the file, if there is one.
    public static func load(_ environment: [String: String], _ l: Language) throws(Failure) -> KeyMap {
        let path = path(environment)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return .standard }
        switch KeyMap.parse(text) {
        case let .success(map): return map
        case let .failure(problems): throw Failure(lines: problems.lines.map { "\(path):\($0.line): \($0.message(l))" })
        }
    }
}
