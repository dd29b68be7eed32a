import Foundation

/// A volunteer service-record certificate (志愿服务记录证明) for one person over a date range:
/// every record served (date, post, shift, times, hours), the total, the organisation, the
/// issuing compound or street office and a place for the seal. Plain text for now; the
/// printing issue's document output will lay the same content out as a PDF.
public struct ServiceCertificate: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var date: LocalDate
        public var post: String
        public var shift: String
        public var timeIn: LocalDateTime
        public var timeOut: LocalDateTime
        public var minutes: Int
    }

    public var person: Person
    public var organisation: String?
    public var compound: String
    public var issuer: String
    public var from: LocalDate
    public var to: LocalDate
    public var issued: LocalDate
    public var entries: [Entry]
    /// Check-ins in the range without a check-out: not counted, and named on the certificate.
    public var open: Int
    /// Entries the coordinator closed at the shift's planned end: counted, and said so.
    public var closed: Int
    public var totalMinutes: Int { entries.reduce(0) { $0 + $1.minutes } }

    /// The certificate for `person` from the records in force; the issuer defaults to the
    /// person's compound and its street office (area).
    public init(person: Person, records: [CheckIn], directory: Directory, from: LocalDate, to: LocalDate,
                issued: LocalDate, issuer: String? = nil) {
        self.person = person
        let compound = directory.compounds.first { $0.id == person.compound }
        let area = compound.flatMap { c in directory.areas.first { $0.id == c.area } }
        self.compound = compound?.name ?? person.compound.rawValue
        organisation = person.organisation.flatMap { id in directory.organisations.first { $0.id == id }?.name }
        self.issuer = issuer ?? [area?.name, compound?.name].compactMap { $0 }.joined(separator: " ")
        self.from = from
        self.to = to
        self.issued = issued
        let posts = Dictionary(directory.posts.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let templates = Dictionary(directory.shiftTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let shiftNames = Dictionary(directory.posts.compactMap { p in templates[p.template].map { (p.id, $0) } },
                                    uniquingKeysWith: { a, _ in a })
        var entries: [Entry] = []
        var open = 0, closed = 0
        for record in records where record.person == person.id && !record.voided
            && record.slot.date >= from && record.slot.date <= to {
            guard let minutes = ServiceHours.minutes(record), let timeIn = record.timeIn, let timeOut = record.timeOut else {
                if record.isOpen { open += 1 }
                continue
            }
            if record.action == .closed { closed += 1 }
            entries.append(Entry(date: record.slot.date, post: posts[record.slot.post] ?? record.slot.post.rawValue,
                                 shift: shiftNames[record.slot.post]?.shift(record.slot.shift)?.name ?? record.slot.shift,
                                 timeIn: timeIn, timeOut: timeOut, minutes: minutes))
        }
        self.entries = entries.sorted { ($0.timeIn.minuteNumber, $0.post) < ($1.timeIn.minuteNumber, $1.post) }
        self.open = open
        self.closed = closed
    }

}
