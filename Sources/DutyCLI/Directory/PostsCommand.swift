import DutyModel
import TerminalKit

/// `zhiban posts`: posts with their shifts (night shifts marked) and how many people each
/// needs, filtered by compound or kind.
public enum PostsCommand {
    /// Lists the posts of `compound` (ID or name) of `kind` (code, English or Chinese name).
    public static func run(_ store: any RosterStore, compound: String?, kind: String?, _ l: Language,
                           _ console: Console) throws {
        let zh = l == .zh
        let d = try store.loadDirectory()
        let inCompound = try d.compoundFilter(compound, l)
        let wanted = try kind.map { try ArgumentValue.oneOf($0, PostKind(lenient: $0), Localized(zh: "岗位类型", en: "post kind"), name: \.name, l) }
        let posts = d.posts.filter { p in inCompound(p.compound) && (wanted.map { p.kind == $0 } ?? true) }
        let compounds = Dictionary(d.compounds.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let templates = Dictionary(d.shiftTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var table = TextTable([
            .init(zh ? "编号" : "ID"), .init(zh ? "岗位" : "Post", maxWidth: 20), .init(zh ? "类型" : "Kind", maxWidth: 18),
            .init(zh ? "小区" : "Compound", maxWidth: 14), .init(zh ? "班次（人数）" : "Shifts (people)"),
        ])
        let night = zh ? "夜" : "N"
        for p in posts {
            let shifts = templates[p.template]?.shifts.map { s in
                let rule = p.rule(for: s.code)
                let count = rule.map { $0.minimum == $0.maximum ? "\($0.minimum)" : "\($0.minimum)-\($0.maximum)" } ?? "?"
                return "\(s.start)-\(s.end)\(s.isNight ? night : "")(\(count))"
            }.joined(separator: " ") ?? ""
            table.append([p.id.rawValue, p.name, p.kind.name(l), compounds[p.compound] ?? p.compound.rawValue, shifts])
        }
        console.out(table.render(), terminator: "")
        console.out(zh ? "共 \(posts.count) 个岗位" : "\(posts.count) posts")
        let shown = Set(posts.map(\.template)).compactMap { templates[$0] }.flatMap(\.shifts)
        if shown.contains(where: \.isNight) {
            console.out(zh ? "带“夜”的是夜班：班次模板表中指定，未指定时一半以上在 22:00–06:00 即算（可值夜班=否的人不排）"
                           : "N: a night shift, as the shift-templates file says, else when more than half of it is in 22:00–06:00 (not given to people with night_ok = no)")
        }
    }
}
