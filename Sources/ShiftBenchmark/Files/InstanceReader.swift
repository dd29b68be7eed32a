import Foundation

/// Reads the standard shift-scheduling benchmark format (Curtois & Qu, Instance1–24):
/// sections HORIZON, SHIFTS, STAFF, DAYS_OFF, SHIFT_ON_REQUESTS, SHIFT_OFF_REQUESTS, COVER.
///
/// A file may be hostile: truncated, garbled or fuzzed. Its size is checked before it is read;
/// a first pass only finds the sections and counts their lines; the counts, the horizon and
/// each line's number of fields are checked against ``InstanceLimits`` before anything is
/// allocated for them, and every number against its range. Every problem is a ``FormatIssue``
/// at file:line:column, the column being the comma-separated field (1-based).
public enum InstanceReader {
    public static func read(path: String) throws -> Problem {
        let bytes = try BoundedFile.bytes(path, limit: InstanceLimits.fileBytes)
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return try parse(bytes: bytes, file: path, name: name)
    }

    public static func parse(_ text: String, file: String, name: String) throws -> Problem {
        try parse(bytes: Array(text.utf8), file: file, name: name)
    }

    public static func parse(bytes: [UInt8], file: String, name: String) throws(FormatFailure) -> Problem {
        var parser = InstanceParser(bytes: bytes, file: file)
        return try parser.problem(name: name)
    }
}
