import DutyModel
import Foundation

/// Check-in records the desk could not send because the store was unreachable (a server down,
/// the network gone): kept on this machine, in a file of their own (mode 0600, rewritten whole
/// at each change, so that a crash leaves the old file or the new one), and sent in order once
/// the store is back. Each group keeps the version it was based on, so that a record someone
/// else contradicted meanwhile is refused as any stale check-in is, not written over theirs.
public final class UnsentCheckIns: @unchecked Sendable {
    struct Group: Codable, Equatable {
        var base: Int64
        var records: [CheckIn]
    }

    /// Where they are kept; nil keeps them in memory only (tests).
    public let path: String?
    private let lock = NSLock()
    private var groups: [Group] = []

    /// Reads what an earlier run left unsent at `path`. A file that cannot be read is moved
    /// aside (never thrown away) and the desk starts with none.
    public init(path: String?) {
        self.path = path
        guard let path, let data = FileManager.default.contents(atPath: path) else { return }
        if let read = try? JSONDecoder().decode([Group].self, from: data) {
            groups = read
        } else {
            try? FileManager.default.moveItem(atPath: path, toPath: path + ".unreadable-\(Int(Date().timeIntervalSince1970))")
        }
    }

    /// The file for a store: `$XDG_STATE_HOME/zhiban/unsent/…`, else `~/.local/state/zhiban/unsent/…`,
    /// named after the store's location.
    public static func file(for location: String, environment: [String: String]) -> String {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        let safe = String(location.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? Character($0) : "_" }.suffix(80))
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in location.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return "\(state)/zhiban/unsent/\(safe)-\(String(hash, radix: 16)).json"
    }

    public var isEmpty: Bool { lock.withLock { groups.isEmpty } }

    /// Every record kept, oldest first.
    public var records: [CheckIn] { lock.withLock { groups.flatMap(\.records) } }

    var pending: [Group] { lock.withLock { groups } }

    /// Keeps `records`, based on `base`; written to the file before it returns.
    func add(_ records: [CheckIn], base: StoreVersion) throws {
        try lock.withLock {
            groups.append(Group(base: base.value, records: records))
            try save()
        }
    }

    /// Drops the first `count` groups (sent, or refused).
    func dropFirst(_ count: Int) throws {
        try lock.withLock {
            groups.removeFirst(min(count, groups.count))
            try save()
        }
    }

    private func save() throws {
        guard let path else { return }
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        if groups.isEmpty {
            try? FileManager.default.removeItem(atPath: path)
            return
        }
        try AtomicFile.write(try JSONEncoder().encode(groups), to: path, overwrite: true)
    }
}
