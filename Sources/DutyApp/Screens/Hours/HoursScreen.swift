import DutyModel
import TerminalKit

/// The hours screen's own state: how its totals are grouped, and how far they are scrolled.
public struct HoursView: Equatable, Sendable {
    public var grouping: ServiceHours.Grouping = .person
    public var pager = Pager()

    public init() {}
}

/// Hours served on the loaded days, from the check-in log as the desk holds it, by person,
/// organisation or compound; open check-ins counted apart, and those the coordinator closed at
/// the planned end counted but named (their hours were planned, not seen).
enum HoursScreen: Screen {
    static let kind = ScreenKind.hours

    static let commands = Screens.commands([
        .nextGrouping: { state in
            let all = ServiceHours.Grouping.allCases
            state.hours.grouping = all[((all.firstIndex(of: state.hours.grouping) ?? 0) + 1) % all.count]
            state.hours.pager = Pager()
            return []
        },
        .back: { state in
            state.screen = .desk
            return []
        },
    ], with: Screens.help, Screens.movement(page: page) { state, delta in
        state.hours.pager.move(delta, count: state.hoursReport.lines.count, page: page(state))
    })

    static func page(_ state: AppState) -> Int { max(1, state.height - 6) }

    /// F9 at the desk.
    static func open(_ state: inout AppState) {
        state.screen = .hours
        state.hours.pager = Pager()
    }

    static func draw(_ state: AppState, _ screen: inout ScreenBuffer) {
        let l = state.language, zh = l == .zh
        let report = state.hoursReport
        let hours = HoursText.tenths
        let by: String
        switch state.hours.grouping {
        case .person: by = zh ? "按人员" : "by person"
        case .organisation: by = zh ? "按单位" : "by organisation"
        case .compound: by = zh ? "按小区" : "by compound"
        }
        let closed = report.closed.isEmpty ? Localized(zh: "", en: "")
            : Localized(zh: "（其中 \(report.closed.count) 次由协调员按计划结束时间结束）",
                        en: " (\(report.closed.count) closed by the coordinator at the planned end)")
        let head = zh ? "\(state.firstDay) 至 \(state.lastDay) · \(by) · 合计 \(hours(report.totalMinutes)) 小时\(closed.zh) · 未签退 \(report.open.count) 条（不计入）"
                      : "\(state.firstDay) to \(state.lastDay) · \(by) · total \(hours(report.totalMinutes)) h\(closed.en) · \(report.open.count) open check-ins (not counted)"
        screen.put(head, x: 0, y: 1, columns: screen.width, role: .header)
        let idW = 8, hoursW = 7, recordsW = 7, closedW = 10, countW = 7
        let nameW = max(8, screen.width - idW - hoursW - recordsW - closedW - 3 * countW - 7)
        // Plan and actual: late arrivals and absences (no-show and excused told apart) beside the hours.
        let columns: [(String, Int, DisplayWidth.Alignment)] = [
            (zh ? "编号" : "ID", idW, .left), (zh ? "名称" : "Name", nameW, .left),
            (zh ? "小时" : "Hours", hoursW, .right), (zh ? "记录" : "Records", recordsW, .right),
            (zh ? "协调员结束" : "Closed", closedW, .right), (zh ? "迟到" : "Late", countW, .right),
            (zh ? "缺岗" : "No-show", countW, .right), (zh ? "请假" : "Excused", countW, .right),
        ]
        var x = 0
        for (title, width, align) in columns {
            screen.put(title, x: x, y: 2, columns: width, role: .header, alignment: align)
            x += width + 1
        }
        let scroll = state.hours.pager.scroll
        for (i, line) in report.lines.enumerated().dropFirst(scroll).prefix(page(state)) {
            let y = 3 + i - scroll
            var x = 0
            // People by the name the interface gives them (namesakes told apart).
            let name = state.hours.grouping == .person ? state.person(PersonID(rawValue: line.key)).map(state.displayName) ?? line.name : line.name
            func count(_ n: Int) -> String { n > 0 ? "\(n)" : "" }
            let cells = [line.key, name, hours(line.minutes), "\(line.records)", count(line.closed), count(line.late),
                         count(line.noShows), count(line.excused)]
            for (text, column) in zip(cells, columns) {
                screen.put(text, x: x, y: y, columns: column.1, role: .normal, alignment: column.2)
                x += column.1 + 1
            }
        }
        if report.lines.isEmpty {
            screen.put(zh ? "载入的几天里没有签到签退齐全的记录" : "No record with both a check-in and a check-out on the loaded days",
                       x: 0, y: 3, columns: screen.width, role: .dim)
        }
    }
}

extension AppState {
    /// Hours served on the loaded days, from the check-in log as the desk holds it.
    public var hoursReport: ServiceHours.Report {
        ServiceHours.report(Array(desk.records.values), directory: directory, from: firstDay, to: lastDay, by: hours.grouping,
                            walkIns: Set(desk.log.filter { $0.action == .walkIn }.map(\.id)))
    }
}
