import DutyCLI
import DutyModel
import DutySample
import DutyTestSupport
import Foundation
import Testing

/// people, posts and export on the small sample in a memory store.
@Suite struct DirectoryCommandTests {
    @Test func peopleByRoleAndCompound() throws {
        let store = Sample.store()
        let medical = Sample.directory.people.filter { $0.roles.contains(.medicalWorker) }
        let recording = Recording()
        try PeopleCommand.run(store, compound: nil, role: "医务人员", name: nil, pinyin: false, .en, recording.console)
        #expect(recording.output.hasSuffix("\n\(medical.count) people\n"), "\(recording.output)")
        for person in medical { #expect(recording.output.contains(person.name)) }
        let compound = try #require(Sample.directory.compounds.first)
        let inCompound = Recording()
        try PeopleCommand.run(store, compound: compound.name, role: nil, name: nil, pinyin: false, .zh, inCompound.console)
        let count = Sample.directory.people.filter { $0.compound == compound.id }.count
        #expect(inCompound.output.hasSuffix("共 \(count) 人\n"), "\(inCompound.output)")
    }

    /// `--pinyin` shows every reading the desk finds a name by, the conventional one first.
    @Test func peopleWithEveryReadingOfTheirName() throws {
        let store = Sample.store()
        let person = try #require(Sample.directory.people.first { $0.name.hasPrefix("单") && !$0.name.hasPrefix("单于") })
        let given = Pinyin.syllables(of: person.name).dropFirst()
        let recording = Recording()
        try PeopleCommand.run(store, compound: nil, role: nil, name: person.name, pinyin: true, .en, recording.console)
        let initials = String(given.compactMap(\.first))
        #expect(recording.output.contains("s\(initials)/d\(initials)/c\(initials)"), "\(recording.output)")
        #expect(recording.output.contains((["shan"] + given).joined(separator: " ") + " / " + (["dan"] + given).joined(separator: " ")),
                "\(recording.output)")
    }

    @Test func unknownRolesKindsAndCompoundsAreNamedWithWhatIsExpected() throws {
        let store = Sample.store()
        #expect {
            try PeopleCommand.run(store, compound: nil, role: "dancer", name: nil, pinyin: false, .en, Recording().console)
        } throws: { error in
            (error as? CLIError)?.description.hasPrefix("unknown role “dancer”: expected one of ") ?? false
        }
        #expect {
            try PostsCommand.run(store, compound: nil, kind: "跳舞", .zh, Recording().console)
        } throws: { error in
            (error as? CLIError)?.description.hasPrefix("未知岗位类型“跳舞”：应为 防护宣传、") ?? false
        }
        #expect(throws: CLIError("no compound “nowhere”")) {
            try PostsCommand.run(store, compound: "nowhere", kind: nil, .en, Recording().console)
        }
    }

    /// Export writes every file, then refuses to write over them unless forced.
    @Test func exportRefusesToOverwriteUnlessForced() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = Sample.store()
        let first = Recording()
        try ExportCommand.run(store, to: folder, fileLanguage: nil, encoding: .utf8, force: false, .en, first.console)
        #expect(first.output == "Exported \(Sample.directory.people.count) people, 5 compounds, \(Sample.directory.posts.count) posts to \(folder)\n")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files.count == 9 && files.contains("人员.csv"), "\(files)")
        #expect {
            try ExportCommand.run(store, to: folder, fileLanguage: nil, encoding: .utf8, force: false, .en, Recording().console)
        } throws: { error in
            let message = (error as? CLIError)?.description ?? ""
            return message.hasPrefix("files already exist: \(folder)/") && message.hasSuffix("; add --force to overwrite")
        }
        try ExportCommand.run(store, to: folder, fileLanguage: .en, encoding: .utf8, force: true, .en, Recording().console)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 18)
    }
}
