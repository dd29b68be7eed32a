import DutyModel
import Foundation

/// Values given as text on the command line (dates, times, day counts), read with a message
/// that names the option and the form expected when they are wrong.
public enum ArgumentValue {
    /// A date such as 2026-12-01.
    public static func date(_ text: String, _ l: Language, option: String) throws -> LocalDate {
        guard let date = LocalDate(parsing: text) else {
            throw CLIError(l == .zh ? "\(option) 的日期“\(text)”无效：应为 2026-12-01 这样的格式"
                                    : "\(option): “\(text)” is not a date: expected e.g. 2026-12-01")
        }
        return date
    }

    /// A time such as “2026-12-03 08:00”, or a date (its midnight).
    public static func time(_ text: String, _ l: Language, option: String) throws -> LocalDateTime {
        if let time = LocalDateTime(parsing: text) { return time }
        if let date = LocalDate(parsing: text) { return LocalDateTime(date: date, time: .midnight) }
        throw CLIError(l == .zh ? "\(option) 的时间“\(text)”无效：应为 “2026-12-03 08:00” 这样的格式"
                                : "\(option): “\(text)” is not a time: expected e.g. “2026-12-03 08:00”")
    }

    /// A clock time to the minute, YYYY-MM-DD HH:MM, as the desk commands take it.
    public static func clock(_ text: String, _ l: Language, option: String) throws -> LocalDateTime {
        guard let time = LocalDateTime(parsing: text) else {
            throw CLIError(l == .zh ? "\(option) “\(text)” 不是时间：应为 2026-12-03 08:00 这样的格式"
                                    : "\(option) “\(text)” is not a time: expected YYYY-MM-DD HH:MM")
        }
        return time
    }

    /// A number of days a roster covers: 1 to 62.
    public static func days(_ days: Int, _ l: Language) throws -> Int {
        guard (1...62).contains(days) else {
            throw CLIError(l == .zh ? "--days 应在 1 到 62 之间，而不是 \(days)" : "--days must be 1 to 62, not \(days)")
        }
        return days
    }

    /// `first` … `last`, refused when `first` is later.
    public static func dates(from first: String, to last: String, _ l: Language) throws -> ClosedRange<LocalDate> {
        let from = try date(first, l, option: "--from"), to = try date(last, l, option: "--to")
        guard from <= to else { throw CLIError(l == .zh ? "--from 晚于 --to" : "--from is after --to") }
        return from...to
    }

    /// `value`, read leniently from `text` (a code, English or Chinese name) as one of the cases
    /// of `what`; when it is none of them, a message listing every case by `name` in the
    /// message's language (never by its code).
    public static func oneOf<T: CaseIterable & RawRepresentable<String>>(
        _ text: String, _ value: T?, _ what: Localized, name: KeyPath<T, Localized>, _ l: Language
    ) throws -> T {
        if let value { return value }
        throw CLIError(l == .zh ? "未知\(what.zh)“\(text)”：应为 \(T.allCases.map { $0[keyPath: name].zh }.joined(separator: "、"))"
                                : "unknown \(what.en) “\(text)”: expected one of \(T.allCases.map { $0[keyPath: name].en }.joined(separator: ", "))")
    }

    /// Parallel searches: 1 to four per core (more only waits for a core, and a huge number
    /// would ask for threads the machine cannot give).
    public static func threads(_ n: Int, _ l: Language) throws -> Int {
        let most = max(1, ProcessInfo.processInfo.activeProcessorCount) * 4
        guard (1...most).contains(n) else {
            throw CLIError(l == .zh ? "--threads 应在 1 到 \(most) 之间（本机每核至多 4 个），而不是 \(n)"
                                    : "--threads must be 1 to \(most) (four per core here), not \(n)")
        }
        return n
    }

    /// Seconds to search: a finite number above 0, at most a day.
    public static func seconds(_ t: Double, _ l: Language, option: String = "--time") throws -> Double {
        guard t.isFinite, t > 0, t <= 86_400 else {
            throw CLIError(l == .zh ? "\(option) 应为大于 0、不超过 86400 的秒数，而不是 \(t)"
                                    : "\(option) must be a number of seconds above 0 and at most 86400, not \(t)")
        }
        return t
    }

    /// A database path given with `--db`: not empty or blank (an empty one would silently mean
    /// the default database).
    public static func database(_ path: String?, _ l: Language) throws -> String? {
        guard let path else { return nil }
        guard !path.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CLIError(l == .zh ? "--db 不能为空：请给出数据库文件的路径，或不写 --db 使用默认数据库"
                                    : "--db must not be empty: give the database file's path, or leave --db out for the default")
        }
        return path
    }

    /// Minutes after a shift's start before someone counts as late: 0 to 240.
    public static func grace(_ minutes: Int, _ l: Language) throws -> Int {
        guard (0...240).contains(minutes) else {
            throw CLIError(l == .zh ? "--grace 应在 0–240 分钟之间" : "--grace must be 0–240 minutes")
        }
        return minutes
    }
}
