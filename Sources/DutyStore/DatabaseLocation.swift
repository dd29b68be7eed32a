import Foundation

/// Where the database lives: `--db`, else `$ZHIBAN_DB`, else
/// `$XDG_DATA_HOME/zhiban/zhiban.sqlite`, else `~/.local/share/zhiban/zhiban.sqlite`.
public enum DatabaseLocation {
    public static func resolve(flag: String?, environment: [String: String]) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let env = environment["ZHIBAN_DB"], !env.isEmpty { return env }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return xdg + "/zhiban/zhiban.sqlite"
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/zhiban/zhiban.sqlite"
    }
}
