import DutyModel

/// `zhiban checkin`, `checkout` and `noshow`: the desk for scripts. Each finds the person the
/// query names (pinyin initials, full pinyin, phone tail, person number or name; on `post`
/// only when given), appends one version to the check-in log for the time `at` (YYYY-MM-DD
/// HH:MM, else now) and says what it recorded. Someone is late `grace` minutes after the start.
public enum DeskRecords {
    /// Checks someone in on their shift now (or starting within two hours); late after the
    /// grace. Someone checked in already is only told so.
    public static func checkIn(_ store: any RosterStore, _ query: String, post: String?, at: String?, grace: Int, _ l: Language,
                               _ console: Console) throws {
        let request = DeskQuery(query: query, post: post, at: at, grace: grace, language: l), zh = l == .zh
        let time = try request.time()
        let desk = try DeskSnapshot(store, around: time, grace: request.grace)
        let (person, slot) = try desk.onShift(request, at: time)
        let id = CheckIn.id(person: person.id, slot: slot)
        if let record = desk.records.first(where: { $0.id == id }), let timeIn = record.timeIn {
            console.out(zh ? "\(person.name) 已于 \(timeIn.time) 签到：\(desk.label(slot))"
                           : "\(person.name) checked in already at \(timeIn.time): \(desk.label(slot))")
            return
        }
        let record = desk.desk.checkIn(person.id, on: slot, at: time)
        try desk.append(record, to: store, l)
        let late = record.status == .late ? (zh ? "（迟到）" : " (late)") : ""
        console.out(zh ? "已签到 \(person.name) \(time.time)\(late)：\(desk.label(slot))"
                       : "Checked in \(person.name) at \(time.time)\(late): \(desk.label(slot))")
    }

    /// Checks someone out of the shift they are checked in on, saying how long they served.
    /// Leaving more than the grace before the shift's planned end needs `reason`, kept in the log.
    public static func checkOut(_ store: any RosterStore, _ query: String, post: String?, at: String?, grace: Int,
                                reason: String = "", _ l: Language, _ console: Console) throws {
        let request = DeskQuery(query: query, post: post, at: at, grace: grace, language: l), zh = l == .zh
        let time = try request.time()
        let desk = try DeskSnapshot(store, around: time, grace: request.grace)
        let found = Desk.checkedIn(query, people: desk.directory.people, records: desk.records, post: request.postID)
        let person = try found.choice.chosen(query, l)
        guard let record = found.record else {
            throw CLIError(zh ? "\(person.name) 没有未签退的签到" : "\(person.name) is not checked in")
        }
        guard let timeIn = record.timeIn, timeIn <= time else {
            throw CLIError(zh ? "签退时间 \(time) 早于签到时间" : "check-out time \(time) is before the check-in")
        }
        let why = reason.trimmingCharacters(in: .whitespaces), isEarly = desk.desk.isEarly(time, leaving: record.slot)
        if why.isEmpty, isEarly, let end = desk.desk.window(record.slot)?.end {
            throw CLIError(zh ? "\(person.name) 的班次 \(end.time) 才结束：提前签退请用 --reason 写明原因"
                              : "\(person.name)'s shift ends at \(end.time): to check out early, say why with --reason")
        }
        try desk.append(desk.desk.checkOut(record, at: time, reason: why), to: store, l)
        let served = HoursText.span(time.minuteNumber - timeIn.minuteNumber)
        let early = !isEarly || why.isEmpty ? "" : (zh ? "（提前：\(why)）" : " (early: \(why))")
        console.out(zh ? "已签退 \(person.name) \(time.time)\(early)，在岗 \(served.zh)：\(desk.label(record.slot))"
                       : "Checked out \(person.name) at \(time.time)\(early) after \(served.en): \(desk.label(record.slot))")
    }

    /// Marks someone absent from their shift now: a no-show, or excused (they said they cannot
    /// come), with the reason kept in the log. Refused for someone checked in, and a no-show
    /// before the shift's start and the grace unless `force` (they may be on their way).
    public static func noShow(_ store: any RosterStore, _ query: String, post: String?, at: String?, grace: Int, excused: Bool,
                              reason: String, force: Bool = false, _ l: Language, _ console: Console) throws {
        let request = DeskQuery(query: query, post: post, at: at, grace: grace, language: l), zh = l == .zh
        let time = try request.time()
        let desk = try DeskSnapshot(store, around: time, grace: request.grace)
        let (person, slot) = try desk.onShift(request, at: time)
        if let record = desk.records.first(where: { $0.id == CheckIn.id(person: person.id, slot: slot) }), record.timeIn != nil {
            throw CLIError(zh ? "\(person.name) 已签到，不能记为缺岗（如有误请更正）" : "\(person.name) is checked in; correct the record instead")
        }
        if !excused, !force, desk.desk.isTooEarlyForNoShow(time, on: slot), let after = desk.desk.noShowAfter(slot),
           let start = desk.desk.window(slot)?.start {
            throw CLIError(zh ? "\(person.name) 的班次 \(start.time) 开始，宽限 \(request.grace) 分钟，\(after.time) 后仍未到才算缺岗；"
                                + "确要现在记，请加 --force；来不了的请用 --excused 记请假"
                              : "\(person.name)'s shift starts at \(start.time) with \(request.grace) min grace: a no-show only after "
                                + "\(after.time); to mark it now anyway add --force; if they cannot come, use --excused")
        }
        try desk.append(desk.desk.absent(person.id, on: slot, excused: excused, reason: reason), to: store, l)
        let what = excused ? (zh ? "请假" : "excused") : (zh ? "缺岗" : "no-show")
        console.out(zh ? "已记 \(person.name) \(what)：\(desk.label(slot))" : "Marked \(person.name) \(what): \(desk.label(slot))")
    }
}
