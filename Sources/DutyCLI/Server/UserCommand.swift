import DutyModel
import DutyStore

/// `zhiban user add` and `zhiban user list`.
public enum UserCommand {
    public static func add(_ store: AppDatabase, name: String, role: StoreRole, area: String?, compound: String?,
                           password: String?, _ l: Language, _ console: Console) throws {
        let zh = l == .zh
        let directory = try store.loadDirectory()
        if let area, !directory.areas.contains(where: { $0.id.rawValue == area }) {
            throw CLIError(zh ? "没有编号为 \(area) 的街道" : "there is no area \(area)")
        }
        if let compound, !directory.compounds.contains(where: { $0.id.rawValue == compound }) {
            throw CLIError(zh ? "没有编号为 \(compound) 的小区" : "there is no compound \(compound)")
        }
        let user = StoreUser(login: name, role: role, area: area.map(AreaID.init(rawValue:)),
                             compound: compound.map(CompoundID.init(rawValue:)))
        do {
            _ = try store.addUser(user, password: password)
        } catch let error as StoreError {
            throw CLIError(error.message, l)
        }
        console.out(zh ? "已设置账号 \(name)：\(describe(user, directory, l))" : "Login \(name): \(describe(user, directory, l))")
    }

    public static func list(_ store: AppDatabase, _ l: Language, _ console: Console) throws {
        let zh = l == .zh
        guard store.isServer else {
            console.out(zh ? "SQLite 数据库只有一个用户，靠文件权限保护（见 docs/security.md）。"
                           : "An SQLite database has one user, protected by the file's permissions (docs/security.md).")
            return
        }
        let directory = try store.loadDirectory()
        let users = try store.users()
        if users.isEmpty { console.out(zh ? "还没有账号（zhiban user add）。" : "No logins yet (zhiban user add).") }
        for user in users { console.out("\(user.login)\t\(describe(user, directory, l))") }
    }

    static func describe(_ user: StoreUser, _ directory: Directory, _ l: Language) -> String {
        let zh = l == .zh
        let area = user.area.map { id in directory.areas.first { $0.id == id }?.name ?? id.rawValue } ?? ""
        let compound = user.compound.map { id in directory.compounds.first { $0.id == id }?.name ?? id.rawValue } ?? ""
        switch user.role {
        case .street: return zh ? "街道办，管理\(area)的所有小区" : "street office, every compound of \(area)"
        case .compound: return zh ? "小区协调人，管理\(compound)的岗位、排班和人员" : "compound coordinator of \(compound)"
        case .desk: return zh ? "值班台，只为\(compound)签到" : "gate desk, check-ins of \(compound)"
        case .reader: return zh ? "只读" : "reader"
        }
    }
}
