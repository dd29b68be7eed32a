import ArgumentParser
import DutyModel
import DutyStore
import Foundation
import TerminalKit

/// Options the duty-desk commands share: who (a query as typed at the desk), when, where.
struct DeskOptions: ParsableArguments {
    @Argument(help: "Who: pinyin initials (zw), full pinyin (zhangwei), phone tail (1234), person number (P0012) or name.")
    var query: String

    @Option(help: "Only this post (ID).")
    var post: String?

    @Option(help: "The time, YYYY-MM-DD HH:MM (default: now).")
    var at: String?

    @Option(help: "Minutes after a shift's start before someone counts as late.")
    var grace = 10

    func time(_ l: Language) throws -> LocalDateTime {
        guard let at else { return DeskCLI.now() }
        guard let time = LocalDateTime(parsing: at) else {
            throw CLIError(l == .zh ? "--at “\(at)” 不是时间：应为 YYYY-MM-DD HH:MM" : "--at “\(at)” is not a time: expected YYYY-MM-DD HH:MM")
        }
        return time
    }
}

enum DeskCLI {
    static func describe(_ error: any Error, _ l: Language) -> String {
        (error as? StoreError)?.message(l) ?? "\(error)"
    }

    /// The local wall-clock time, to the minute.
    static func now() -> LocalDateTime { LocalDateTime.now() }

    /// The one person `query` names among those with a slot at the desk at `time` (or among
    /// everyone when `anyone`); a clear error listing every match when it names several.
    static func person(_ query: String, _ directory: Directory, slots: (PersonID) -> [Slot], _ l: Language)
        throws -> (Person, [Slot]) {
        let zh = l == .zh
        let matches = PersonLookup(directory.people).find(query)
        let people = Dictionary(directory.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        guard !matches.isEmpty else {
            throw CLIError(zh ? "没有人符合“\(query)”" : "nobody fits “\(query)”")
        }
        let onDuty = matches.filter { !slots($0.person).isEmpty }
        let chosen = onDuty.count == 1 ? onDuty : matches.count == 1 ? matches : []
        guard let match = chosen.first, let person = people[match.person] else {
            let listed = (onDuty.isEmpty ? matches : onDuty).prefix(20).compactMap { people[$0.person] }
                .map { "\($0.id.rawValue) \($0.name) \($0.phone)" }.joined(separator: "\n  ")
            throw CLIError(zh ? "“\(query)”符合 \(onDuty.isEmpty ? matches.count : onDuty.count) 人，请输入更多：\n  \(listed)"
                              : "“\(query)” fits \(onDuty.isEmpty ? matches.count : onDuty.count) people; type more:\n  \(listed)")
        }
        return (person, slots(person.id))
    }

    static func label(_ slot: Slot, _ directory: Directory, _ desk: Desk) -> String {
        let post = directory.posts.first { $0.id == slot.post }?.name ?? slot.post.rawValue
        let window = desk.window(slot).map { " \($0.start.time)–\($0.end.time)" } ?? ""
        return "\(post) \(slot.date) \(slot.shift)\(window)"
    }

    /// The one person the query names with their slot at `time` (running or starting soon),
    /// and what the commands need around it; a clear error when there is none.
    static func onShift(_ db: AppDatabase, _ desk: DeskOptions, at time: LocalDateTime, _ l: Language)
        throws -> (Directory, [CheckIn], Desk, Person, Slot) {
        let (directory, assignments, records) = try load(db, around: time)
        let rules = Desk(directory, graceMinutes: desk.grace)
        let (person, slots) = try self.person(desk.query, directory, slots: {
            rules.slots(of: $0, in: assignments, now: time, post: desk.post.map { PostID(rawValue: $0) })
        }, l)
        guard let slot = slots.first else {
            throw CLIError(l == .zh ? "\(person.name)（\(person.id.rawValue)）此时没有班次" : "\(person.name) (\(person.id.rawValue)) has no shift now")
        }
        return (directory, records, rules, person, slot)
    }

    /// What the desk needs: directory, assignments around `time`, the records in force.
    static func load(_ db: AppDatabase, around time: LocalDateTime) throws -> (Directory, [Assignment], [CheckIn]) {
        let directory = try db.loadDirectory()
        let assignments = try db.assignments(from: time.date.adding(days: -1), to: time.date.adding(days: 1))
        return (directory, assignments, try db.checkIns())
    }
}

struct CheckInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin", abstract: "Check someone in on their shift now (or starting within two hours).")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var desk: DeskOptions

    func run() throws {
        let l = options.language, zh = l == .zh
        let db = try options.open()
        let time = try desk.time(l)
        let (directory, records, rules, person, slot) = try DeskCLI.onShift(db, desk, at: time, l)
        let id = CheckIn.id(person: person.id, slot: slot)
        if let record = records.first(where: { $0.id == id }), let timeIn = record.timeIn {
            print(zh ? "\(person.name) 已于 \(timeIn.time) 签到：\(DeskCLI.label(slot, directory, rules))"
                     : "\(person.name) checked in already at \(timeIn.time): \(DeskCLI.label(slot, directory, rules))")
            return
        }
        let record = rules.checkIn(person.id, on: slot, at: time)
        do { try db.append(record) } catch { throw CLIError(DeskCLI.describe(error, l)) }
        let late = record.status == .late ? (zh ? "（迟到）" : " (late)") : ""
        print(zh ? "已签到 \(person.name) \(time.time)\(late)：\(DeskCLI.label(slot, directory, rules))"
                 : "Checked in \(person.name) at \(time.time)\(late): \(DeskCLI.label(slot, directory, rules))")
    }
}

struct CheckOutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "checkout", abstract: "Check someone out of the shift they are on.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var desk: DeskOptions

    func run() throws {
        let l = options.language, zh = l == .zh
        let db = try options.open()
        let time = try desk.time(l)
        let (directory, _, records) = try DeskCLI.load(db, around: time)
        let rules = Desk(directory, graceMinutes: desk.grace)
        let open = records.filter { $0.timeIn != nil && $0.timeOut == nil && ($0.status == .onTime || $0.status == .late)
            && (desk.post == nil || $0.slot.post.rawValue == desk.post) }
        let (person, _) = try DeskCLI.person(desk.query, directory, slots: { id in open.filter { $0.person == id }.map(\.slot) }, l)
        guard let record = open.filter({ $0.person == person.id }).max(by: { ($0.timeIn?.minuteNumber ?? 0) < ($1.timeIn?.minuteNumber ?? 0) }) else {
            throw CLIError(zh ? "\(person.name) 没有未签退的签到" : "\(person.name) is not checked in")
        }
        guard let timeIn = record.timeIn, timeIn <= time else {
            throw CLIError(zh ? "签退时间 \(time) 早于签到时间" : "check-out time \(time) is before the check-in")
        }
        do { try db.append(rules.checkOut(record, at: time)) } catch { throw CLIError(DeskCLI.describe(error, l)) }
        let minutes = time.minuteNumber - timeIn.minuteNumber
        print(zh ? "已签退 \(person.name) \(time.time)，在岗 \(minutes / 60) 小时 \(minutes % 60) 分：\(DeskCLI.label(record.slot, directory, rules))"
                 : "Checked out \(person.name) at \(time.time) after \(minutes / 60) h \(minutes % 60) min: \(DeskCLI.label(record.slot, directory, rules))")
    }
}

struct NoShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "noshow", abstract: "Mark someone absent from their shift now (a no-show, or excused with --excused).")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var desk: DeskOptions

    @Flag(help: "They told us they cannot come (请假), rather than not turning up.")
    var excused = false

    @Option(help: "Why (kept in the log).")
    var reason = ""

    func run() throws {
        let l = options.language, zh = l == .zh
        let db = try options.open()
        let time = try desk.time(l)
        let (directory, records, rules, person, slot) = try DeskCLI.onShift(db, desk, at: time, l)
        if let record = records.first(where: { $0.id == CheckIn.id(person: person.id, slot: slot) }), record.timeIn != nil {
            throw CLIError(zh ? "\(person.name) 已签到，不能记为缺岗（如有误请更正）" : "\(person.name) is checked in; correct the record instead")
        }
        do { try db.append(rules.absent(person.id, on: slot, excused: excused, reason: reason)) } catch { throw CLIError(DeskCLI.describe(error, l)) }
        let what = excused ? (zh ? "请假" : "excused") : (zh ? "缺岗" : "no-show")
        print(zh ? "已记 \(person.name) \(what)：\(DeskCLI.label(slot, directory, rules))"
                 : "Marked \(person.name) \(what): \(DeskCLI.label(slot, directory, rules))")
    }
}

struct Hours: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Hours served over a date range, from the check-in log (open check-ins are listed, not counted).")

    @OptionGroup var options: GlobalOptions

    @Option(help: "First date, YYYY-MM-DD.")
    var from: String

    @Option(help: "Last date, YYYY-MM-DD.")
    var to: String

    @Option(help: "person, organisation or compound.")
    var by: String = "person"

    @Flag(help: "CSV on standard output instead of a table.")
    var csv = false

    func run() throws {
        let l = options.language, zh = l == .zh
        let first = try RosterCLI.date(from, l, option: "--from"), last = try RosterCLI.date(to, l, option: "--to")
        guard first <= last else { throw CLIError(zh ? "--from 晚于 --to" : "--from is after --to") }
        guard let grouping = ServiceHours.Grouping(rawValue: by) else {
            throw CLIError(zh ? "--by “\(by)”：应为 person、organisation 或 compound" : "--by “\(by)”: expected person, organisation or compound")
        }
        let db = try options.open()
        let directory = try db.loadDirectory()
        let report = ServiceHours.report(try db.checkIns(), directory: directory, from: first, to: last, by: grouping)
        func hours(_ minutes: Int) -> String { String(format: "%.2f", Double(minutes) / 60) }
        if csv {
            print(zh ? "编号,名称,小时,记录数" : "id,name,hours,records")
            for line in report.lines { print("\(line.key),\(line.name),\(hours(line.minutes)),\(line.records)") }
        } else {
            var table = TextTable([.init(zh ? "编号" : "ID"), .init(zh ? "名称" : "Name", maxWidth: 20),
                                   .init(zh ? "小时" : "Hours", .right), .init(zh ? "记录" : "Records", .right)])
            for line in report.lines { table.append([line.key, line.name, hours(line.minutes), "\(line.records)"]) }
            print(table.render(), terminator: "")
            print(zh ? "合计 \(hours(report.totalMinutes)) 小时" : "Total \(hours(report.totalMinutes)) hours")
        }
        if !report.open.isEmpty {
            let names = Dictionary(directory.people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            printError(zh ? "未签退、未计入的签到 \(report.open.count) 条：" : "\(report.open.count) check-ins without a check-out, not counted:")
            for record in report.open {
                printError("  \(record.person.rawValue) \(names[record.person] ?? "") \(record.slot.id.rawValue) \(record.timeIn.map { "\($0)" } ?? "")")
            }
        }
    }
}

struct CheckIns: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkins", abstract: "List the check-in log: every record as entered, oldest first, with who entered it and when.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "Only records for slots on this date, YYYY-MM-DD.")
    var date: String?

    func run() throws {
        let l = options.language, zh = l == .zh
        let day = try date.map { try RosterCLI.date($0, l, option: "--date") }
        let db = try options.open()
        let names = Dictionary(try db.loadDirectory().people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var table = TextTable([.init("#", .right), .init(zh ? "录入时间" : "Entered"), .init(zh ? "录入人" : "By"),
                               .init(zh ? "操作" : "Action"), .init(zh ? "编号" : "ID"), .init(zh ? "姓名" : "Name", maxWidth: 12),
                               .init(zh ? "班次" : "Slot"), .init(zh ? "签到" : "In"), .init(zh ? "签退" : "Out"),
                               .init(zh ? "状态" : "Status"), .init(zh ? "原因" : "Reason", maxWidth: 24)])
        var count = 0
        for entry in try db.checkInLog() where day == nil || entry.record.slot.date == day {
            let r = entry.record
            table.append(["\(entry.seq)", entry.enteredAt, entry.enteredBy, r.action.name(l) + (r.voided ? (zh ? "（作废）" : " (withdrawn)") : ""),
                          r.person.rawValue, names[r.person] ?? "", r.slot.id.rawValue, r.timeIn.map { "\($0)" } ?? "",
                          r.timeOut.map { "\($0)" } ?? "", r.status.name(l), r.reason])
            count += 1
        }
        print(table.render(), terminator: "")
        print(zh ? "共 \(count) 条" : "\(count) records")
    }
}

struct Certificate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A volunteer service-record certificate (志愿服务记录证明) for one person over a date range, as text.",
        discussion: "Only records with both a check-in and a check-out count; open check-ins are named. The PDF comes with the printing work.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "Who: person number, name, pinyin or phone tail (must name one person).")
    var query: String

    @Option(help: "First date, YYYY-MM-DD.")
    var from: String

    @Option(help: "Last date, YYYY-MM-DD.")
    var to: String

    @Option(help: "The issuing compound or street office (default: the person's street office and compound).")
    var issuer: String?

    @Option(help: "Write to this file instead of standard output (refuses to overwrite).")
    var out: String?

    func run() throws {
        let l = options.language, zh = l == .zh
        let first = try RosterCLI.date(from, l, option: "--from"), last = try RosterCLI.date(to, l, option: "--to")
        guard first <= last else { throw CLIError(zh ? "--from 晚于 --to" : "--from is after --to") }
        let db = try options.open()
        let directory = try db.loadDirectory()
        let (person, _) = try DeskCLI.person(query, directory, slots: { _ in [] }, l)
        let certificate = ServiceCertificate(person: person, records: try db.checkIns(), directory: directory,
                                             from: first, to: last, issued: DeskCLI.now().date, issuer: issuer)
        let text = Certificate.render(certificate)
        guard let out else {
            print(text, terminator: "")
            return
        }
        guard !FileManager.default.fileExists(atPath: out) else {
            throw CLIError(zh ? "\(out) 已存在，不覆盖" : "\(out) exists; not overwritten")
        }
        // Written whole or not at all: a temporary file beside it, then renamed.
        let temporary = out + ".part-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary), options: .withoutOverwriting)
            try FileManager.default.moveItem(atPath: temporary, toPath: out)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw CLIError(zh ? "无法写入 \(out)：\(error.localizedDescription)" : "cannot write \(out): \(error.localizedDescription)")
        }
        print(zh ? "已写入 \(out)" : "Wrote \(out)")
    }

    /// The certificate as text, in Chinese (the document is Chinese whatever the interface language).
    static func render(_ c: ServiceCertificate) -> String {
        let hours = HoursText.tenths
        var text = ""
        let title = "志愿服务记录证明"
        text += String(repeating: " ", count: max(0, (60 - DisplayWidth.of(title)) / 2)) + title + "\n\n"
        text += "兹证明 \(c.person.name)（编号 \(c.person.id.rawValue)\(c.organisation.map { "，\($0)" } ?? "")）"
            + "于 \(c.from) 至 \(c.to) 期间在\(c.compound)参加疫情防控志愿服务，"
            + "共 \(c.entries.count) 次，累计服务 \(hours(c.totalMinutes)) 小时。具体记录如下：\n\n"
        var table = TextTable([.init("日期"), .init("岗位", maxWidth: 24), .init("班次"), .init("签到"), .init("签退"),
                               .init("小时", .right)])
        for e in c.entries {
            table.append(["\(e.date)", e.post, e.shift, "\(e.timeIn.time)",
                          e.timeOut.date == e.timeIn.date ? "\(e.timeOut.time)" : "次日 \(e.timeOut.time)", hours(e.minutes)])
        }
        text += c.entries.isEmpty ? "（此期间没有签到签退齐全的记录）\n" : table.render()
        text += "\n合计：\(hours(c.totalMinutes)) 小时\n"
        if c.open > 0 { text += "另有 \(c.open) 次签到未签退，未计入。\n" }
        text += "\n出具单位：\(c.issuer)\n"
        text += "（盖章）\n\n"
        text += "出具日期：\(c.issued)\n"
        return text
    }
}
