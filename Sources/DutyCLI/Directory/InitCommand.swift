import DutyModel

/// `zhiban init`: says whether the database was created or was there already (its schema is
/// brought up to date when the executable opens it).
public enum InitCommand {
    public static func report(path: String, existed: Bool, _ l: Language, _ console: Console) {
        let zh = l == .zh
        if existed {
            console.out(zh ? "数据库已存在，结构已是最新：\(path)" : "Database already exists, schema up to date: \(path)")
        } else {
            console.out(zh ? "已创建数据库：\(path)" : "Created database: \(path)")
        }
    }
}
