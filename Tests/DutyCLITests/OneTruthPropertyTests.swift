import DutyModel
import DutyTestSupport
import Foundation
import Testing

/// Issue 13, acceptance 2: random sequences of desk, editor, slot and command actions on the
/// small sample city (`OneTruthWorld`), and afterwards every hard violation in the store is one
/// recorded as an override with a reason. Every engine search runs in verify mode (the solver
/// panel's, the desk's standby pick, `solve` and `replan`), and a mismatch fails the sequence.
///
/// 1,000 sequences by default, in four parts that run side by side (about 1 s a sequence
/// in a debug build, every search in verify mode); `ZHIBAN_PROPERTY_SEQUENCES` sets another count and
/// `ZHIBAN_PROPERTY_FIRST` the first seed (to run a failing sequence again).
@Suite struct OneTruthPropertyTests {
    static let environment = ProcessInfo.processInfo.environment
    static let count = environment["ZHIBAN_PROPERTY_SEQUENCES"].flatMap(Int.init) ?? 1_000
    static let first = environment["ZHIBAN_PROPERTY_FIRST"].flatMap(UInt64.init) ?? 0
    static let parts = 4

    static func unexplained(_ world: OneTruthWorld) throws -> [OverrideOracle.Finding] {
        try OverrideOracle.unexplained(world.store, from: OneTruthWorld.firstDay.adding(days: -1), to: OneTruthWorld.lastDay.adding(days: 1))
    }

    /// The sample week as stored at the start keeps every hard rule: what the property starts from.
    @Test func theSampleWeekStartsWithoutAHardViolation() throws {
        let world = try OneTruthWorld(seed: 0)
        #expect(try Self.unexplained(world).isEmpty)
    }

    /// Part `part` of the sequences: every `parts`-th seed from `first + part`.
    @Test(arguments: 0..<parts)
    func everyHardViolationAfterRandomActionsIsAnOverrideWithAReason(part: Int) throws {
        let clock = ContinuousClock(), started = clock.now
        var failures = 0, ran = 0
        for seed in stride(from: Self.first + UInt64(part), to: Self.first + UInt64(Self.count), by: Self.parts) {
            ran += 1
            let world = try OneTruthWorld(seed: seed)
            let steps = world.int(8...15)
            for _ in 0..<steps { try world.step() }
            world.session.background.waitUntilIdle()
            if !world.verifyFailures.isEmpty {
                Issue.record("sequence \(seed): verify mode found \(world.verifyFailures.joined(separator: "; "))\nsteps:\n\(world.log.joined(separator: "\n"))")
            }
            let found = try Self.unexplained(world)
            guard !found.isEmpty else { continue }
            failures += 1
            Issue.record("""
                sequence \(seed): a hard rule broken without an override after \(try Self.culprit(seed, steps: steps))
                \(found.map(\.description).joined(separator: "\n"))
                steps:
                \(world.log.joined(separator: "\n"))
                """)
            if failures >= 3 { break }
        }
        FileHandle.standardError.write(Data("OneTruth part \(part): \(ran) sequences in \(clock.now - started)\n".utf8))
    }

    /// The same sequence again, checked after every step: which step broke the rule.
    static func culprit(_ seed: UInt64, steps: Int) throws -> String {
        let again = try OneTruthWorld(seed: seed)
        _ = again.int(8...15)
        for step in 0..<steps {
            try again.step()
            again.session.background.waitUntilIdle()
            if !(try unexplained(again)).isEmpty { return "step \(step + 1): \(again.log.last ?? "")" }
        }
        return "(not reproduced step by step)"
    }

    /// The oracle can fail: an assignment written straight to the store past a slot's headcount,
    /// as a path without the guard would, is found, and so is an override with an empty reason.
    @Test func anUnguardedChangeIsCaught() throws {
        let world = try OneTruthWorld(seed: 1)
        let assignments = try world.store.assignments(from: OneTruthWorld.firstDay, to: OneTruthWorld.lastDay)
        let slot = try #require(assignments.first).slot
        let on = Set(assignments.filter { $0.slot == slot }.map(\.person))
        let post = try #require(OneTruthWorld.directory.posts.first { $0.id == slot.post })
        let maximum = try #require(post.rule(for: slot.shift)).maximum
        let extra = OneTruthWorld.directory.people.filter { !on.contains($0.id) && $0.compound == post.compound }
            .prefix(maximum - on.count + 1)
        for person in extra {
            _ = try world.store.assign(Assignment(person: person.id, slot: slot, source: .manual), action: "assign", basedOn: nil)
        }
        let found = try Self.unexplained(world)
        #expect(found.contains { $0.rule == "max-headcount" }, "\(found)")
        // The same with an override that gives no reason.
        let person = try #require(extra.first)
        let blank = Assignment(person: person.id, slot: slot, source: .manual, override: RuleOverride(reason: " ", rules: ["max-headcount"]))
        _ = try world.store.assign(blank, action: "assign", basedOn: nil)
        #expect(try Self.unexplained(world).contains { $0.rule == "max-headcount" })
        // With a reason, it is explained.
        var given = blank
        given.override = RuleOverride(reason: "人手不足", rules: ["max-headcount"])
        _ = try world.store.assign(given, action: "assign", basedOn: nil)
        #expect(try !Self.unexplained(world).contains { $0.rule == "max-headcount" })
    }
}
