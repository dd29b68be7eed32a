import DutyModel
import DutyStore
import Foundation
import Testing

/// zhiban print on a database made from data/sample with a solved day: a PDF with the names,
/// and bad requests that say what is wrong and leave no file.
@Suite(.serialized) struct PrintCLITests {
    let sample = Zhiban.root.appendingPathComponent("data/sample").path
    let day = "2026-12-01"

    func database(_ tmp: TemporaryFolder) throws -> String {
        let db = tmp.path("z.sqlite")
        try #require(try Zhiban.run(["import", "--db", db, sample]).status == 0)
        try #require(try Zhiban.run(["solve", "--db", db, "--from", day, "--days", "1", "--steps", "1000"]).status == 0)
        return db
    }

    @Test func signInSheetsOfACompoundAsOnePDF() throws {
        let tmp = try TemporaryFolder()
        let db = try database(tmp)
        let store = try AppDatabase.open(path: db, create: false)
        let directory = try store.loadDirectory()
        let compound = try #require(directory.compounds.first)
        let pdf = tmp.path("sheets.pdf")
        let printed = try Zhiban.run(["print", "signin", "--db", db, "--date", day, "--compound", compound.id.rawValue, "--out", pdf])
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(FileManager.default.fileExists(atPath: pdf))
        let posts = Set(directory.posts.filter { $0.compound == compound.id }.map(\.id))
        let names = Set(try store.assignments(from: LocalDate(parsing: day)!, to: LocalDate(parsing: day)!)
            .filter { posts.contains($0.slot.post) }.map(\.person))
            .compactMap { id in directory.people.first { $0.id == id }?.name }
        let text = try Zhiban.run(["print", "signin", "--db", db, "--date", day, "--compound", compound.id.rawValue, "--text"])
        for name in names { #expect(text.stdout.contains(name), "\(name) missing from the text") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-layout", pdf, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let extracted = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        for name in names { #expect(extracted.contains(name), "\(name) missing from the PDF") }
    }

    @Test func badRequestsSayWhatIsWrongAndLeaveNoFile() throws {
        let tmp = try TemporaryFolder()
        let db = try database(tmp)
        let pdf = tmp.path("x.pdf")
        let unknown = try Zhiban.run(["print", "signin", "--db", db, "--date", day, "--post", "NOPE", "--out", pdf])
        #expect(unknown.status != 0 && unknown.stderr.contains("no post with ID or name “NOPE”"), "\(unknown.stderr)")
        let noRoster = try Zhiban.run(["print", "signin", "--db", db, "--date", "2027-03-01", "--out", pdf])
        #expect(noRoster.status != 0 && noRoster.stderr.contains("no roster"), "\(noRoster.stderr)")
        let missing = try Zhiban.run(["print", "signin", "--db", db, "--date", day, "--out", tmp.path("nowhere/x.pdf")])
        #expect(missing.status != 0 && missing.stderr.contains("no such folder"), "\(missing.stderr)")
        let noLp = try Zhiban.run(["print", "signin", "--db", db, "--date", day, "--lp"], environment: ["PATH": "/nonexistent"])
        #expect(noLp.status != 0 && noLp.stderr.contains("lp (CUPS) is not installed"), "\(noLp.stderr)")
        #expect(!FileManager.default.fileExists(atPath: pdf))
        let left = try FileManager.default.contentsOfDirectory(atPath: tmp.path(""))
        #expect(!left.contains { $0.hasSuffix(".pdf") || $0.contains(".part-") }, "\(left)")
        // A file already there is not overwritten.
        try Data("mine".utf8).write(to: URL(fileURLWithPath: pdf))
        let exists = try Zhiban.run(["print", "signin", "--db", db, "--date", day, "--out", pdf])
        #expect(exists.status != 0 && exists.stderr.contains("exists"))
        #expect(try String(contentsOfFile: pdf, encoding: .utf8) == "mine")
    }
}
