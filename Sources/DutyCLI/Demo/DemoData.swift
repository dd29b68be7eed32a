import DutyCSV
import DutyEngine
import DutyModel
import DutySample
import TerminalKit

/// The demo's data: the generated sample as an import gives it, a week's roster, and a summary
/// of what is in it.
enum DemoData {
    /// Generates the sample and takes it through CSV export and import, the same path as the
    /// files in data/, so the demo shows what an import gives.
    static func build(_ parameters: SampleCity.Parameters) throws -> Directory {
        let generated = SampleCity.generate(parameters)
        let files = Exporter(language: .zh, encoding: .utf8BOM).texts(generated).map {
            CSVFile(name: "\($0.table.fileName.zh).csv", bytes: Array($0.text.utf8))
        }
        switch Importer().read(files) {
        case let .success(result): return result.imported
        case let .failure(failure):
            throw CLIError("internal error: the sample does not import: " + failure.issues.prefix(5).map { $0.text(.en) }.joined(separator: "; "))
        }
    }

    /// Solves the sample's first week (a few thousand deterministic steps) and stores it; the
    /// number of assignments stored.
    static func roster(_ store: any RosterStore, _ directory: Directory, basedOn version: StoreVersion) throws -> Int {
        let start = SampleCity.referenceDate
        let plan = DutyCompiler.compile(directory, from: start, days: 7)
        let result = DutySolver(plan.problem, options: DutySearchOptions(seed: 1, steps: 3_000)).run()
        let assignments = plan.assignments(result.roster, source: .solver)
        _ = try store.replaceAssignments(from: start, to: start.adding(days: 6), with: assignments, action: "demo",
                                         updating: nil, basedOn: version)
        return assignments.count
    }

    /// How many areas, compounds … there are, and people by role and posts by kind as tables.
    static func summary(_ d: Directory, language l: Language) -> String {
        let zh = l == .zh
        var out = zh
            ? "\(d.areas.count) 个片区，\(d.compounds.count) 个小区，\(d.gates.count) 个出入口，\(d.buildings.count) 栋楼，\(d.organisations.count) 个单位，\(d.people.count) 人，\(d.posts.count) 个岗位\n\n"
            : "\(d.areas.count) areas, \(d.compounds.count) compounds, \(d.gates.count) gates, \(d.buildings.count) buildings, \(d.organisations.count) organisations, \(d.people.count) people, \(d.posts.count) posts\n\n"
        var roles = TextTable([.init(zh ? "身份" : "Role"), .init(zh ? "人数" : "People", .right)])
        for role in Role.allCases {
            roles.append([role.name(l), "\(d.people.filter { $0.roles.contains(role) }.count)"])
        }
        out += roles.render() + "\n"
        var kinds = TextTable([.init(zh ? "岗位类型" : "Post kind"), .init(zh ? "岗位数" : "Posts", .right)])
        for kind in PostKind.allCases {
            kinds.append([kind.name(l), "\(d.posts.filter { $0.kind == kind }.count)"])
        }
        out += kinds.render()
        return out
    }
}
