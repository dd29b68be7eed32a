import DutyModel

/// What the desk's duties at a minute depend on besides the roster and the directory.
struct DeskKey: Hashable, Sendable {
    var minute: Int
    var compound: CompoundID?
    var post: PostID?
}

/// Someone on a slot at the desk at that minute, before the check-in log is read.
struct DeskDuty: Sendable {
    /// Their place in `directory.people`.
    var place: Int
    var slot: Slot
    var post: String
    var start: LocalDateTime
    var end: LocalDateTime
    var checkIn: CheckInID
}

/// The desk's lines worked out from its duties and the log as it is (its stamp), with the
/// grace that tells expected from overdue.
struct DeskLinesKey: Hashable, Sendable {
    var duties: DeskKey
    var grace: Int
    var log: Stamp
}

extension AppState {
    /// The desk's lines at `now`: people on slots of the chosen compound (or all) running or
    /// starting within two hours, narrowed by the query (best fit first), else by start time.
    ///
    /// Worked out in two layers kept between frames: who is at the desk (the roster at this
    /// minute, sorted), then where each stands (the check-in log). A key typed reuses both;
    /// a check-in read in, from this desk or another terminal, reads the records again over the
    /// same duties; the roster changed, or the minute turned, finds the duties again.
    public var deskLines: [DeskLine] {
        let memo = memo.value
        let dutyKey = DeskKey(minute: now.minuteNumber, compound: board.compound.map { directory.compounds[$0].id },
                              post: desk.post)
        let key = DeskLinesKey(duties: dutyKey, grace: desk.grace, log: desk.logStamp.value)
        let lines = memo.deskLines.value(key) {
            linesWithRecords(memo.deskDuties.value(dutyKey) { deskDuties(dutyKey) }, dutyKey)
        }
        let query = desk.query.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return lines }
        let lookup = desk.lookup.value ?? PersonLookup(lines.map(\.person), syllables: pinyin.value)
        var rank: [PersonID: Int] = [:]
        for (i, match) in lookup.find(query).enumerated() where rank[match.person] == nil { rank[match.person] = i }
        return lines.filter { rank[$0.person.id] != nil }.enumerated()
            .sorted { (rank[$0.element.person.id] ?? 0, $0.offset) < (rank[$1.element.person.id] ?? 0, $1.offset) }
            .map(\.element)
    }

    /// Whether `a` comes before `b` on the desk: by start, post and number.
    private static func deskOrder(_ a: (start: LocalDateTime, post: String, person: PersonID),
                                  _ b: (start: LocalDateTime, post: String, person: PersonID)) -> Bool {
        (a.start.minuteNumber, a.post, a.person.rawValue) < (b.start.minuteNumber, b.post, b.person.rawValue)
    }

    /// `person` on `slot` as a desk duty, when the slot is at this desk at the key's minute.
    private func deskDuty(_ person: PersonID, _ slot: Slot, _ key: DeskKey, _ posts: [PostID: Post], _ rules: Desk) -> DeskDuty? {
        guard let post = posts[slot.post], key.compound == nil || post.compound == key.compound,
              key.post == nil || post.id == key.post,
              let w = rules.window(slot),
              w.start.minuteNumber - DeskScreen.lead <= key.minute, key.minute < w.end.minuteNumber + DeskScreen.tail,
              let i = index.value.person[person] else { return nil }
        return DeskDuty(place: i, slot: slot, post: post.name, start: w.start, end: w.end,
                        checkIn: CheckIn.id(person: person, slot: slot))
    }

    /// Everyone on the roster at the desk at the key's minute, in the desk's order.
    private func deskDuties(_ key: DeskKey) -> [DeskDuty] {
        let rules = DeskScreen.rules(self)
        let posts = Dictionary(directory.posts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Only duties of yesterday, today and tomorrow can be at the desk now (a shift is at
        // most a day long, and the desk looks hours around it): the rest are skipped cheaply.
        let today = LocalDateTime(minuteNumber: key.minute).date
        let near = [today.adding(days: -1), today, today.adding(days: 1)]
        var duties: [DeskDuty] = []
        for a in assignments where near.contains(a.slot.date) {
            if let duty = deskDuty(a.person, a.slot, key, posts, rules) { duties.append(duty) }
        }
        let people = directory.people
        duties.sort { Self.deskOrder(($0.start, $0.post, people[$0.place].id), ($1.start, $1.post, people[$1.place].id)) }
        return duties
    }

    /// The duties with where each stands by the log, and those marked absent and taken off
    /// the roster, who stay on the desk with who stands in.
    private func linesWithRecords(_ duties: [DeskDuty], _ key: DeskKey) -> [DeskLine] {
        let rules = DeskScreen.rules(self)
        let records = desk.records
        let people = directory.people
        var lines = duties.map { duty in
            let record = records[duty.checkIn]
            return DeskLine(person: people[duty.place], slot: duty.slot, post: duty.post, start: duty.start, end: duty.end,
                            record: record, state: rules.state(record, start: duty.start, now: now))
        }
        // Few records are absences: find just their slots' people.
        let absences = records.values.filter { !$0.voided && ($0.status == .noShow || $0.status == .excused) }
        guard !absences.isEmpty else { return lines }
        let posts = Dictionary(directory.posts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let onSlots = onSlots(Set(absences.map(\.slot)))
        for record in absences {
            let onSlot = onSlots[record.slot] ?? []
            guard !onSlot.contains(where: { $0.person == record.person }),
                  let duty = deskDuty(record.person, record.slot, key, posts, rules) else { continue }
            let standIns = onSlot.filter { $0.replaces == record.person }
                .compactMap { index.value.person[$0.person].map { people[$0].name } }
            lines.append(DeskLine(person: people[duty.place], slot: duty.slot, post: duty.post, start: duty.start, end: duty.end,
                                  record: record, state: rules.state(record, start: duty.start, now: now), replacedBy: standIns))
        }
        lines.sort { Self.deskOrder(($0.start, $0.post, $0.person.id), ($1.start, $1.post, $1.person.id)) }
        return lines
    }
}
