/// Why the system refused to create or open a file, in Chinese. The system (strerror,
/// Foundation, SQLite) says it in English; the usual reasons are known here by their wording,
/// and a reason not known is shown as the system gave it.
public enum SystemReason {
    public static func chinese(_ reason: String) -> String {
        let lower = reason.lowercased()
        return known.first { lower.contains($0.english) }?.chinese ?? reason
    }

    static let known: [(english: String, chinese: String)] = [
        ("not a directory", "路径中有一段不是文件夹"),
        ("is a directory", "这是一个文件夹"),
        ("no such file", "文件或文件夹不存在"),
        ("doesn’t exist", "文件或文件夹不存在"),
        ("does not exist", "文件或文件夹不存在"),
        ("permission", "没有权限"),
        ("read-only file system", "文件系统只读"),
        ("no space left", "磁盘空间已满"),
        ("file exists", "文件已存在"),
        ("file is not a database", "这不是数据库文件"),
        ("database is locked", "数据库正被别的程序占用"),
        ("disk i/o error", "读写磁盘出错"),
        // Foundation's words when it names no cause; last, so that a cause it names wins.
        ("could not be completed", "系统未能完成这项操作"),
    ]
}
