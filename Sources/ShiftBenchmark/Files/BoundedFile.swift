import Foundation

/// Reads a whole file no larger than a limit, refusing before reading anything larger or
/// anything that is not a regular file (a FIFO or a device such as /dev/zero never ends).
/// A link is followed.
enum BoundedFile {
    static func bytes(_ path: String, limit: Int) throws(FormatFailure) -> [UInt8] {
        func refusal(_ message: String) -> FormatFailure {
            FormatFailure(issues: [FormatIssue(file: path, line: 0, column: 0, message: message)])
        }
        var info = stat()
        guard stat(path, &info) == 0 else { throw refusal("cannot read the file") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw refusal("not a regular file") }
        let tooLarge = "the file is larger than \(limit / (1024 * 1024)) MB (\(limit) bytes), the most that is read"
        guard info.st_size <= limit else { throw refusal(tooLarge) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw refusal("cannot read the file") }
        defer { try? handle.close() }
        // One byte more than the limit: a file that grew since it was measured is refused too.
        guard let data = try? handle.read(upToCount: limit + 1) else { return [] }
        guard data.count <= limit else { throw refusal(tooLarge) }
        return [UInt8](data)
    }
}
