/// Hours served, from the check-in log: the time between check-in and check-out of every
/// record in force, by person, organisation or compound. A check-in without a check-out is
/// not counted; it is listed, so that it can be closed or corrected. One the coordinator
/// closed at the shift's planned end counts up to that end, and is counted apart too: those
/// hours were not seen, only planned.
public enum ServiceHours {
    public enum Grouping: String, CaseIterable, Sendable {
        case person, organisation, compound
    }

    public struct Line: Equatable, Sendable {
        /// The person, organisation or compound ID ("" for people in no organisation).
        public var key: String
        public var name: String
        public var minutes: Int
        /// Records counted (with both times).
        public var records: Int
        /// Of those, the ones the coordinator closed at the shift's planned end.
        public var closed: Int = 0
        /// Plan and actual: arrivals after the grace, registered walk-ins, and absences
        /// (no-shows and excused ones told apart), which serve no hours.
        public var late: Int = 0
        public var walkIns: Int = 0
        public var noShows: Int = 0
        public var excused: Int = 0
    }

    public struct Report: Equatable, Sendable {
        public var lines: [Line]
        /// Records in the range with a check-in and no check-out: not counted.
        public var open: [CheckIn]
        /// Records counted that the coordinator closed at the shift's planned end.
        public var closed: [CheckIn] = []
        /// No-shows and excused absences, by date.
        public var absences: [CheckIn] = []
        public var totalMinutes: Int { lines.reduce(0) { $0 + $1.minutes } }
    }

    /// Minutes served on one record: check-out minus check-in, or nil when either is missing
    /// or the record is an absence.
    public static func minutes(_ record: CheckIn) -> Int? {
        guard !record.voided, record.status == .onTime || record.status == .late,
              let timeIn = record.timeIn, let timeOut = record.timeOut else { return nil }
        return max(0, timeOut.minuteNumber - timeIn.minuteNumber)
    }

    /// The report over the slots dated `from` … `to`, from the records in force (the newest
    /// version of each, withdrawn ones left out).
    public static func report(_ records: [CheckIn], directory: Directory, from: LocalDate, to: LocalDate,
                              by grouping: Grouping, walkIns: Set<CheckInID> = []) -> Report {
        let people = Dictionary(directory.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let organisations = Dictionary(directory.organisations.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let compounds = Dictionary(directory.compounds.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var lines: [String: Line] = [:]
        var open: [CheckIn] = [], closed: [CheckIn] = [], absences: [CheckIn] = []
        for record in records where !record.voided && record.slot.date >= from && record.slot.date <= to {
            let absent = record.status == .noShow || record.status == .excused
            let served = minutes(record)
            if served == nil && !absent {
                if record.isOpen { open.append(record) }
                continue
            }
            let person = people[record.person]
            let key: String, name: String
            switch grouping {
            case .person:
                key = record.person.rawValue
                name = person?.name ?? key
            case .organisation:
                key = person?.organisation?.rawValue ?? ""
                name = person?.organisation.flatMap { organisations[$0] } ?? "（无单位）"
            case .compound:
                key = person?.compound.rawValue ?? ""
                name = person.flatMap { compounds[$0.compound] } ?? key
            }
            var line = lines[key] ?? Line(key: key, name: name, minutes: 0, records: 0)
            if absent {
                if record.status == .noShow { line.noShows += 1 } else { line.excused += 1 }
                absences.append(record)
                lines[key] = line
                continue
            }
            line.minutes += served ?? 0
            line.records += 1
            if record.status == .late { line.late += 1 }
            if walkIns.contains(record.id) { line.walkIns += 1 }
            if record.action == .closed {
                line.closed += 1
                closed.append(record)
            }
            lines[key] = line
        }
        let byDate: (CheckIn, CheckIn) -> Bool = { ($0.slot.date, $0.id.rawValue) < ($1.slot.date, $1.id.rawValue) }
        return Report(lines: lines.values.sorted { $0.key < $1.key }, open: open.sorted(by: byDate),
                      closed: closed.sorted(by: byDate), absences: absences.sorted(by: byDate))
    }
}
