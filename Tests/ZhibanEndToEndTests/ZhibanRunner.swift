import DutyTestSupport
import Foundation
import Testing

/// Runs the built `zhiban` binary and captures what it prints.
struct Zhiban {
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary next to the test bundle (SwiftPM builds it because the tests depend on it).
    static var binary: URL {
        if let override = ProcessInfo.processInfo.environment["ZHIBAN_BIN"] { return URL(fileURLWithPath: override) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("zhiban")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/zhiban")
    }

    /// Runs zhiban with `arguments`; output goes through files, so a large output cannot block.
    static func run(_ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil) throws -> Output {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out"), err = scratch.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env.removeValue(forKey: "LC_ALL")
        env.removeValue(forKey: "ZHIBAN_DB")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.currentDirectoryURL = folder ?? root
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}

/// A temporary folder removed at the end of a test.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// A database made from data/sample (the small city) in `tmp`: its path.
func sampleDatabase(_ tmp: TemporaryFolder, on store: String = "sqlite") throws -> String {
    let db = store == "postgresql" ? try TestServer.freshDatabase() : tmp.path("z.sqlite")
    let imported = try Zhiban.run(["import", "--db", db, Zhiban.root.appendingPathComponent("data/sample").path])
    try #require(imported.status == 0, "\(imported.stderr)")
    return db
}

/// The files of a folder, by name.
func folderContents(_ path: String) throws -> [String: Data] {
    var result: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: path) where name.hasSuffix(".csv") {
        result[name] = try Data(contentsOf: URL(fileURLWithPath: path + "/" + name))
    }
    return result
}
