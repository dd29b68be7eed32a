/// Why ``AtomicFile`` wrote nothing (or, for ``cannotWrite(path:reason:)`` while renaming
/// several files, not all).
public enum AtomicFileError: Error, Equatable, Sendable {
    /// Files already there, left as they were.
    case exists([String])
    /// The folder to write into does not exist.
    case noFolder(String)
    /// The folder to write into cannot be written to.
    case folderNotWritable(String)
    /// The file system refused to write or rename the file.
    case cannotWrite(path: String, reason: String)
    /// What is at the path is not a regular file (a symbolic link, a device, a pipe, a folder):
    /// never replaced, even when replacing was asked for.
    case notARegularFile(String)

    /// The reason in English, as the PDF writer reports it after the path.
    public var reason: String {
        switch self {
        case .exists: "exists"
        case let .noFolder(folder): "no such folder \(folder)"
        case let .folderNotWritable(folder): "folder \(folder) is not writable"
        case let .cannotWrite(_, reason): reason
        case .notARegularFile: "not a regular file (a link, device, pipe or folder): not replaced"
        }
    }

    /// The reason in both languages: the system's usual reasons put into Chinese
    /// (``SystemReason``), for messages that say it in the one language asked for.
    public var reasons: Localized {
        switch self {
        case .exists: Localized(zh: "已存在", en: reason)
        case let .noFolder(folder): Localized(zh: "文件夹 \(folder) 不存在", en: reason)
        case let .folderNotWritable(folder): Localized(zh: "文件夹 \(folder) 不可写", en: reason)
        case let .cannotWrite(_, reason): Localized(zh: SystemReason.chinese(reason), en: reason)
        case .notARegularFile: Localized(zh: "不是普通文件（链接、设备、管道或文件夹），不会替换", en: reason)
        }
    }
}
