import ArgumentParser
import DutyModel
import DutyStore
import TerminalKit

struct People: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List people, filtered by compound, role or name.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "Only people living in this compound (ID or name).")
    var compound: String?

    @Option(help: "Only people with this role (code, English or Chinese name, e.g. medical or 医务人员).")
    var role: String?

    @Option(help: "Only people whose name contains this text.")
    var name: String?

    @Flag(help: "Show how each name is read in pinyin: the initials and the syllables the duty desk finds them by.")
    var pinyin = false

    func run() throws {
        let l = options.language
        let d = try options.open().loadDirectory()
        var people = d.people
        if let compound {
            let ids = try compoundIDs(matching: compound, in: d, l)
            people = people.filter { ids.contains($0.compound) }
        }
        if let role {
            guard let r = Role(lenient: role) else {
                throw CLIError(l == .zh ? "未知身份“\(role)”：应为 \(Role.allCases.map(\.name.zh).joined(separator: "、"))"
                                        : "unknown role “\(role)”: expected one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            people = people.filter { $0.roles.contains(r) }
        }
        if let name { people = people.filter { $0.name.contains(name) } }
        let compounds = Dictionary(d.compounds.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let buildings = Dictionary(d.buildings.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let zh = l == .zh
        var table = TextTable([
            .init(zh ? "编号" : "ID"), .init(zh ? "姓名" : "Name", maxWidth: 16), .init(zh ? "性别" : "Sex"),
            .init(zh ? "出生" : "Born", .right), .init(zh ? "小区" : "Compound", maxWidth: 14),
            .init(zh ? "楼栋" : "Building", maxWidth: 8), .init(zh ? "手机" : "Phone"),
            .init(zh ? "身份" : "Roles", maxWidth: 30),
        ] + (pinyin ? [.init(zh ? "首字母" : "Initials"), .init(zh ? "拼音" : "Pinyin")] : []))
        for p in people {
            table.append([p.id.rawValue, p.name, p.sex.name(l), "\(p.birthYear)", compounds[p.compound] ?? p.compound.rawValue,
                          p.building.flatMap { buildings[$0] } ?? "", p.phone, TextFormats.format(roles: p.roles, l)]
                         + (pinyin ? [Pinyin.initials(of: p.name), Pinyin.syllables(of: p.name).joined(separator: " ")] : []))
        }
        print(table.render(), terminator: "")
        print(zh ? "共 \(people.count) 人" : "\(people.count) people")
    }
}

struct Posts: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List posts with their shifts and staffing.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "Only posts of this compound (ID or name).")
    var compound: String?

    @Option(help: "Only posts of this kind (e.g. checkpoint or 卡点值守).")
    var kind: String?

    func run() throws {
        let l = options.language
        let zh = l == .zh
        let d = try options.open().loadDirectory()
        var posts = d.posts
        if let compound {
            let ids = try compoundIDs(matching: compound, in: d, l)
            posts = posts.filter { ids.contains($0.compound) }
        }
        if let kind {
            guard let k = PostKind(lenient: kind) else {
                throw CLIError(zh ? "未知岗位类型“\(kind)”：应为 \(PostKind.allCases.map(\.name.zh).joined(separator: "、"))"
                                  : "unknown post kind “\(kind)”: expected one of \(PostKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            posts = posts.filter { $0.kind == k }
        }
        let compounds = Dictionary(d.compounds.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let templates = Dictionary(d.shiftTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var table = TextTable([
            .init(zh ? "编号" : "ID"), .init(zh ? "岗位" : "Post", maxWidth: 20), .init(zh ? "类型" : "Kind", maxWidth: 18),
            .init(zh ? "小区" : "Compound", maxWidth: 14), .init(zh ? "班次（人数）" : "Shifts (people)"),
        ])
        for p in posts {
            let shifts = templates[p.template]?.shifts.map { s in
                let rule = p.rule(for: s.code)
                let count = rule.map { $0.minimum == $0.maximum ? "\($0.minimum)" : "\($0.minimum)-\($0.maximum)" } ?? "?"
                return "\(s.start)-\(s.end)(\(count))"
            }.joined(separator: " ") ?? ""
            table.append([p.id.rawValue, p.name, p.kind.name(l), compounds[p.compound] ?? p.compound.rawValue, shifts])
        }
        print(table.render(), terminator: "")
        print(zh ? "共 \(posts.count) 个岗位" : "\(posts.count) posts")
    }
}

/// The compounds whose ID or name is `text`; an error naming it when there is none.
func compoundIDs(matching text: String, in d: Directory, _ language: Language) throws -> Set<CompoundID> {
    let ids = Set(d.compounds.filter { $0.id.rawValue == text || $0.name == text }.map(\.id))
    guard !ids.isEmpty else { throw CLIError(language == .zh ? "没有小区“\(text)”" : "no compound “\(text)”") }
    return ids
}
