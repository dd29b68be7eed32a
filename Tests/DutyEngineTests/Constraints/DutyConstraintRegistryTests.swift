import DutyEngine
import DutyModel
import Foundation
import Testing

/// Every duty constraint has its own test file beside this one, and on random rosters each
/// one's violations are well-formed and every one of them is broken somewhere.
@Suite struct DutyConstraintRegistryTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static func typeName(of constraint: any DutyConstraint) -> String { String(describing: type(of: constraint)) }

    @Test(arguments: DutyConstraints.ids)
    func everyConstraintHasATestFile(_ id: String) throws {
        let constraint = try #require(DutyConstraints.all.first { $0.id == id })
        let name = Self.typeName(of: constraint)
        let file = Self.folder.appendingPathComponent(name + "Tests.swift")
        try #require(FileManager.default.fileExists(atPath: file.path), "duty constraint \(id) has no test file \(file.lastPathComponent)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(name + "()"), "\(file.lastPathComponent) never evaluates \(name)")
        #expect(text.contains("@Test"))
    }

    /// Hard constraints first, then soft: the catalogue order explanations follow.
    @Test func hardBeforeSoft() {
        let levels = DutyConstraints.all.map(\.level)
        #expect(levels == levels.sorted { $0 == .hard && $1 == .soft })
    }

    static func randomProblem() -> DutyFixture {
        var f = DutyFixture(days: 14)
        for i in 0..<6 {
            f.person("人\(i)", roles: i % 3 == 0 ? [.partyMemberInService] : [.residentVolunteer], age: 16 + i * 11,
                     home: i % 3, maxHours: 12 + 6 * i, night: i % 2 == 0,
                     available: [0..<(3 * 1440), (4 * 1440)..<(15 * 1440)])
        }
        for day in 0..<14 {
            f.slot(day: day, from: 7, hours: 8, place: day % 3, min: 2, max: 3, requirements: [DutyFixture.partyRequirement], minAge: 18)
            f.slot(day: day, from: 23, hours: 8, place: 0, min: 2, max: 2, night: true)
            f.slot(day: day, from: 9, hours: 2, place: 1, min: 1, max: 2, maxAge: 60)
            f.slot(day: day, from: 14, hours: 3, place: 2, min: 1, max: 2)
        }
        f.problem.pinned = [DutyPair(slot: 0, person: 0), DutyPair(slot: 5, person: 3)]
        var published = DutyRoster(slots: f.problem.slots.count)
        for s in stride(from: 0, to: f.problem.slots.count, by: 3) { published.add(DutyPair(slot: s, person: s % 6)) }
        f.problem.published = published
        return f
    }

    @Test func violationsAreWellFormedAndEveryRuleIsBrokenSomewhere() {
        let f = Self.randomProblem()
        var rng = SeededRandom(seed: 99)
        var broken: Set<String> = []
        for _ in 0..<60 {
            var roster = DutyRoster(slots: f.problem.slots.count)
            let density = Int.random(in: 1...5, using: &rng)
            for s in f.problem.slots.indices {
                for p in f.problem.people.indices where Int.random(in: 0..<12, using: &rng) < density {
                    roster.add(DutyPair(slot: s, person: p))
                }
            }
            let view = DutyView(f.problem, roster)
            for constraint in DutyConstraints.all {
                let violations = constraint.violations(view)
                #expect(violations.allSatisfy { $0.penalty > 0 && $0.constraint == constraint.id && $0.level == constraint.level })
                #expect(violations.allSatisfy { !$0.message.zh.isEmpty && !$0.message.en.isEmpty })
                if !violations.isEmpty { broken.insert(constraint.id) }
            }
            let score = DutyEvaluator.score(f.problem, roster)
            let all = DutyEvaluator.violations(f.problem, roster)
            #expect(score.hard == all.filter { $0.level == .hard }.reduce(0) { $0 + $1.penalty })
            #expect(score.soft == all.filter { $0.level == .soft }.reduce(0) { $0 + $1.penalty })
        }
        #expect(broken == Set(DutyConstraints.ids))
    }
}
