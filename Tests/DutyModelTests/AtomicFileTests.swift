import DutyModel
import Foundation
import Testing

/// Files written whole or not at all: one file from data or from a writer, several at once.
@Suite struct AtomicFileTests {
    /// A fresh folder for one test, removed when the test ends.
    final class Folder {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)").path

        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        func file(_ name: String) -> String { "\(path)/\(name)" }
        func read(_ name: String) -> String? { try? String(contentsOfFile: file(name), encoding: .utf8) }
        func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }
    }

    struct WriterFailed: Error {}

    @Test func writesTheWholeFileAndLeavesNoTemporary() throws {
        let folder = try Folder()
        try AtomicFile.write(Data("甲乙丙\n".utf8), to: folder.file("a.txt"))
        #expect(folder.read("a.txt") == "甲乙丙\n")
        #expect(try folder.names() == ["a.txt"])
    }

    @Test func refusesToOverwriteUnlessAllowed() throws {
        let folder = try Folder()
        try AtomicFile.write(Data("mine".utf8), to: folder.file("a.txt"))
        #expect(throws: AtomicFileError.exists([folder.file("a.txt")])) {
            try AtomicFile.write(Data("theirs".utf8), to: folder.file("a.txt"))
        }
        #expect(folder.read("a.txt") == "mine")
        try AtomicFile.write(Data("theirs".utf8), to: folder.file("a.txt"), overwrite: true)
        #expect(folder.read("a.txt") == "theirs")
        #expect(try folder.names() == ["a.txt"])
    }

    /// Issue 14, point 5: whatever the umask, a written file is for its owner only (exports and
    /// PDFs hold names and phone numbers), one file or several, new or replaced.
    @Test func filesAreOwnerOnlyWhateverTheUmask() throws {
        let folder = try Folder()
        let old = umask(0)
        defer { umask(old) }
        func mode(_ name: String) throws -> Int {
            try #require(try FileManager.default.attributesOfItem(atPath: folder.file(name))[.posixPermissions] as? Int)
        }
        try AtomicFile.write(Data("x".utf8), to: folder.file("a.csv"))
        #expect(try mode("a.csv") == 0o600)
        try AtomicFile.write(Data("y".utf8), to: folder.file("a.csv"), overwrite: true)
        #expect(try mode("a.csv") == 0o600)
        try AtomicFile.write([(path: folder.file("b.csv"), data: Data("b".utf8)), (path: folder.file("c.csv"), data: Data("c".utf8))])
        #expect(try mode("b.csv") == 0o600 && mode("c.csv") == 0o600)
        try AtomicFile.write(to: folder.file("d.pdf")) { try Data("%PDF".utf8).write(to: URL(fileURLWithPath: $0)) }
        #expect(try mode("d.pdf") == 0o600)
    }

    /// Issue 14, point 4: replacing is allowed only over a regular file: a symbolic link (to a
    /// file or nowhere), a FIFO and a folder are refused and left as they were.
    @Test func onlyARegularFileIsEverReplaced() throws {
        let folder = try Folder()
        try AtomicFile.write(Data("target".utf8), to: folder.file("target.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.file("link"), withDestinationPath: folder.file("target.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.file("dangling"), withDestinationPath: folder.file("nowhere"))
        #expect(mkfifo(folder.file("fifo"), 0o600) == 0)
        try FileManager.default.createDirectory(atPath: folder.file("dir"), withIntermediateDirectories: false)
        for name in ["link", "dangling", "fifo", "dir"] {
            #expect(throws: AtomicFileError.notARegularFile(folder.file(name))) {
                try AtomicFile.write(Data("evil".utf8), to: folder.file(name), overwrite: true)
            }
            #expect(throws: AtomicFileError.notARegularFile(folder.file(name))) {
                try AtomicFile.write([(path: folder.file(name), data: Data("evil".utf8))], overwrite: true)
            }
        }
        #expect(folder.read("target.txt") == "target")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("link")) == folder.file("target.txt"))
        #expect(try folder.names() == ["dangling", "dir", "fifo", "link", "target.txt"], "no temporary left")
    }

    /// The writer is given a temporary path in the same folder, not the target.
    @Test func aWriterWritesAtATemporaryPathBesideTheTarget() throws {
        let folder = try Folder()
        var given = ""
        try AtomicFile.write(to: folder.file("b.pdf")) { temporary in
            given = temporary
            try Data("%PDF".utf8).write(to: URL(fileURLWithPath: temporary))
        }
        #expect(given != folder.file("b.pdf") && given.hasPrefix(folder.path + "/.b.pdf.part-"))
        #expect(folder.read("b.pdf") == "%PDF")
        #expect(try folder.names() == ["b.pdf"])
    }

    @Test func aWriterThatThrowsLeavesNothingBehindAndItsErrorPassesThrough() throws {
        let folder = try Folder()
        #expect(throws: WriterFailed.self) {
            try AtomicFile.write(to: folder.file("c.pdf")) { temporary in
                try Data("half".utf8).write(to: URL(fileURLWithPath: temporary))
                throw WriterFailed()
            }
        }
        #expect(try folder.names().isEmpty)
    }

    @Test func aMissingFolderIsSaidBeforeTheWriterRuns() throws {
        let folder = try Folder()
        var ran = false
        #expect(throws: AtomicFileError.noFolder(folder.file("nowhere"))) {
            try AtomicFile.write(to: folder.file("nowhere/d.pdf")) { _ in ran = true }
        }
        #expect(!ran)
        #expect(AtomicFileError.noFolder("x").reason == "no such folder x")
    }

    @Test func severalFilesAreWrittenTogether() throws {
        let folder = try Folder()
        try AtomicFile.write([(folder.file("1.csv"), Data("one".utf8)), (folder.file("2.csv"), Data("two".utf8))])
        #expect(try folder.names() == ["1.csv", "2.csv"])
        #expect(folder.read("2.csv") == "two")
    }

    /// One file already there: none is written, and every one already there is named.
    @Test func severalFilesAreRefusedTogetherWhenAnyExists() throws {
        let folder = try Folder()
        try AtomicFile.write(Data("mine".utf8), to: folder.file("2.csv"))
        try AtomicFile.write(Data("mine".utf8), to: folder.file("3.csv"))
        let files = ["1.csv", "2.csv", "3.csv"].map { (path: folder.file($0), data: Data("new".utf8)) }
        #expect(throws: AtomicFileError.exists([folder.file("2.csv"), folder.file("3.csv")])) {
            try AtomicFile.write(files)
        }
        #expect(try folder.names() == ["2.csv", "3.csv"])
        #expect(folder.read("2.csv") == "mine")
        try AtomicFile.write(files, overwrite: true)
        #expect(try folder.names() == ["1.csv", "2.csv", "3.csv"])
        #expect(folder.read("3.csv") == "new")
    }

    /// A file that cannot be staged stops them all before any is in place.
    @Test func severalFilesAreAllOrNothing() throws {
        let folder = try Folder()
        let files = [(path: folder.file("1.csv"), data: Data("one".utf8)), (path: folder.file("missing/2.csv"), data: Data("two".utf8))]
        #expect {
            try AtomicFile.write(files)
        } throws: { error in
            guard case let .cannotWrite(path, _) = error as? AtomicFileError else { return false }
            return path == folder.file("missing/2.csv")
        }
        #expect(try folder.names().isEmpty)
    }
}
