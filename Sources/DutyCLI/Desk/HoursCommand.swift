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
        let report = ServiceHours.report(try store.checkIns(), directory: directory, from: dates.lowerBound, to: dates.upperBound,
                                         by: grouping)
        let hours = HoursText.hundredths
        let names = Dictionary(directory.people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        if csv {
            console.out(zh ? "编号,名称,小时,记录数,协调员结束" : "id,name,hours,records,closed")
            for line in report.lines {
                console.out("\(line.key),\(line.name),\(hours(line.minutes)),\(line.records),\(line.closed)")
            }
        } else {
            var table = TextTable([.init(zh ? "编号" : "ID"), .init(zh ? "名称" : "Name", maxWidth: 20),
                                   .init(zh ? "小时" : "Hours", .right), .init(zh ? "记录" : "Records", .right),
                                   .init(zh ? "协调员结束" : "Closed", .right)])
            for line in report.lines {
                table.append([line.key, line.name, hours(line.minutes), "\(line.records)", line.closed > 0 ? "\(line.closed)" : ""])
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
        guard !report.open.isEmpty else { return }
        console.error(zh ? "未签退、未计入的签到 \(report.open.count) 条：" : "\(report.open.count) check-ins without a check-out, not counted:")
        for record in report.open {
            console.error("  \(record.person.rawValue) \(names[record.person] ?? "") \(record.slot.id.rawValue) \(record.timeIn.map { "\($0)" } ?? "")")
        }
    }
}
