import DutyCSV
import DutySample
import Foundation
import Testing
import TerminalKit

/// The CLI end to end on the files in data/: the built binary, its output and exit status.
@Suite(.serialized) struct CLITests {
    let sample = Zhiban.root.appendingPathComponent("data/sample").path
    let fixtures = Zhiban.root.appendingPathComponent("data/fixtures").path

    @Test func initCreatesAPrivateDatabaseAndIsSafeToRepeat() throws {
        let tmp = try TemporaryFolder()
        let db = tmp.path("sub/z.sqlite")
        let first = try Zhiban.run(["init", "--db", db])
        #expect(first.status == 0)
        #expect(first.stdout.contains("Created database"))
        let mode = try FileManager.default.attributesOfItem(atPath: db)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let again = try Zhiban.run(["init", "--db", db])
        #expect(again.status == 0 && again.stdout.contains("already exists"))
    }

    @Test func databaseComesFromTheEnvironmentWhenNoFlagIsGiven() throws {
        let tmp = try TemporaryFolder()
        let result = try Zhiban.run(["init"], environment: ["XDG_DATA_HOME": tmp.path("xdg")])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: tmp.path("xdg/zhiban/zhiban.sqlite")))
        let env = try Zhiban.run(["init"], environment: ["ZHIBAN_DB": tmp.path("env.sqlite")])
        #expect(env.status == 0)
        #expect(FileManager.default.fileExists(atPath: tmp.path("env.sqlite")))
    }

    @Test func importThenExportReproducesTheSampleByteForByte() throws {
        let tmp = try TemporaryFolder()
        let db = tmp.path("z.sqlite")
        let imported = try Zhiban.run(["import", "--db", db, sample])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("added"))
        // No --lang: files are Chinese whatever the locale (the runner sets LANG=C.UTF-8).
        let exported = try Zhiban.run(["export", "--db", db, tmp.path("out")])
        #expect(exported.status == 0, "\(exported.stderr)")
        let original = try folderContents(sample)
        let copy = try folderContents(tmp.path("out"))
        #expect(original.count == 9)
        #expect(original == copy)
        // Importing the same files again changes nothing.
        let again = try Zhiban.run(["import", "--db", db, sample])
        #expect(again.stdout.contains("0 added, 0 changed"))
    }

    @Test func theSampleInDataIsWhatTheGeneratorMakes() throws {
        let generated = Exporter(language: .zh, encoding: .utf8BOM).texts(SampleCity.generate(.small))
        let files = try folderContents(sample)
        for (table, text) in generated {
            let name = "\(table.fileName.zh).csv"
            #expect(files[name] == TextEncoding.utf8BOM.encode(text), "data/sample/\(name) is stale: run `zhiban sample --out data/sample --force`")
        }
    }

    @Test func gb18030AndBOMFilesImportExactlyLikeTheirUTF8Twin() throws {
        var exports: [String: [String: Data]] = [:]
        for variant in ["utf8", "utf8-bom", "gb18030"] {
            let tmp = try TemporaryFolder()
            let db = tmp.path("z.sqlite")
            #expect(try Zhiban.run(["import", "--db", db, sample]).status == 0)
            let result = try Zhiban.run(["import", "--db", db, "\(fixtures)/encodings/people-\(variant).csv"])
            #expect(result.status == 0, "\(variant): \(result.stderr)")
            #expect(result.stdout.contains("4 added"), "\(variant): \(result.stdout)")
            #expect(try Zhiban.run(["export", "--db", db, tmp.path("out")]).status == 0)
            exports[variant] = try folderContents(tmp.path("out"))
        }
        #expect(exports["utf8"] == exports["gb18030"])
        #expect(exports["utf8"] == exports["utf8-bom"])
        let raw = try Data(contentsOf: URL(fileURLWithPath: "\(fixtures)/encodings/people-gb18030.csv"))
        #expect(String(data: raw, encoding: .utf8) == nil, "the GB18030 fixture must not be valid UTF-8")
    }

    @Test func aBadFileImportsNothingAndReportsEveryProblem() throws {
        let tmp = try TemporaryFolder()
        let db = tmp.path("z.sqlite")
        #expect(try Zhiban.run(["import", "--db", db, sample]).status == 0)
        #expect(try Zhiban.run(["export", "--db", db, tmp.path("before")]).status == 0)
        let bad = "\(fixtures)/bad/people.csv"
        let result = try Zhiban.run(["import", "--db", db, bad])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(bad):1:15: missing required column “sex” (性别)"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("\(bad):3:3: 手机 (phone): phone “1380013” is invalid") })
        #expect(lines.contains { $0.hasPrefix("\(bad):4:5: 小区编号 (compound_id): there is no compound with ID C999") })
        #expect(lines.contains { $0.hasPrefix("\(bad):5:1: 人员编号 (person_id): duplicate ID P9001") })
        #expect(lines.contains { $0.hasPrefix("\(bad):6:2: invalid byte sequence") })
        #expect(lines.last == "5 problems found; nothing was imported.", "\(lines)")
        #expect(try Zhiban.run(["export", "--db", db, tmp.path("after")]).status == 0)
        #expect(try folderContents(tmp.path("before")) == (try folderContents(tmp.path("after"))))
    }

    @Test func peopleTableLinesUpChineseAndLatinNames() throws {
        let tmp = try TemporaryFolder()
        let db = tmp.path("z.sqlite")
        #expect(try Zhiban.run(["import", "--db", db, sample, "\(fixtures)/encodings/people-utf8.csv"]).status == 0)
        for lang in ["zh", "en"] {
            let result = try Zhiban.run(["people", "--db", db, "--lang", lang])
            #expect(result.status == 0)
            let lines = result.stdout.split(separator: "\n").map(String.init).dropLast()
            #expect(lines.count > 100)
            #expect(lines.contains { $0.contains("·") })
            #expect(lines.contains { $0.contains("Anna") })
            // The rule line gives each column's start; every cell of every row starts there.
            let rule = lines[lines.startIndex + 1]
            var starts: [Int] = [0]
            var column = 0
            for (i, ch) in rule.enumerated() where ch == " " && i + 1 < rule.count && Array(rule)[i + 1] == "-" {
                column = i + 1
                starts.append(column)
            }
            #expect(starts.count == 8)
            for line in lines where line != rule {
                // A cell starts at a non-space after two or more spaces (the column gap) or at 0.
                var width = 0, spaces = 2
                var cellStarts: [Int] = []
                for ch in line {
                    if ch == " " {
                        spaces += 1
                    } else {
                        if spaces >= 2 { cellStarts.append(width) }
                        spaces = 0
                    }
                    width += DisplayWidth.of(ch)
                }
                for start in cellStarts {
                    #expect(starts.contains(start), "cell at column \(start) not aligned in: \(line)")
                }
            }
        }
    }

    @Test func postsListsAllSevenKindsAndFilters() throws {
        let tmp = try TemporaryFolder()
        let db = tmp.path("z.sqlite")
        #expect(try Zhiban.run(["import", "--db", db, sample]).status == 0)
        let all = try Zhiban.run(["posts", "--db", db, "--lang", "zh"])
        for kind in ["防护宣传", "代购服务", "卡点值守", "健康咨询", "消杀服务", "巡逻治安", "老弱残关怀"] {
            #expect(all.stdout.contains(kind), "\(kind)")
        }
        let checkpoints = try Zhiban.run(["posts", "--db", db, "--kind", "checkpoint"])
        #expect(checkpoints.stdout.contains("07:00-15:00"))
        #expect(!checkpoints.stdout.contains("Patrol") && !checkpoints.stdout.contains("巡逻治安"))
        let bad = try Zhiban.run(["posts", "--db", db, "--kind", "dancing"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("unknown post kind"))
    }

    @Test func demoBuildsADatabaseAndPrintsASummary() throws {
        let tmp = try TemporaryFolder()
        let result = try Zhiban.run(["demo", "--db", tmp.path("demo.sqlite"), "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("5 compounds"))
        #expect(result.stdout.contains("checkpoint duty"))
        let people = try Zhiban.run(["people", "--db", tmp.path("demo.sqlite")])
        #expect(people.stdout.split(separator: "\n").count > 100)
        let again = try Zhiban.run(["demo", "--db", tmp.path("demo.sqlite")])
        #expect(again.status != 0 && again.stderr.contains("already exists"))
    }

    @Test func aChineseLocaleGivesChineseMessages() throws {
        let tmp = try TemporaryFolder()
        let db = tmp.path("z.sqlite")
        let zh = try Zhiban.run(["import", "--db", db, sample], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.stdout.hasPrefix("已导入：新增 "), "\(zh.stdout)")
        let bad = try Zhiban.run(["import", "--db", db, "\(fixtures)/bad/people.csv"], environment: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(bad.stderr.contains("缺少必需的列“性别”（sex）"))
        #expect(bad.stderr.contains("发现 5 个问题，未导入任何记录。"))
        let en = try Zhiban.run(["people", "--db", db, "--lang", "en", "--role", "医务人员"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(en.stdout.contains("Name") && en.stdout.contains("medical worker"))
    }

    @Test func dryRunChecksWithoutWriting() throws {
        let tmp = try TemporaryFolder()
        let db = tmp.path("z.sqlite")
        let clean = try Zhiban.run(["import", "--dry-run", "--db", db, sample])
        #expect(clean.status == 0 && clean.stdout.contains("nothing written"))
        #expect(!FileManager.default.fileExists(atPath: db))
        let bad = try Zhiban.run(["import", "--dry-run", "--db", db, sample, "\(fixtures)/bad/people.csv"])
        #expect(bad.status == 1 && bad.stderr.contains("nothing was imported"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func errorsGoToStderrWithANonZeroStatus() throws {
        let tmp = try TemporaryFolder()
        let missing = try Zhiban.run(["import", "--db", tmp.path("z.sqlite"), tmp.path("nope.csv")])
        #expect(missing.status != 0 && missing.stderr.contains("no such file"))
        let noDB = try Zhiban.run(["people", "--db", tmp.path("none.sqlite")])
        #expect(noDB.status != 0 && noDB.stderr.contains("run zhiban init first"))
        #expect(noDB.stdout.isEmpty)
    }

    @Test func exportRefusesToOverwriteAndLeavesNoPartialFiles() throws {
        let tmp = try TemporaryFolder()
        let db = tmp.path("z.sqlite")
        #expect(try Zhiban.run(["import", "--db", db, sample]).status == 0)
        try FileManager.default.createDirectory(atPath: tmp.path("out"), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: tmp.path("out/人员.csv"), contents: Data("mine".utf8))
        let refused = try Zhiban.run(["export", "--db", db, "--lang", "zh", tmp.path("out")])
        #expect(refused.status != 0 && refused.stderr.contains("--force"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path("out")) == ["人员.csv"])
        let forced = try Zhiban.run(["export", "--db", db, "--lang", "zh", "--force", tmp.path("out")])
        #expect(forced.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path("out")).count == 9)
    }
}
