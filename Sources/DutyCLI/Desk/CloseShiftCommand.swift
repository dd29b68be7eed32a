import DutyModel

/// `zhiban close-shift`: checks out, at the shift's planned end, everyone still checked in on
/// the shifts of a day that have ended: the forgotten check-outs that would otherwise count
/// no hours. Each record is marked as closed by the coordinator (the log's `closed` action,
/// with who entered it), and `hours` lists those apart.
public enum CloseShiftCommand {
    /// Closes the open check-ins on slots dated `date` (of `post` and shift `shift` only, when
    /// given) whose shift has ended by `at` (YYYY-MM-DD HH:MM, else now). Those on shifts not
    /// yet ended are named on standard error and left open.
    public static func run(_ store: any RosterStore, date: LocalDate, post: String?, shift: String?, at: String?,
                           _ l: Language, _ console: Console) throws {
        let zh = l == .zh
        let now = try at.map { try ArgumentValue.clock($0, l, option: "--at") } ?? .now()
        let desk = try DeskSnapshot(store, around: LocalDateTime(date: date, time: .midnight), grace: 0)
        let postID = post.map { PostID(rawValue: $0) }
        if let post, !desk.directory.posts.contains(where: { $0.id == postID }) {
            throw CLIError(zh ? "没有编号为 \(post) 的岗位" : "there is no post with ID \(post)")
        }
        let open = desk.records.filter { r in
            r.isOpen && r.slot.date == date && (postID == nil || r.slot.post == postID) && (shift == nil || r.slot.shift == shift)
        }
        let names = Dictionary(desk.directory.people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        func who(_ r: CheckIn) -> String { "\(r.person.rawValue) \(names[r.person] ?? "") \(desk.label(r.slot))" }
        var closed: [CheckIn] = [], running: [CheckIn] = []
        for record in open {
            if let version = desk.desk.close(record, now: now) { closed.append(version) } else { running.append(record) }
        }
        if !closed.isEmpty { try desk.append(closed, to: store, l) }
        if closed.isEmpty {
            console.out(zh ? "\(date) 没有可结束的签到：已结束的班次都已签退" : "Nothing to close on \(date): everyone on an ended shift checked out")
        } else {
            console.out(zh ? "已按计划结束时间签退 \(closed.count) 人（记为协调员结束）："
                           : "Checked out \(closed.count) at the planned end (marked as closed by the coordinator):")
            for r in closed {
                let times = "\(r.timeIn.map { "\($0.time)" } ?? "")–\(r.timeOut.map { "\($0.time)" } ?? "")"
                console.out("  \(who(r))" + (zh ? "：签到至结束 \(times)" : ": in to end \(times)"))
            }
        }
        guard !running.isEmpty else { return }
        console.error(zh ? "另有 \(running.count) 人的班次尚未结束，未处理：" : "\(running.count) on shifts not ended yet, left open:")
        for r in running { console.error("  \(who(r))") }
    }
}
