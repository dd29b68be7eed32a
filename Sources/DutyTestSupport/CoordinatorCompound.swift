import DutyCSV
import DutyEngine
import DutyModel
import Foundation

/// A coordinator's own compound, as they wrote it by hand (Tests/Fixtures/coordinator-compound:
/// 31 people with polyphonic surnames, two gates, the seven post kinds, a 3-shift gate
/// template; the people file in GB18030, the posts with a BOM), and a week solved on it.
public enum CoordinatorCompound {
    public static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Tests/Fixtures/coordinator-compound").standardizedFileURL

    /// The Monday the week is planned from.
    public static let firstDay = Fixtures.date("2026-12-07")

    /// The directory as `zhiban import` reads the folder.
    public static let directory: Directory = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".csv") }.sorted() ?? []
        let files = names.compactMap { name in
            (try? Data(contentsOf: folder.appendingPathComponent(name))).map { CSVFile(name: name, bytes: Array($0)) }
        }
        switch Importer().read(files) {
        case let .success(result): return result.merged
        case let .failure(failure): fatalError("the coordinator fixture does not import: \(failure)")
        }
    }()

    /// The week from `firstDay` solved by the engine (seeded and step-limited, so always the same).
    public static let assignments: [Assignment] = {
        let plan = DutyCompiler.compile(directory, from: firstDay, days: 7)
        let result = DutySolver(plan.problem, options: DutySearchOptions(seed: 7, steps: 20_000, threads: 1)).run()
        return plan.assignments(result.roster, source: .solver)
    }()

    public static func person(named name: String) -> Person {
        guard let person = directory.people.first(where: { $0.name == name }) else { fatalError("no \(name) in the fixture") }
        return person
    }
}
