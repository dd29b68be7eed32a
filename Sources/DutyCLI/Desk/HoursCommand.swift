import DutyCSV
import DutyModel
import Foundation
import TerminalKit

/// `zhiban hours`: hours served over a date range from the check-in log, by person,
/// organisation or compound, as a table or CSV; check-ins without a check-out are listed on
/// standard error, not counted; those the coordinator closed at the planned end are counted
/// and listed apart (their hours were planned, not seen).
public enum HoursCommand {
    /// The grouping `by` names: person, organisation or compound, or in Chinese 人员, 单位 or
    /// 小区 (the Chinese help names only these).
    public static func grouping(_ by: String, _ l: Language) throws -> ServiceHours.Grouping {
        let chinese: [String: ServiceHours.Grouping] = ["人员": .person, "个人": .person, "单位": .organisation, "小区": .compound]
        guard let grouping = ServiceHours.Grouping(rawValue: by) ?? chinese[by] else {
            throw CLIError(l == .zh ? "--by “\(by)”：应为 人员、单位 或 小区" : "--by “\(by)”: expected person, organisation or compound")
        }
        return grouping
    }

    /// The hours served on `dates` by `grouping`; `csv` instead of a table.
    public static func run(_ store: any RosterStore, _ dates: ClosedRange<LocalDate>, by grouping: ServiceHours.Grouping, csv: Bool,
                           _ l: Language, _ console: Console) throws {
        let zh = l == .zh
        let directory = try store.loadDirectory()
        let log = try store.checkInLog(dates: dates).map(\.record)
        let report = ServiceHours.report(Array(CheckIn.inForce(log).values), directory: directory, from: dates.lowerBound,
                                         to: dates.upperBound, by: grouping,
                                         walkIns: Set(log.filter { $0.action == .walkIn }.map(\.id)))
        let hours = HoursText.hundredths
        let names = Dictionary(directory.people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        if csv {
            // Every field quoted where it needs it and safe for a spreadsheet (names are data).
            console.out(zh ? "编号,名称,小时,记录数,协调员结束,迟到,临时报到,缺岗,请假" : "id,name,hours,records,closed,late,walk_ins,no_shows,excused")
            for line in report.lines {
                console.out(CSVParser.line([line.key, line.name, hours(line.minutes), "\(line.records)", "\(line.closed)",
                                            "\(line.late)", "\(line.walkIns)", "\(line.noShows)", "\(line.excused)"]),
                            terminator: "")
            }
        } else {
            var table = TextTable([.init(zh ? "编号" : "ID"), .init(zh ? "名称" : "Name", maxWidth: 20),
                                   .init(zh ? "小时" : "Hours", .right), .init(zh ? "记录" : "Records", .right),
                                   .init(zh ? "协调员结束" : "Closed", .right), .init(zh ? "迟到" : "Late", .right),
                                   .init(zh ? "临时" : "Walk-in", .right), .init(zh ? "缺岗" : "No-show", .right),
                                   .init(zh ? "请假" : "Excused", .right)])
            func count(_ n: Int) -> String { n > 0 ? "\(n)" : "" }
            for line in report.lines {
                table.append([line.key, line.name, hours(line.minutes), "\(line.records)", count(line.closed), count(line.late),
                              count(line.walkIns), count(line.noShows), count(line.excused)])
            }
            console.out(table.render(), terminator: "")
            console.out(zh ? "合计 \(hours(report.totalMinutes)) 小时" : "Total \(hours(report.totalMinutes)) hours")
            if !report.closed.isEmpty {
                let n = report.closed.count
                console.out(zh ? "其中 \(n) 次由协调员按计划结束时间结束（未见签退，按计划计时）："
                               : "Of these, \(n) closed by the coordinator at the planned end (no check-out seen; planned hours):")
                for record in report.closed {
                    console.out("  \(record.person.rawValue) \(names[record.person] ?? "") \(record.slot.id.rawValue) "
                                + "\(record.timeIn.map { "\($0.time)" } ?? "")–\(record.timeOut.map { "\($0.time)" } ?? "")")
                }
            }
        }
        if !csv && !report.absences.isEmpty {
            // Plan and actual: who did not come, and who stood in for them.
            let standIns = try store.assignments(from: dates.lowerBound, to: dates.upperBound).filter { $0.replaces != nil }
            console.out(zh ? "缺岗与请假 \(report.absences.count) 次：" : "\(report.absences.count) absences:")
            for record in report.absences {
                let by = standIns.filter { $0.slot == record.slot && $0.replaces == record.person }.map { names[$0.person] ?? $0.person.rawValue }
                let what = record.status == .excused ? (zh ? "请假" : "excused") : (zh ? "缺岗" : "no-show")
                let replaced = by.isEmpty ? "" : (zh ? "，由 \(by.joined(separator: "、")) 替补" : ", replaced by \(by.joined(separator: ", "))")
                console.out("  \(record.person.rawValue) \(names[record.person] ?? "") \(record.slot.date) \(record.slot.post.rawValue) \(what)\(replaced)")
            }
        }
        guard !report.open.isEmpty else { return }
        console.error(zh ? "未签退、未计入的签到 \(report.open.count) 条：" : "\(report.open.count) check-ins without a check-out, not counted:")
        for record in report.open {
            console.error("  \(record.person.rawValue) \(names[record.person] ?? "") \(record.slot.id.rawValue) \(record.timeIn.map { "\($0)" } ?? "")")
        }
    }
}
