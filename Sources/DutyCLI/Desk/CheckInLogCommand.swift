import DutyModel
import TerminalKit

/// `zhiban checkins`: the check-in log as entered, oldest first, with who entered each record
/// and when (a check-out, a correction or an undo is a record of its own). When is local time
/// as a coordinator types it, and an undo's reason in the one language.
public enum CheckInLogCommand {
    /// Lists the log, or the records for slots on `date`.
    public static func run(_ store: any RosterStore, date: LocalDate?, _ l: Language, _ console: Console) throws {
        let zh = l == .zh
        let names = Dictionary(try store.loadDirectory().people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var table = TextTable([.init("#", .right), .init(zh ? "录入时间" : "Entered"), .init(zh ? "录入人" : "By"),
                               .init(zh ? "操作" : "Action"), .init(zh ? "编号" : "ID"), .init(zh ? "姓名" : "Name", maxWidth: 12),
                               .init(zh ? "班次" : "Slot"), .init(zh ? "签到" : "In"), .init(zh ? "签退" : "Out"),
                               .init(zh ? "状态" : "Status"), .init(zh ? "原因" : "Reason", maxWidth: 24)])
        var count = 0
        for entry in try store.checkInLog(dates: date.map { $0...$0 }, person: nil) {
            let r = entry.record
            table.append(["\(entry.seq)", LocalDateTime.shown(stamp: entry.enteredAt), entry.enteredBy, r.action.name(l) + (r.voided ? (zh ? "（作废）" : " (withdrawn)") : ""),
                          r.person.rawValue, names[r.person] ?? "", r.slot.id.rawValue, r.timeIn.map { "\($0)" } ?? "",
                          r.timeOut.map { "\($0)" } ?? "", r.status.name(l), r.reason(in: l)])
            count += 1
        }
        console.out(table.render(), terminator: "")
        console.out(zh ? "共 \(count) 条" : count == 1 ? "1 record" : "\(count) records")
    }
}
