import DutyModel
import TerminalKit

/// `zhiban people`: people as a table that lines up with Chinese names, filtered by compound,
/// role or name, with how each name is read in pinyin on request.
public enum PeopleCommand {
    /// Lists the people living in `compound` (ID or name), with `role` (code, English or
    /// Chinese name), whose name contains `name`; with `pinyin`, the initials and syllables the
    /// desk finds each by: every reading, the conventional one first (单丽萍: slp/dlp/clp).
    public static func run(_ store: any RosterStore, compound: String?, role: String?, name: String?, pinyin: Bool,
                           _ l: Language, _ console: Console) throws {
        let zh = l == .zh
        let d = try store.loadDirectory()
        let inCompound = try d.compoundFilter(compound, l)
        let wanted = try role.map { try ArgumentValue.oneOf($0, Role(lenient: $0), Localized(zh: "身份", en: "role"), name: \.name, l) }
        let people = d.people.filter { p in
            inCompound(p.compound) && (wanted.map { p.roles.contains($0) } ?? true) && (name.map { p.name.contains($0) } ?? true)
        }
        let compounds = Dictionary(d.compounds.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let buildings = Dictionary(d.buildings.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var table = TextTable([
            .init(zh ? "编号" : "ID"), .init(zh ? "姓名" : "Name", maxWidth: 16), .init(zh ? "性别" : "Sex"),
            .init(zh ? "出生" : "Born", .right), .init(zh ? "小区" : "Compound", maxWidth: 14),
            .init(zh ? "楼栋" : "Building", maxWidth: 8), .init(zh ? "手机" : "Phone"),
            .init(zh ? "身份" : "Roles", maxWidth: 30),
        ] + (pinyin ? [.init(zh ? "首字母" : "Initials"), .init(zh ? "拼音" : "Pinyin")] : []))
        for p in people {
            table.append([p.id.rawValue, p.name, p.sex.name(l), "\(p.birthYear)", compounds[p.compound] ?? p.compound.rawValue,
                          p.building.flatMap { buildings[$0] } ?? "", p.phone, TextFormats.format(roles: p.roles, l)]
                         + (pinyin ? readings(of: p.name) : []))
        }
        console.out(table.render(), terminator: "")
        console.out(zh ? "共 \(people.count) 人" : "\(people.count) people")
    }

    /// The initials and the syllables of every reading of a name, readings separated by `/`.
    static func readings(of name: String) -> [String] {
        let readings = Pinyin.readings(of: name)
        return [readings.map { String($0.compactMap(\.first)) }.joined(separator: "/"),
                readings.map { $0.joined(separator: " ") }.joined(separator: " / ")]
    }
}
