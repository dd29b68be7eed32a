import ShiftBenchmark
import DutyModel
import Foundation
import Testing

/// Every registered constraint has its own test file beside this one, and every worker
/// constraint's explanation adds up to its penalty.
@Suite struct ConstraintRegistryTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// IDs whose type name is not simply the ID in UpperCamelCase.
    static let typeNames = [CoverConstraint().id: "CoverConstraint"]

    /// The type name of a constraint ID: `max-total-minutes` → `MaxTotalMinutes`.
    static func typeName(of id: String) -> String {
        typeNames[id] ?? id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func testFileName(of id: String) -> String { typeName(of: id) + "Tests.swift" }

    @Test func idsMapToTestFileNames() {
        #expect(Self.testFileName(of: "max-total-minutes") == "MaxTotalMinutesTests.swift")
        #expect(Self.testFileName(of: "one-shift-per-day") == "OneShiftPerDayTests.swift")
        #expect(Self.testFileName(of: "cover") == "CoverConstraintTests.swift")
        // The mapping agrees with the types' own names.
        for constraint in Constraints.workerConstraints {
            #expect(Self.typeName(of: constraint.id) == String(describing: type(of: constraint)))
        }
        #expect(Self.typeName(of: OneShiftPerDay().id) == String(describing: OneShiftPerDay.self))
        #expect(Self.typeName(of: CoverConstraint().id) == String(describing: CoverConstraint.self))
    }

    @Test func idsAreUnique() {
        #expect(Set(Constraints.ids).count == Constraints.ids.count)
    }

    /// Fails when a constraint is registered without a test file named after it, or when that
    /// file does not mention the constraint's type.
    @Test(arguments: Constraints.ids)
    func everyRegisteredConstraintHasATestFile(_ id: String) throws {
        let file = Self.folder.appendingPathComponent(Self.testFileName(of: id))
        try #require(FileManager.default.fileExists(atPath: file.path),
                     "constraint \(id) has no test file \(file.lastPathComponent) in \(Self.folder.path)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(Self.typeName(of: id)), "\(file.lastPathComponent) never mentions \(Self.typeName(of: id))")
        #expect(text.contains("@Test"), "\(file.lastPathComponent) has no tests")
    }

    // MARK: Explanations add up

    /// Three workers, two weeks, E/L/N with L→E and N→E, N→L forbidden, and limits tight
    /// enough that random rosters break every worker rule.
    static func tightProblem() -> TinyProblem {
        var p = TinyProblem(workers: 3, days: 14, shifts: TinyProblem.earlyLateLong)
        p.shifts[2].cannotFollow = [0, 1]
        for w in 0..<3 {
            p.workers[w].maxShifts = [4, 3, 2 - w % 2]
            p.workers[w].maxTotalMinutes = 3600 + 240 * w
            p.workers[w].minTotalMinutes = 3000
            p.workers[w].maxConsecutiveShifts = 3 + w % 2
            p.workers[w].minConsecutiveShifts = 2 + w % 2
            p.workers[w].minConsecutiveDaysOff = 2
            p.workers[w].maxWeekends = 1 - w % 2
            p.workers[w].daysOff = [3 + w, 9 + w]
            p.requestOn(worker: w, day: 2 * w, "E", weight: 1 + w)
            p.requestOn(worker: w, day: 7 + w, "N", weight: 3)
            p.requestOff(worker: w, day: 1 + w, "L", weight: 2)
            p.requestOff(worker: w, day: 10 + w, "E", weight: 4)
        }
        p.published = p.roster("E E - - L L - | E E E - - - -", "- - L L L - - | - E E - L L -", "N - - N N - - | - - - - - - N")
        p.changeWeight = 5
        return p
    }

    static func rosters(_ p: TinyProblem) -> [Roster] {
        var result = [
            p.roster("- - - - - - - | - - - - - - -", "- - - - - - - | - - - - - - -", "- - - - - - - | - - - - - - -"),
            p.roster("E E E E E E E | E E E E E E E", "L L L L L L L | L L L L L L L", "N N N N N N N | N N N N N N N"),
            p.roster("L E N E - L - | E - N L E - N", "E - - L E - E | - L - E L - -", "N L E - - N - | - E E E - N N"),
        ]
        var rng = SeededRandom(seed: 20240607)
        for _ in 0..<200 {
            var r = Roster(workers: p.workers.count, days: p.days)
            let offChance = Int.random(in: 1...6, using: &rng)   // from mostly off to mostly on
            for w in 0..<r.workers {
                for d in 0..<r.days where Int.random(in: 0..<8, using: &rng) >= offChance {
                    r[w, d] = Int.random(in: 0..<p.shifts.count, using: &rng)
                }
            }
            result.append(r)
        }
        return result
    }

    @Test func violationsAddUpToThePenalty() {
        let p = Self.tightProblem()
        let c = p.context
        var broken: Set<String> = []
        for (i, r) in Self.rosters(p).enumerated() {
            for constraint in Constraints.workerConstraints {
                for w in 0..<r.workers {
                    let penalty = constraint.penalty(c, worker: w, r)
                    let violations = constraint.violations(c, worker: w, r)
                    #expect(penaltySum(violations) == penalty, "\(constraint.id), roster \(i), worker \(w)")
                    #expect(violations.allSatisfy { $0.penalty > 0 }, "\(constraint.id), roster \(i), worker \(w)")
                    #expect(violations.allSatisfy { $0.constraint == constraint.id && $0.level == constraint.level && $0.person == w },
                            "\(constraint.id), roster \(i), worker \(w)")
                    if penalty > 0 { broken.insert(constraint.id) }
                }
            }
            let counts = Evaluator.counts(r, shifts: p.shifts.count)
            let coverViolations = CoverConstraint().violations(c, counts: counts)
            #expect(penaltySum(coverViolations) == Evaluator.coverPenalty(c, counts: counts), "cover, roster \(i)")
            #expect(coverViolations.allSatisfy { $0.constraint == CoverConstraint().id && $0.level == .soft })
        }
        // The rosters are only a test if they break every rule somewhere.
        #expect(broken == Set(Constraints.workerConstraints.map(\.id)))
    }
}
