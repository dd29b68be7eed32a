/// What can go wrong with a store, in words a coordinator can act on.
public enum StoreError: Error, Sendable, Equatable {
    case cannotCreate(path: String, reason: String)
    case cannotOpen(path: String, reason: String)
    case notInitialised(path: String)
    case alreadyExists(path: String)
    case rejected(reason: String)
    case outOfRange(String)
    /// A stored record that this version cannot read.
    case corrupt(String)
    /// What the change touched was changed by someone else since the version it was based on.
    case conflict(StoreConflict)
    /// The database server cannot be reached (stopped, network down, refused the login).
    case unreachable(server: String, reason: String)
    /// The server refused the change for this login's role (row-level security, no privilege).
    case denied(reason: String)
    /// Undo or redo refused: someone else changed, after it, what the change touched.
    case undoBlocked(undo: Bool, StoreConflict)

    public var message: Localized {
        switch self {
        case let .cannotCreate(path, reason):
            Localized(zh: "无法创建数据库 \(path)：\(SystemReason.chinese(reason))", en: "cannot create the database \(path): \(reason)")
        case let .cannotOpen(path, reason):
            Localized(zh: "无法打开数据库 \(path)：\(SystemReason.chinese(reason))", en: "cannot open the database \(path): \(reason)")
        case let .notInitialised(path):
            Localized(zh: "数据库 \(path) 不存在：请先运行 zhiban init", en: "there is no database at \(path): run zhiban init first")
        case let .alreadyExists(path):
            Localized(zh: "数据库 \(path) 已存在", en: "the database \(path) already exists")
        case let .rejected(reason):
            Localized(zh: "数据库拒绝了这次修改：\(reason)", en: "the database refused the change: \(reason)")
        case let .outOfRange(slot):
            Localized(zh: "排班 \(slot) 不在要写入的日期范围内", en: "the assignment \(slot) is outside the dates being written")
        case let .corrupt(what):
            Localized(zh: "数据库中的记录无法读取：\(what)", en: "a stored record cannot be read: \(what)")
        case let .unreachable(server, reason):
            Localized(zh: "无法连接数据库服务器 \(server)：\(reason)", en: "cannot reach the database server \(server): \(reason)")
        case let .denied(reason):
            Localized(zh: "当前账号无权进行这项修改：\(reason)", en: "this login may not make that change: \(reason)")
        case let .undoBlocked(undo, c):
            Localized(zh: "无法\(undo ? "撤销" : "重做")：\(c.entity) 之后已被 \(c.user) 于 \(LocalDateTime.shown(stamp: c.at)) 修改（\(ChangeAction.name(c.action).zh)），请先核对",
                      en: "cannot \(undo ? "undo" : "redo"): \(c.entity) was changed afterwards by \(c.user) at \(LocalDateTime.shown(stamp: c.at)) (\(ChangeAction.name(c.action).en)); check it first")
        case let .conflict(c):
            // The time local and the action in words, never the stored UTC stamp and code.
            Localized(zh: "\(c.entity) 已被 \(c.user) 于 \(LocalDateTime.shown(stamp: c.at)) 修改（\(ChangeAction.name(c.action).zh)）：请重新载入后再改",
                      en: "\(c.entity) was changed by \(c.user) at \(LocalDateTime.shown(stamp: c.at)) (\(ChangeAction.name(c.action).en)): reload and try again")
        }
    }
}

extension StoreConflict {
    /// A check-in refused because someone else entered a version of the same record meanwhile,
    /// after “not saved”: whose record, who entered it, when, and what it now holds (`existing`),
    /// so that the coordinator checks it before changing it. The desk and the command line say it.
    public func contradiction(name: String, existing: CheckIn?) -> Localized {
        let holds = existing?.summary ?? Localized(zh: "", en: "")
        let when = LocalDateTime.shown(stamp: at)
        return Localized(zh: "\(name) 的记录已由 \(user) 于 \(when) 录入（\(holds.zh)），请核对后再改",
                         en: "\(user) entered \(name)'s record at \(when) (\(holds.en)); check it before changing it")
    }
}
