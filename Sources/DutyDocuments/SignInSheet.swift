import DutyModel

/// Why a document cannot be made, in words a coordinator can act on.
public enum DocumentError: Error, Equatable, Sendable {
    case unknownPost(String)
    case unknownShift(post: String, shift: String)
    case unknownCompound(String)
    case noRoster(String)

    public var message: Localized {
        switch self {
        case let .unknownPost(post): Localized(zh: "没有编号或名称为“\(post)”的岗位", en: "no post with ID or name “\(post)”")
        case let .unknownShift(post, shift):
            Localized(zh: "岗位 \(post) 没有班次“\(shift)”", en: "post \(post) has no shift “\(shift)”")
        case let .unknownCompound(compound): Localized(zh: "没有编号或名称为“\(compound)”的小区", en: "no compound with ID or name “\(compound)”")
        case let .noRoster(what): Localized(zh: "\(what) 没有排班：请先排班（zhiban solve）", en: "no roster for \(what): solve it first (zhiban solve)")
        }
    }
}

/// The sign-in sheet (签到表) of one post and one shift: a row per person expected, blank rows
/// for walk-ins, columns to write the times and sign in, and a line for the shift leader.
public enum SignInSheet {
    public static func build(_ directory: Directory, post: Post, shift: ShiftDefinition, date: LocalDate,
                             assignments: [Assignment], printed: LocalDateTime, language l: Language,
                             blankRows: Int = 6) -> Document {
        build(DocumentIndex(directory, assignments: assignments), post: post, shift: shift, date: date, printed: printed,
              language: l, blankRows: blankRows)
    }

    /// The same from an index built once for many sheets.
    public static func build(_ index: DocumentIndex, post: Post, shift: ShiftDefinition, date: LocalDate,
                             printed: LocalDateTime, language l: Language, blankRows: Int = 6) -> Document {
        let zh = l == .zh
        let slot = Slot(post: post.id, date: date, shift: shift.code)
        let organisations = index.organisations
        let compound = index.compounds[post.compound] ?? post.compound.rawValue
        let onSlot = (index.bySlot[slot] ?? []).compactMap { index.people[$0] }
            .sorted { $0.id.rawValue < $1.id.rawValue }
        let leader = ShiftLeader.choose(onSlot)
        let columns = [
            Document.Column(zh ? "序号" : "No.", weight: 0.7, alignRight: true), Document.Column(zh ? "姓名" : "Name", weight: 1.6),
            Document.Column(zh ? "单位/身份" : "Organisation / role", weight: 2.2), Document.Column(zh ? "签到时间" : "Time in", weight: 1.1),
            Document.Column(zh ? "签退时间" : "Time out", weight: 1.1), Document.Column(zh ? "签名" : "Signature", weight: 1.8),
        ]
        // Printed after the desk recorded: the times and what happened are filled in, and
        // those absent and replaced are listed with who stood in.
        let actual = index.attendance(slot, at: printed)
        var rows: [[String]] = onSlot.enumerated().map { i, person in
            let unit = person.organisation.flatMap { organisations[$0] } ?? index.roles(person, l)
            let entry = actual.first { $0.person == person.id }
            let timeIn = entry?.record?.timeIn.map { "\($0.time)" } ?? ""
            let timeOut = entry?.record?.timeOut.map { "\($0.time)" } ?? ""
            let note = entry.flatMap { e in e.isNews ? e.words(index.name)(l) : nil }
            return ["\(i + 1)", person.name + (person.id == leader?.id ? (zh ? "（班长）" : " (leader)") : ""), unit,
                    note.map { timeIn.isEmpty ? $0 : "\(timeIn) \($0)" } ?? timeIn, timeOut, ""]
        }
        for entry in actual where !entry.onRoster {
            guard let person = index.people[entry.person] else { continue }
            rows.append(["\(rows.count + 1)", person.name, person.organisation.flatMap { organisations[$0] } ?? index.roles(person, l),
                         entry.words(index.name)(l), "", ""])
        }
        rows += Array(repeating: Array(repeating: "", count: columns.count), count: blankRows)
        let times = "\(shift.start)–\(shift.end)"
        let weekday = zh ? date.weekday.name(l) : date.weekday.name(l).prefix(1).uppercased() + date.weekday.name(l).dropFirst()
        let header = zh
            ? ["小区：\(compound)　岗位：\(post.name)", "日期：\(date) \(weekday)　班次：\(shift.name) \(times)　应到 \(onSlot.count) 人"]
            : ["Compound: \(compound)   Post: \(post.name)", "Date: \(date) \(weekday)   Shift: \(shift.name) \(times)   expected: \(onSlot.count)"]
        var blocks: [Document.Block] = [.table(columns: columns, rows: rows)]
        if onSlot.isEmpty {
            blocks.insert(.paragraph(zh ? "此班尚无排班人员。" : "Nobody is rostered on this shift yet."), at: 0)
        }
        blocks.append(.signature(zh ? "班长确认（\(leader?.name ?? "　　")）：" : "Shift leader's confirmation (\(leader?.name ?? "    ")): "))
        return Document(title: zh ? "签到表" : "Sign-in sheet", header: header, orientation: .portrait, blocks: blocks,
                        footer: zh ? "打印时间：\(printed)" : "Printed: \(printed)", language: l)
    }
}

/// Who leads a shift: a compound cadre, else a street leader, else a party member, else the
/// first person on it.
public enum ShiftLeader {
    public static func choose(_ people: [Person]) -> Person? {
        people.first { $0.roles.contains(.compoundCadre) } ?? people.first { $0.roles.contains(.streetLeader) }
            ?? people.first { $0.isPartyMember } ?? people.first
    }
}

/// What documents look up, built once for many: people, organisation and compound names,
/// who is on each slot.
public struct DocumentIndex: Sendable {
    public let people: [PersonID: Person]
    public let organisations: [OrganisationID: String]
    public let compounds: [CompoundID: String]
    public let bySlot: [Slot: [PersonID]]
    /// Plan and actual: the check-in log, for sheets printed once the desk has recorded.
    let book: AttendanceBook
    let members: [Slot: [Assignment]]
    let desk: Desk

    public init(_ directory: Directory, assignments: [Assignment], log: [CheckIn] = []) {
        people = Dictionary(directory.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        organisations = Dictionary(directory.organisations.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        compounds = Dictionary(directory.compounds.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var bySlot: [Slot: [PersonID]] = [:], members: [Slot: [Assignment]] = [:]
        for a in assignments {
            bySlot[a.slot, default: []].append(a.person)
            members[a.slot, default: []].append(a)
        }
        self.bySlot = bySlot
        self.members = members
        book = AttendanceBook(log: log)
        desk = Desk(directory)
    }

    /// What the desk recorded on `slot` by `now`: empty while nothing is recorded.
    public func attendance(_ slot: Slot, at now: LocalDateTime) -> [Attendance] {
        guard !book.records(slot).isEmpty else { return [] }
        return book.entries(slot, members: members[slot] ?? [], desk: desk, now: now)
    }

    public func name(_ id: PersonID) -> String { people[id]?.name ?? id.rawValue }
}
