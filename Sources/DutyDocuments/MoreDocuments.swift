import Foundation
import DutyModel

extension DocumentIndex {
    func weekday(_ date: LocalDate, _ l: Language) -> String {
        let name = date.weekday.name(l)
        return l == .zh ? name : name.prefix(1).uppercased() + name.dropFirst()
    }

    /// Roles as a reader expects them on paper: 在职党员、楼栋长 / party member; building leader.
    public func roles(_ person: Person, _ l: Language) -> String {
        TextFormats.format(roles: person.roles, l).replacingOccurrences(of: ";", with: "; ")
    }

    func footer(_ printed: LocalDateTime, _ l: Language) -> String {
        l == .zh ? "打印时间：\(printed)" : "Printed: \(printed)"
    }
}

/// The shift sheet of one post for one day, to pin at the gate: each shift with its times,
/// who is on duty (role, organisation, phone) and who leads it.
public enum PostShiftSheet {
    public static func build(_ index: DocumentIndex, post: Post, shifts: [ShiftDefinition], date: LocalDate,
                             printed: LocalDateTime, language l: Language, fullPhones: Bool = false) -> Document {
        let zh = l == .zh
        let compound = index.compounds[post.compound] ?? post.compound.rawValue
        var blocks: [Document.Block] = []
        let columns = [Document.Column(zh ? "姓名" : "Name", weight: 1.6), Document.Column(zh ? "身份" : "Role", weight: 2.2),
                       Document.Column(zh ? "单位" : "Organisation", weight: 1.8), Document.Column(zh ? "手机" : "Phone", weight: 1.4)]
        for shift in shifts {
            let slot = Slot(post: post.id, date: date, shift: shift.code)
            let people = (index.bySlot[slot] ?? []).compactMap { index.people[$0] }.sorted { $0.id.rawValue < $1.id.rawValue }
            let leader = ShiftLeader.choose(people)
            let lead = leader.map { zh ? "　班长：\($0.name)" : "   leader: \($0.name)" } ?? ""
            blocks.append(.heading("\(shift.name) \(shift.start)–\(shift.end)\(lead)"))
            if people.isEmpty {
                blocks.append(.paragraph(zh ? "（无人排班）" : "(nobody rostered)"))
                continue
            }
            // Printed once the desk has recorded: what happened, after each name.
            let actual = index.attendance(slot, at: printed)
            func name(_ p: Person) -> String {
                guard let entry = actual.first(where: { $0.person == p.id }),
                      entry.isNews else { return p.name }
                return "\(p.name)（\(entry.words(index.name)(l))）"
            }
            var rows = people.map { p in
                [name(p), index.roles(p, l), p.organisation.flatMap { index.organisations[$0] } ?? "",
                 PhoneMask.mask(p.phone, full: fullPhones)]
            }
            for entry in actual where !entry.onRoster {
                guard let p = index.people[entry.person] else { continue }
                rows.append(["\(p.name)（\(entry.words(index.name)(l))）", index.roles(p, l), "", ""])
            }
            blocks.append(.table(columns: columns, rows: rows))
        }
        let header = zh ? ["小区：\(compound)　岗位：\(post.name)", "日期：\(date) \(index.weekday(date, l))"]
                        : ["Compound: \(compound)   Post: \(post.name)", "Date: \(date) \(index.weekday(date, l))"]
        return Document(title: zh ? "岗位值班表" : "Post shift sheet", header: header, blocks: blocks,
                        footer: index.footer(printed, l), language: l)
    }
}

/// The checkpoint entry register (出入登记): the blank form a gate keeps for residents going out
/// and coming back.
public enum EntryRegister {
    public static func build(_ index: DocumentIndex, post: Post, date: LocalDate, printed: LocalDateTime,
                             language l: Language, rows: Int = 16) -> Document {
        let zh = l == .zh
        let compound = index.compounds[post.compound] ?? post.compound.rawValue
        let columns = [Document.Column(zh ? "序号" : "No.", weight: 0.6, alignRight: true), Document.Column(zh ? "姓名" : "Name", weight: 1.6),
                       Document.Column(zh ? "楼栋及房号" : "Building, room", weight: 1.6), Document.Column(zh ? "外出时间" : "Out at", weight: 1.1),
                       Document.Column(zh ? "返回时间" : "Back at", weight: 1.1), Document.Column(zh ? "体温" : "Temp.", weight: 0.8),
                       Document.Column(zh ? "事由" : "Reason", weight: 2.4)]
        let header = zh ? ["小区：\(compound)　岗位：\(post.name)", "日期：\(date) \(index.weekday(date, l))"]
                        : ["Compound: \(compound)   Post: \(post.name)", "Date: \(date) \(index.weekday(date, l))"]
        return Document(title: zh ? "出入登记表" : "Checkpoint entry register", header: header, orientation: .landscape,
                        blocks: [.table(columns: columns, rows: (1...max(1, rows)).map { ["\($0)", "", "", "", "", "", ""] })],
                        footer: index.footer(printed, l), language: l)
    }
}

/// A compound's weekly roster: every post and shift down, the days across, who is on each.
public enum WeeklyRoster {
    public static func build(_ index: DocumentIndex, compound: Compound, posts: [Post], shifts: [PostID: [ShiftDefinition]],
                             from: LocalDate, days: Int, printed: LocalDateTime, language l: Language) -> Document {
        let zh = l == .zh
        let dates = (0..<max(1, days)).map { from.adding(days: $0) }
        var columns = [Document.Column(zh ? "岗位 / 班次" : "Post / shift", weight: 2.2)]
        columns += dates.map { Document.Column("\(String($0.description.dropFirst(5))) \(index.weekday($0, l))", weight: 1.4) }
        var rows: [[String]] = []
        for post in posts {
            for shift in shifts[post.id] ?? [] {
                var row = ["\(post.name) · \(shift.name) \(shift.start)–\(shift.end)"]
                for date in dates {
                    let names = (index.bySlot[Slot(post: post.id, date: date, shift: shift.code)] ?? [])
                        .compactMap { index.people[$0] }.sorted { $0.id.rawValue < $1.id.rawValue }.map(\.name)
                    row.append(names.joined(separator: zh ? "、" : ", "))
                }
                rows.append(row)
            }
        }
        let last = dates.last ?? from
        let header = zh ? ["小区：\(compound.name)", "日期：\(from) 至 \(last)"] : ["Compound: \(compound.name)", "Dates: \(from) to \(last)"]
        return Document(title: zh ? "小区一周值班表" : "Weekly roster", header: header, orientation: .landscape,
                        blocks: [.table(columns: columns, rows: rows)], footer: index.footer(printed, l), language: l)
    }
}

/// One person's duties for the coming days, to hand out.
public enum DutySlip {
    public static func build(_ index: DocumentIndex, person: Person, duties: [(Slot, Post, ShiftDefinition)],
                             from: LocalDate, days: Int, printed: LocalDateTime, language l: Language,
                             fullPhones: Bool = false) -> Document {
        let zh = l == .zh
        let last = from.adding(days: max(1, days) - 1)
        let sorted = duties.filter { $0.0.date >= from && $0.0.date <= last }
            .sorted { ($0.0.date, $0.2.start) < ($1.0.date, $1.2.start) }
        let columns = [Document.Column(zh ? "日期" : "Date", weight: 1.4), Document.Column(zh ? "星期" : "Day", weight: 0.8),
                       Document.Column(zh ? "岗位" : "Post", weight: 3), Document.Column(zh ? "班次" : "Shift", weight: 1),
                       Document.Column(zh ? "时间" : "Time", weight: 1.4)]
        let rows = sorted.map { slot, post, shift in
            ["\(slot.date)", index.weekday(slot.date, l), post.name, shift.name, "\(shift.start)–\(shift.end)"]
        }
        let compound = index.compounds[person.compound] ?? person.compound.rawValue
        let phone = person.phone.isEmpty ? "" : (zh ? "　手机：" : "   phone: ") + PhoneMask.mask(person.phone, full: fullPhones)
        let header = zh ? ["\(person.name)（\(person.id.rawValue)）　\(compound)\(phone)", "\(from) 至 \(last)　共 \(rows.count) 班"]
                        : ["\(person.name) (\(person.id.rawValue))   \(compound)\(phone)", "\(from) to \(last)   \(rows.count) shifts"]
        var blocks: [Document.Block] = rows.isEmpty
            ? [.paragraph(zh ? "此期间没有排班。" : "No duty in these days.")]
            : [.table(columns: columns, rows: rows)]
        blocks.append(.paragraph(zh ? "请提前 10 分钟到岗签到；不能到岗请尽早告知小区。" : "Please check in 10 minutes early; if you cannot come, tell the compound as early as you can."))
        return Document(title: zh ? "值班通知单" : "Duty slip", header: header, blocks: blocks,
                        footer: index.footer(printed, l), language: l)
    }
}

/// The volunteer service-record certificate as a document.
public enum CertificateDocument {
    public static func build(_ c: ServiceCertificate, printed: LocalDateTime, language l: Language) -> Document {
        let zh = l == .zh
        let hours = HoursText.tenths
        let body = zh
            ? "兹证明 \(c.person.name)（编号 \(c.person.id.rawValue)\(c.organisation.map { "，\($0)" } ?? "")）于 \(c.from) 至 \(c.to) 期间在\(c.compound)参加疫情防控志愿服务，共 \(c.entries.count) 次，累计服务 \(hours(c.totalMinutes)) 小时。"
            : "This certifies that \(c.person.name) (no. \(c.person.id.rawValue)\(c.organisation.map { ", \($0)" } ?? "")) served as a volunteer in epidemic prevention at \(c.compound) from \(c.from) to \(c.to): \(c.entries.count) \(c.entries.count == 1 ? "shift" : "shifts"), \(hours(c.totalMinutes)) hours in all."
        let columns = [Document.Column(zh ? "日期" : "Date", weight: 1.3), Document.Column(zh ? "岗位" : "Post", weight: 2.6),
                       Document.Column(zh ? "班次" : "Shift", weight: 0.9), Document.Column(zh ? "签到" : "In", weight: 0.9),
                       Document.Column(zh ? "签退" : "Out", weight: 1.1), Document.Column(zh ? "小时" : "Hours", weight: 0.7, alignRight: true)]
        let rows = c.entries.map { e in
            ["\(e.date)", e.post, e.shift, "\(e.timeIn.time)",
             e.timeOut.date == e.timeIn.date ? "\(e.timeOut.time)" : (zh ? "次日 " : "+1 ") + "\(e.timeOut.time)", hours(e.minutes)]
        }
        var blocks: [Document.Block] = [.paragraph(body)]
        if !rows.isEmpty { blocks.append(.table(columns: columns, rows: rows)) }
        blocks.append(.paragraph(zh ? "合计：\(hours(c.totalMinutes)) 小时" : "Total: \(hours(c.totalMinutes)) hours"))
        if c.closed > 0 {
            blocks.append(.paragraph(zh ? "其中 \(c.closed) 次未签退，由协调员按计划结束时间结束。"
                                        : "Of these, \(c.closed) had no check-out and were closed by the coordinator at the planned end."))
        }
        if c.open > 0 {
            blocks.append(.paragraph(zh ? "另有 \(c.open) 次签到未签退，未计入。" : "\(c.open) check-ins without a check-out are not counted."))
        }
        blocks.append(.paragraph((zh ? "出具单位：" : "Issued by: ") + c.issuer + (zh ? "　　出具日期：" : "   on ") + "\(c.issued)"))
        blocks.append(.signature(zh ? "（盖章）" : "(seal)"))
        return Document(title: zh ? "志愿服务记录证明" : "Volunteer service record", header: [], blocks: blocks,
                        footer: zh ? "打印时间：\(printed)" : "Printed: \(printed)", language: l)
    }
}
