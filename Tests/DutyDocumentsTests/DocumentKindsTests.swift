import DutyDocuments
import DutyModel
import DutyPDF
import DutyTestSupport
import Foundation
import Testing

/// Every document kind from the small fixture: golden text in Chinese and English, and a PDF
/// whose pages, fonts and extracted text are checked.
@Suite struct DocumentKindsTests {
    static let directory = Fixtures.tiny()
    static let date = Fixtures.date("2026-12-07")
    static let printed = LocalDateTime(date: Fixtures.date("2026-12-06"), time: TimeOfDay(hour: 18, minute: 30) ?? .midnight)
    static let assignments: [Assignment] = {
        var list: [Assignment] = []
        for offset in 0..<7 {
            let day = date.adding(days: offset)
            list.append(Assignment(person: "P001", slot: Slot(post: "C1-gate-G1", date: day, shift: "day"), source: .manual))
            list.append(Assignment(person: "P003", slot: Slot(post: "C1-gate-G1", date: day, shift: "day"), source: .manual))
            list.append(Assignment(person: "P006", slot: Slot(post: "C1-gate-G1", date: day, shift: "night"), source: .manual))
            if offset % 2 == 0 {
                list.append(Assignment(person: "P004", slot: Slot(post: "C2-health", date: day, shift: "am"), source: .manual))
            }
        }
        return list
    }()

    static func documents(_ l: Language) -> [(String, Document)] {
        let index = DocumentIndex(directory, assignments: assignments)
        let gate = directory.posts[0], health = directory.posts[1]
        let shifts = Dictionary(uniqueKeysWithValues: directory.posts.map { post in
            (post.id, directory.shiftTemplates.first { $0.id == post.template }?.shifts.filter { post.rule(for: $0.code) != nil } ?? [])
        })
        let person = directory.people[0]
        let duties: [(Slot, Post, ShiftDefinition)] = assignments.filter { $0.person == person.id }.compactMap { a in
            guard let post = directory.posts.first(where: { $0.id == a.slot.post }),
                  let shift = directory.shiftTemplates.first(where: { $0.id == post.template })?.shift(a.slot.shift) else { return nil }
            return (a.slot, post, shift)
        }
        let desk = Desk(directory)
        let records = [
            desk.checkOut(desk.checkIn("P001", on: Slot(post: "C1-gate-G1", date: date, shift: "day"),
                                       at: LocalDateTime(parsing: "2026-12-07 06:55") ?? printed),
                          at: LocalDateTime(parsing: "2026-12-07 15:05") ?? printed),
        ]
        let certificate = ServiceCertificate(person: person, records: records, directory: directory, from: date,
                                             to: date.adding(days: 6), issued: date.adding(days: 7))
        return [
            ("signin", SignInSheet.build(index, post: gate, shift: directory.shiftTemplates[0].shifts[0],
                                         date: date, printed: printed, language: l)),
            ("shift", PostShiftSheet.build(index, post: gate, shifts: shifts[gate.id] ?? [], date: date, printed: printed,
                                           language: l)),
            ("register", EntryRegister.build(index, post: gate, date: date, printed: printed, language: l)),
            ("roster", WeeklyRoster.build(index, compound: directory.compounds[0], posts: [gate], shifts: shifts, from: date,
                                          days: 7, printed: printed, language: l)),
            ("slip", DutySlip.build(index, person: person, duties: duties, from: date, days: 7, printed: printed, language: l)),
            ("certificate", CertificateDocument.build(certificate, printed: printed, language: l)),
        ] + [("health-shift", PostShiftSheet.build(index, post: health, shifts: shifts[health.id] ?? [], date: date,
                                                   printed: printed, language: l, fullPhones: true))]
    }

    @Test(arguments: Language.allCases)
    func theTextOfEveryKind(_ l: Language) {
        for (name, document) in Self.documents(l) {
            Golden.check(document.text(), "kind-\(name)-\(l.rawValue)")
        }
    }

    /// Phones are masked unless asked for in full.
    @Test func phonesAreMaskedUnlessAskedForInFull() {
        let documents = Dictionary(uniqueKeysWithValues: Self.documents(.zh))
        let masked = documents["shift"]?.texts ?? []
        #expect(masked.contains("138****1234") && !masked.contains("13800001234"))
        #expect(documents["health-shift"]?.texts.contains("18622223333") == true)
        #expect(PhoneMask.mask("13800001234", full: false) == "138****1234")
        #expect(PhoneMask.mask("", full: false) == "")
    }

    /// Each kind as a PDF: one page each here (the roster and the register landscape), fonts
    /// embedded, every name and header on it extracted.
    @Test(arguments: Language.allCases)
    func everyKindAsAPDF(_ l: Language) throws {
        let folder = NSTemporaryDirectory() + "zhiban-kinds-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (name, document) in Self.documents(l) {
            let path = "\(folder)/\(name).pdf"
            try PDFRenderer.write([document], to: path)
            let info = try poppler("pdfinfo", [path])
            #expect(info.contains("Pages:           1"), "\(name): \(info)")
            let landscape = name == "roster" || name == "register"
            #expect(info.contains(landscape ? "841.89 x 595.28" : "595.28 x 841.89"), "\(name): \(info)")
            let fonts = try poppler("pdffonts", [path]).split(separator: "\n").dropFirst(2)
            #expect(!fonts.isEmpty && fonts.allSatisfy { $0.contains(" yes yes ") }, "\(name)")
            let text = try poppler("pdftotext", ["-layout", path, "-"])
            // Every person named on the document, and its title.
            let all = document.texts.joined(separator: "\n")
            let names = Self.directory.people.map(\.name).filter { all.contains($0) }
            #expect(!names.isEmpty || name == "register", "\(name) names nobody")
            for expected in [document.title] + names {
                #expect(text.contains(expected), "\(name): \(expected) missing")
            }
        }
    }
}
