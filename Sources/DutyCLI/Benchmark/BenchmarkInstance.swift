import DutyModel
import Foundation
import ShiftBenchmark

/// A standard shift-scheduling instance, given as a path or a name such as `Instance6` looked up
/// in `$ZHIBAN_BENCHMARKS`, `../shared/benchmarks/shift-scheduling` or `shared/benchmarks/shift-scheduling`.
public enum BenchmarkInstance {
    static var folders: [String] {
        [ProcessInfo.processInfo.environment["ZHIBAN_BENCHMARKS"], "../shared/benchmarks/shift-scheduling",
         "shared/benchmarks/shift-scheduling"].compactMap { $0 }
    }

    static func resolve(_ name: String) -> String {
        if FileManager.default.fileExists(atPath: name) { return name }
        let file = name.hasSuffix(".txt") ? name : name + ".txt"
        for folder in folders where FileManager.default.fileExists(atPath: "\(folder)/\(file)") {
            return "\(folder)/\(file)"
        }
        return name
    }

    /// The instance; a missing file says where it was looked for, a bad one every problem as
    /// file:line:column.
    public static func load(_ name: String, _ l: Language) throws -> Problem {
        let path = resolve(name)
        guard FileManager.default.fileExists(atPath: path) else {
            let looked = [ProcessInfo.processInfo.environment["ZHIBAN_BENCHMARKS"].map { "$ZHIBAN_BENCHMARKS (\($0))" },
                          "../shared/benchmarks/shift-scheduling", "shared/benchmarks/shift-scheduling"].compactMap { $0 }
            let here = FileManager.default.currentDirectoryPath
            throw CLIError(l == .zh ? "找不到“\(name)”：当前目录和 \(looked.joined(separator: "、")) 中都没有（相对于 \(here)）；"
                                      + "请给出路径，或设置 $ZHIBAN_BENCHMARKS"
                                    : "\(name): no such file here, nor in \(looked.joined(separator: ", ")) "
                                      + "(relative to \(here)); give a path or set ZHIBAN_BENCHMARKS")
        }
        do {
            return try InstanceReader.read(path: path)
        } catch let failure as FormatFailure {
            throw CLIError(failure.description)
        }
    }

    /// A roster file for `problem`; its format problems become one failure.
    static func roster(_ path: String, for problem: Problem) throws -> (roster: Roster, extra: [(worker: Int, day: Int, shift: Int)]) {
        do {
            return try RosterFile.read(path: path, problem: problem)
        } catch let failure as FormatFailure {
            throw CLIError(failure.description)
        }
    }

    /// Refuses, before any search, an `--out` that is there already (without `force`) or is not
    /// a regular file (a link, device, pipe or folder: never, even with `force`).
    static func checkOut(_ path: String?, force: Bool, _ l: Language) throws {
        guard let path else { return }
        do {
            try AtomicFile.checkTarget(path, overwrite: force)
        } catch {
            throw refusal(path, error, l)
        }
    }

    /// Writes a roster in the benchmark's `employee,day,shift` form (mode 0600, whole or not
    /// at all); replaces a regular file there only with `force`.
    static func write(_ roster: Roster, of problem: Problem, to path: String, force: Bool, _ l: Language) throws {
        do {
            try AtomicFile.write(Data(RosterFile.text(roster, problem: problem).utf8), to: path, overwrite: force)
        } catch let error as AtomicFileError {
            throw refusal(path, error, l)
        } catch {
            throw CLIError(l == .zh ? "无法写入 \(path)" : "cannot write \(path)")
        }
    }

    static func refusal(_ path: String, _ error: AtomicFileError, _ l: Language) -> CLIError {
        if case .exists = error {
            return CLIError(l == .zh ? "\(path) 已存在：加 --force 替换" : "\(path) exists: add --force to replace it")
        }
        return CLIError(l == .zh ? "无法写入 \(path)：\(error.reasons.zh)" : "cannot write \(path): \(error.reasons.en)")
    }
}
