import DutyModel
import DutyStore
import Foundation
import Testing

/// solve, explain and replan on a database made from data/sample (the small city).
@Suite(.serialized) struct RosterCLITests {
    @Test func solveFillsEverySlotAndStoresTheRoster() throws {
        let tmp = try TemporaryFolder()
        let db = try sampleDatabase(tmp)
        let dry = try Zhiban.run(["solve", "--db", db, "--from", "2026-12-01", "--days", "2", "--steps", "2000", "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("nothing written"))
        #expect(try AppDatabase.open(path: db, create: false).assignments(from: LocalDate(parsing: "2026-12-01")!, to: LocalDate(parsing: "2026-12-02")!).isEmpty)

        let solved = try Zhiban.run(["solve", "--db", db, "--from", "2026-12-01", "--days", "2", "--steps", "2000", "--lang", "zh"])
        #expect(solved.status == 0, "\(solved.stderr)")
        #expect(solved.stdout.contains("0 硬"))
        #expect(solved.stdout.contains("缺人或构成不足 0 个"))
        #expect(solved.stdout.contains("居民志愿者"))
        let stored = try AppDatabase.open(path: db, create: false).assignments(from: LocalDate(parsing: "2026-12-01")!, to: LocalDate(parsing: "2026-12-02")!)
        #expect(!stored.isEmpty)
        #expect(stored.allSatisfy { $0.source == .solver })
        // Solving again with the same seed changes nothing: the stored roster is the start.
        let again = try Zhiban.run(["solve", "--db", db, "--from", "2026-12-01", "--days", "2", "--steps", "0"])
        #expect(again.stdout.contains("Stored: 0 added, 0 removed"), "\(again.stdout)")
    }

    @Test func explainAndReplanAnAbsence() throws {
        let tmp = try TemporaryFolder()
        let db = try sampleDatabase(tmp)
        _ = try Zhiban.run(["solve", "--db", db, "--from", "2026-12-01", "--days", "4", "--steps", "2000"])
        let explained = try Zhiban.run(["explain", "--db", db, "--from", "2026-12-01", "--days", "4"])
        #expect(explained.status == 0, "\(explained.stderr)")
        #expect(explained.stdout.contains("Hard rules: all kept"))
        #expect(explained.stdout.contains("[soft] Hours shared fairly, in proportion to each person's limit: "))
        #expect(!explained.stdout.contains("(hours-fairness)"), "rules by name, not by ID")

        // Someone with a duty on the third day or later drops out from 12-03 08:00.
        let store = try AppDatabase.open(path: db, create: false)
        let later = try store.assignments(from: LocalDate(parsing: "2026-12-03")!, to: LocalDate(parsing: "2026-12-04")!)
        let person = try #require(later.first { $0.slot.date == LocalDate(parsing: "2026-12-04")! }).person
        let replanned = try Zhiban.run(["replan", "--db", db, "--absent", person.rawValue, "--from", "2026-12-03 08:00"])
        #expect(replanned.status == 0, "\(replanned.stderr)")
        #expect(replanned.stdout.contains("score 0 hard"))
        #expect(replanned.stdout.contains("leave until 2026-12-04"))
        let after = try store.assignments(from: LocalDate(parsing: "2026-12-03")!, to: LocalDate(parsing: "2026-12-04")!)
        #expect(!after.contains { $0.person == person && $0.slot.date == LocalDate(parsing: "2026-12-04")! })
        #expect(after.contains { $0.source == .replan })
        // The absence is on record: solving the days again does not bring them back.
        let resolved = try Zhiban.run(["solve", "--db", db, "--from", "2026-12-04", "--days", "1", "--steps", "500"])
        #expect(resolved.status == 0)
        let final = try store.assignments(from: LocalDate(parsing: "2026-12-04")!, to: LocalDate(parsing: "2026-12-04")!)
        #expect(!final.contains { $0.person == person })
        // The slot view names every candidate and what blocks them.
        let slot = try #require(final.first).slot.id.rawValue
        let detail = try Zhiban.run(["explain", "--db", db, "--from", "2026-12-04", "--days", "1", "--slot", slot])
        #expect(detail.status == 0)
        #expect(detail.stdout.contains("on it:"))
        #expect(detail.stdout.contains("can take it") || detail.stdout.contains("already"))
    }

    /// Rest rules hold across the edge of two separately solved ranges: the night shift of
    /// the day before is context for the next solve.
    @Test func solvingTheNextDaysRespectsTheNightBefore() throws {
        let tmp = try TemporaryFolder()
        let db = try sampleDatabase(tmp)
        _ = try Zhiban.run(["solve", "--db", db, "--from", "2026-12-01", "--days", "2", "--steps", "1000"])
        let next = try Zhiban.run(["solve", "--db", db, "--from", "2026-12-03", "--days", "1", "--steps", "1000"])
        #expect(next.stdout.contains("Roster 2026-12-03 to 2026-12-03: 81 slots"), "\(next.stdout)")
        let all = try Zhiban.run(["explain", "--db", db, "--from", "2026-12-01", "--days", "3"])
        #expect(all.stdout.contains("Hard rules: all kept"), "\(all.stdout)")
    }

    @Test func badInputIsAClearError() throws {
        let tmp = try TemporaryFolder()
        let db = try sampleDatabase(tmp)
        let badDate = try Zhiban.run(["solve", "--db", db, "--from", "2026-13-01"])
        #expect(badDate.status != 0)
        #expect(badDate.stderr.contains("“2026-13-01” is not a date"))
        let badDays = try Zhiban.run(["solve", "--db", db, "--from", "2026-12-01", "--days", "0"])
        #expect(badDays.stderr.contains("--days must be 1 to 62"))
        let nobody = try Zhiban.run(["replan", "--db", db, "--absent", "无名氏", "--from", "2026-12-03 08:00", "--lang", "zh"])
        #expect(nobody.status != 0)
        #expect(nobody.stderr.contains("找不到人员“无名氏”"))
        let both = try Zhiban.run(["replan", "--db", db, "--from", "2026-12-03 08:00"])
        #expect(both.stderr.contains("give one of --absent or --more"))
        let noSlot = try Zhiban.run(["explain", "--db", db, "--from", "2026-12-01", "--slot", "nope"])
        #expect(noSlot.stderr.contains("no slot nope"))
        let empty = tmp.path("empty.sqlite")
        _ = try Zhiban.run(["init", "--db", empty])
        let nothing = try Zhiban.run(["solve", "--db", empty, "--from", "2026-12-01"])
        #expect(nothing.stderr.contains("no posts or people"))
    }
}

extension RosterCLITests {
    @Test func undoAndRedoASolve() throws {
        let tmp = try TemporaryFolder()
        let db = try sampleDatabase(tmp)
        let nothing = try Zhiban.run(["undo", "--db", db])
        #expect(nothing.stdout.contains("Nothing to undo"))
        _ = try Zhiban.run(["solve", "--db", db, "--from", "2026-12-01", "--days", "1", "--steps", "200"])
        let day = LocalDate(parsing: "2026-12-01")!
        let solved = try AppDatabase.open(path: db, create: false).assignments(from: day, to: day).count
        #expect(solved > 0)
        let undone = try Zhiban.run(["undo", "--db", db])
        #expect(undone.stdout.contains("Undid: automatic roster (\(solved) records"), "\(undone.stdout)")
        #expect(try AppDatabase.open(path: db, create: false).assignments(from: day, to: day).isEmpty)
        let redone = try Zhiban.run(["redo", "--db", db, "--lang", "zh"])
        #expect(redone.stdout.contains("已重做：自动排班"))
        #expect(!redone.stdout.contains("T") && !redone.stdout.contains("Z"), "a local time, not a UTC stamp: \(redone.stdout)")
        #expect(try AppDatabase.open(path: db, create: false).assignments(from: day, to: day).count == solved)
    }
}

extension RosterCLITests {
    /// The interface refuses terminals it cannot draw on, with a message, before touching them.
    @Test func theInterfaceRefusesDumbTerminalsAndNonUTF8Locales() throws {
        let tmp = try TemporaryFolder()
        let db = try sampleDatabase(tmp)
        let dumb = try Zhiban.run(["tui", "--db", db, "--from", "2026-12-01"], environment: ["TERM": "dumb"])
        #expect(dumb.status != 0)
        #expect(dumb.stderr.contains("TERM=dumb cannot show the interface"), "\(dumb.stderr)")
        let ascii = try Zhiban.run(["tui", "--db", db, "--from", "2026-12-01", "--lang", "zh"],
                                   environment: ["TERM": "xterm-256color", "LANG": "C", "LC_ALL": "C"])
        #expect(ascii.status != 0)
        #expect(ascii.stderr.contains("不是 UTF-8"), "\(ascii.stderr)")
        let unset = try Zhiban.run(["tui", "--db", db], environment: ["TERM": ""])
        #expect(unset.stderr.contains("TERM is not set"))
        // A bad keys file is reported line by line, before the screen is touched.
        let config = tmp.path("config")
        try FileManager.default.createDirectory(atPath: config + "/zhiban", withIntermediateDirectories: true)
        try "next-day = n\nfly = f\nquit = Hyper-q\n".write(toFile: config + "/zhiban/keys", atomically: true, encoding: .utf8)
        let keys = try Zhiban.run(["tui", "--db", db, "--from", "2026-12-01"],
                                  environment: ["TERM": "xterm-256color", "XDG_CONFIG_HOME": config])
        #expect(keys.status != 0)
        #expect(keys.stderr.contains("zhiban/keys:2: unknown command “fly”"), "\(keys.stderr)")
        #expect(keys.stderr.contains("zhiban/keys:3: unknown key “Hyper-q”"))
    }
}

extension RosterCLITests {
    /// The hard-rule guard on the command line: a replan whose leave covers duties it does not
    /// reach is refused in Chinese with the rule and the person, and nothing is written; with
    /// `--override-reason` it is stored, and `explain` lists the duty as overridden with the reason.
    @Test func aReplanThatBreaksAHardRuleIsRefusedUnlessOverridden() throws {
        let tmp = try TemporaryFolder()
        let db = try sampleDatabase(tmp)
        _ = try Zhiban.run(["solve", "--db", db, "--from", "2026-12-01", "--days", "4", "--steps", "2000"])
        let store = try AppDatabase.open(path: db, create: false)
        let first = LocalDate(parsing: "2026-12-01")!, second = LocalDate(parsing: "2026-12-02")!, fourth = LocalDate(parsing: "2026-12-04")!
        let week = try store.assignments(from: first, to: fourth)
        let person = try #require(Set(week.filter { $0.slot.date == second }.map(\.person))
            .intersection(week.filter { $0.slot.date == fourth }.map(\.person)).sorted { $0.rawValue < $1.rawValue }.first)
        let name = try #require(try store.loadDirectory().people.first { $0.id == person }).name
        let replan = ["replan", "--db", db, "--absent", person.rawValue, "--from", "2026-12-02 00:00", "--until", "2026-12-05 00:00",
                      "--days", "1", "--lang", "zh"]

        let refused = try Zhiban.run(replan)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("未写入：这次重新排班会违反硬规则：") && refused.stderr.contains("只在本人可值班时段内排班")
                && refused.stderr.contains("人员：\(name)（\(person.rawValue)）") && refused.stderr.contains("--override-reason"),
                "\(refused.stderr)")
        #expect(try store.assignments(from: first, to: fourth) == week, "nothing written")

        let overridden = try Zhiban.run(replan + ["--override-reason", "已与本人确认，另行安排"])
        #expect(overridden.status == 0, "\(overridden.stderr)")
        #expect(overridden.stdout.contains("已特批（理由：已与本人确认，另行安排）"))
        let kept = try store.assignments(from: fourth, to: fourth).filter { $0.person == person }
        #expect(!kept.isEmpty && kept.allSatisfy { $0.override?.reason == "已与本人确认，另行安排" })

        let explained = try Zhiban.run(["explain", "--db", db, "--from", "2026-11-30", "--days", "7", "--lang", "zh"])
        #expect(explained.stdout.contains("[硬·已特批] 只在本人可值班时段内排班") && explained.stdout.contains("理由：已与本人确认，另行安排"),
                "\(explained.stdout)")
        #expect(!explained.stdout.contains("\n[硬] "), "every hard violation is overridden: \(explained.stdout)")
    }
}
