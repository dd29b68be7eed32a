import Foundation

/// Writes files whole or not at all: the content goes to a temporary file beside the target,
/// which is renamed into place only once it is complete. A reader never sees half a file, and
/// a failure leaves nothing behind. Exports, certificates and PDFs are written this way.
///
/// Temporary files are named `.NAME.part-PID` in the target's folder (a rename is atomic only
/// within one file system). Every file is created with mode 0600 (owner only), whatever the
/// umask: exports, rosters and PDFs hold names and phone numbers. Replacing (`overwrite`)
/// replaces only a regular file: a symbolic link, a device (`/dev/null`), a pipe or a folder at
/// the path is refused, never followed or replaced.
public enum AtomicFile {
    /// The mode of every file written: read and write for the owner only.
    public static let mode: mode_t = 0o600

    /// Writes `data` at `path`; refuses to replace a file already there unless `overwrite`.
    public static func write(_ data: Data, to path: String, overwrite: Bool = false) throws {
        try write(to: path, overwrite: overwrite) { temporary in
            try data.write(to: URL(fileURLWithPath: temporary), options: .withoutOverwriting)
        }
    }

    /// Has `writer` write the file at the temporary path it is given (cairo draws a PDF there),
    /// then renames it to `path`. An error of `writer` passes through as it is, once the
    /// temporary file is removed; the file system's refusals are ``AtomicFileError``s.
    public static func write(to path: String, overwrite: Bool = false, _ writer: (String) throws -> Void) throws {
        try checkTarget(path, overwrite: overwrite)
        let folder = try writableFolder(of: path)
        let temporary = temporaryPath(for: path, in: folder)
        do {
            try writer(temporary)
            try restrict(temporary, path)
            try place(temporary, at: path, overwrite: overwrite)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// Writes several files all or nothing: every one is staged beside its target first, and
    /// only when all are written are they renamed into place. Unless `overwrite`, refuses
    /// before writing anything when any of them exists, naming every one that does.
    public static func write(_ files: [(path: String, data: Data)], overwrite: Bool = false) throws(AtomicFileError) {
        let fm = FileManager.default
        if !overwrite {
            let existing = files.map(\.path).filter { fm.fileExists(atPath: $0) }
            if !existing.isEmpty { throw .exists(existing) }
        }
        for file in files { try requireRegularOrNothing(at: file.path) }
        var staged: [(temporary: String, path: String)] = []
        defer { for file in staged { try? fm.removeItem(atPath: file.temporary) } }
        for file in files {
            let temporary = temporaryPath(for: file.path, in: folder(of: file.path))
            do {
                try file.data.write(to: URL(fileURLWithPath: temporary), options: .withoutOverwriting)
            } catch {
                throw .cannotWrite(path: file.path, reason: error.localizedDescription)
            }
            staged.append((temporary, file.path))
            try restrict(temporary, file.path)
        }
        for file in staged { try place(file.temporary, at: file.path, overwrite: overwrite) }
        staged = []
    }

    /// The folder `path` is in ("." for a bare name).
    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// The folder of `path`, when it exists and can be written to.
    static func writableFolder(of path: String) throws(AtomicFileError) -> String {
        let folder = folder(of: path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .noFolder(folder)
        }
        guard FileManager.default.isWritableFile(atPath: folder) else { throw .folderNotWritable(folder) }
        return folder
    }

    /// What `write` refuses before writing anything: a file already at `path` (unless
    /// `overwrite`), or anything there that is not a regular file (ever). Commands that work a
    /// long time before writing ask it first.
    public static func checkTarget(_ path: String, overwrite: Bool) throws(AtomicFileError) {
        if !overwrite && FileManager.default.fileExists(atPath: path) { throw .exists([path]) }
        try requireRegularOrNothing(at: path)
    }

    /// Refuses a path where something other than a regular file is (not following a link).
    static func requireRegularOrNothing(at path: String) throws(AtomicFileError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }   // nothing there
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notARegularFile(path) }
    }

    /// Gives the finished temporary file its mode (owner only) before it takes its name.
    static func restrict(_ temporary: String, _ path: String) throws(AtomicFileError) {
        guard chmod(temporary, mode) == 0 else {
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }

    static func temporaryPath(for path: String, in folder: String) -> String {
        "\(folder)/.\((path as NSString).lastPathComponent).part-\(ProcessInfo.processInfo.processIdentifier)"
    }

    /// Renames the finished temporary file to `path`. Without `overwrite` it is linked there
    /// (which fails when a file appeared meanwhile), on file systems without links checked then
    /// renamed.
    static func place(_ temporary: String, at path: String, overwrite: Bool) throws(AtomicFileError) {
        if !overwrite {
            if link(temporary, path) == 0 {
                unlink(temporary)
                return
            }
            if errno == EEXIST || FileManager.default.fileExists(atPath: path) { throw .exists([path]) }
        }
        // Checked again just before the rename: only a regular file is ever replaced.
        try requireRegularOrNothing(at: path)
        guard rename(temporary, path) == 0 else {
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }
}
