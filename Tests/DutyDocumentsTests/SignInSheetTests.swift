import DutyDocuments
import DutyModel
import DutyPDF
import DutyTestSupport
import Foundation
import Testing

/// Golden text files next to this file, re-recorded with RECORD_SNAPSHOTS=1 (the recording
/// run still fails, so a re-record never passes unnoticed).
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try? text.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name).txt; run again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            return
        }
        guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name).txt: run with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        #expect(text == golden, "document \(name) differs from its golden file", sourceLocation: sourceLocation)
    }
}

/// Runs a poppler tool on a PDF and returns its standard output.
func poppler(_ tool: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

@Suite struct SignInSheetTests {
    let directory = Fixtures.tiny()
    let date = Fixtures.date("2026-12-07")
    let printed = LocalDateTime(date: Fixtures.date("2026-12-06"), time: TimeOfDay(hour: 18, minute: 30) ?? .midnight)

    var gate: Post { directory.posts[0] }
    var day: ShiftDefinition { directory.shiftTemplates[0].shifts[0] }

    func sheet(_ l: Language, people: [PersonID]) -> Document {
        let assignments = people.map { Assignment(person: $0, slot: Slot(post: gate.id, date: date, shift: day.code), source: .manual) }
        return SignInSheet.build(directory, post: gate, shift: day, date: date, assignments: assignments, printed: printed, language: l)
    }

    @Test(arguments: Language.allCases)
    func theTextOfASignInSheet(_ l: Language) {
        Golden.check(sheet(l, people: ["P003", "P001", "P005"]).text(), "signin-\(l.rawValue)")
    }

    /// One row per person expected (the leader marked), blank rows for walk-ins, the leader's line.
    @Test func rowsForEveryoneExpectedAndBlankRowsForWalkIns() throws {
        let doc = sheet(.zh, people: ["P003", "P001", "P005"])
        guard case let .table(columns, rows)? = doc.blocks.first else { Issue.record("no table"); return }
        #expect(columns.map(\.title) == ["序号", "姓名", "单位/身份", "签到时间", "签退时间", "签名"])
        #expect(rows.prefix(3).map { $0[1] } == ["张伟（班长）", "曾国强", "李Anna"])
        #expect(rows.dropFirst(3).count == 6 && rows.dropFirst(3).allSatisfy { $0.allSatisfy(\.isEmpty) })
        #expect(doc.blocks.last == .signature("班长确认（张伟）："))
        #expect(doc.header.contains { $0.contains("应到 3 人") && $0.contains("早班 07:00–15:00") })
    }

    /// The PDF embeds its fonts, carries every name, and goes on to more pages (header
    /// repeated) when the people do not fit on one.
    @Test func thePDFEmbedsItsFontsCarriesTheNamesAndBreaksPages() throws {
        let folder = NSTemporaryDirectory() + "zhiban-pdf-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var crowded = directory
        for i in 0..<70 {
            crowded.people.append(Person(id: PersonID(rawValue: "Q\(100 + i)"), name: "欧阳志愿者\(i)号·很长很长的名字", phone: "",
                                         sex: .female, birthYear: 1990, compound: "C1", roles: [.residentVolunteer]))
        }
        let slot = Slot(post: gate.id, date: date, shift: day.code)
        let assignments = crowded.people.map { Assignment(person: $0.id, slot: slot, source: .manual) }
        let big = SignInSheet.build(crowded, post: gate, shift: day, date: date, assignments: assignments, printed: printed, language: .zh)
        let small = sheet(.en, people: ["P001", "P004"])
        let path = folder + "/sheets.pdf"
        try PDFRenderer.write([small, big], to: path)
        if ProcessInfo.processInfo.environment["KEEP_PDF"] != nil { try? FileManager.default.copyItem(atPath: path, toPath: "/tmp/kept.pdf") }
        let fonts = try poppler("pdffonts", [path]).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for line in fonts { #expect(line.contains(" yes yes "), "not embedded: \(line)") }
        let text = try poppler("pdftotext", ["-layout", path, "-"])
        for name in ["张伟", "阿依古丽·买买提", "Sign-in sheet", "签到表", "欧阳志愿者69号", "班长确认"] {
            #expect(text.contains(name), "\(name) missing")
        }
        let pages = try poppler("pdfinfo", [path]).split(separator: "\n").first { $0.hasPrefix("Pages:") }
        let count = Int(pages?.split(separator: " ").last ?? "") ?? 0
        #expect(count >= 3, "\(pages ?? "")")
        // The header row is repeated on the continuation pages.
        #expect(text.components(separatedBy: "签到时间").count - 1 >= count - 1)
    }

    /// A path that cannot be written gives a clear error and leaves no file behind.
    @Test func anUnwritablePathLeavesNothing() throws {
        let folder = NSTemporaryDirectory() + "zhiban-pdf-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let doc = sheet(.zh, people: ["P001"])
        #expect(throws: PDFError.self) { try PDFRenderer.write([doc], to: folder + "/missing/x.pdf") }
        try PDFRenderer.write([doc], to: folder + "/x.pdf")
        #expect(throws: PDFError.self) { try PDFRenderer.write([doc], to: folder + "/x.pdf") }
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder) }
        if getuid() != 0 {
            #expect(throws: PDFError.self) { try PDFRenderer.write([doc], to: folder + "/y.pdf") }
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(left == ["x.pdf"], "\(left)")
    }
}
