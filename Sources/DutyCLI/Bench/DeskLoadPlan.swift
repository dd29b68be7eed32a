import DutyModel
import Foundation

/// What one gate desk does in `zhiban bench desks`: checks its compound's people in on the
/// first shift of its posts at the shift change, then out, action by action. Worked out from
/// the directory alone, so that a desk process killed and started again does the same actions
/// and can tell from the log which of them are done.
struct DeskLoadPlan {
    /// One action: a version of a check-in record (in, then out).
    struct Action {
        let record: CheckIn
        /// 1 for the check-in, 2 for the check-out: the versions of the record once it is done.
        let versions: Int
    }

    let compound: CompoundID
    let actions: [Action]
    let slots: Set<SlotID>

    init(_ directory: Directory, compound: CompoundID, actions count: Int, day: LocalDate) {
        self.compound = compound
        let people = directory.people.filter { $0.compound == compound }.map(\.id).sorted { $0.rawValue < $1.rawValue }
        let templates = Dictionary(directory.shiftTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let slots = directory.posts.filter { $0.compound == compound }.sorted { $0.id.rawValue < $1.id.rawValue }
            .compactMap { post in templates[post.template]?.shifts.first.map { Slot(post: post.id, date: day, shift: $0.code) } }
        self.slots = Set(slots.map(\.id))
        let arrive = LocalDateTime(date: day, time: TimeOfDay(hour: 7, minute: 55) ?? .midnight)
        let leave = LocalDateTime(date: day, time: TimeOfDay(hour: 15, minute: 5) ?? .midnight)
        var actions: [Action] = []
        outer: for slot in slots {
            for person in people {
                let id = CheckIn.id(person: person, slot: slot)
                let checkIn = CheckIn(id: id, person: person, slot: slot, timeIn: arrive, status: .onTime)
                var checkOut = checkIn
                checkOut.timeOut = leave
                checkOut.action = .checkOut
                for action in [Action(record: checkIn, versions: 1), Action(record: checkOut, versions: 2)] {
                    guard actions.count < count else { break outer }
                    actions.append(action)
                }
            }
        }
        self.actions = actions
    }

    /// The versions of each of this desk's records in the log.
    func versions(in log: [CheckInEntry]) -> [CheckInID: Int] {
        var counts: [CheckInID: Int] = [:]
        for entry in log where slots.contains(entry.record.slot.id) { counts[entry.record.id, default: 0] += 1 }
        return counts
    }
}

/// One line a desk process writes once an action is committed (shown as done):
/// `index version committedAtNanoseconds latencyNanoseconds`.
struct DeskLoadLine {
    let index: Int, version: Int64, committedAt: UInt64, latency: UInt64

    var text: String { "\(index) \(version) \(committedAt) \(latency)\n" }

    init(index: Int, version: Int64, committedAt: UInt64, latency: UInt64) {
        self.index = index
        self.version = version
        self.committedAt = committedAt
        self.latency = latency
    }

    init?(_ line: Substring) {
        let parts = line.split(separator: " ")
        guard parts.count == 4, let index = Int(parts[0]), let version = Int64(parts[1]),
              let committedAt = UInt64(parts[2]), let latency = UInt64(parts[3]) else { return nil }
        self.init(index: index, version: version, committedAt: committedAt, latency: latency)
    }

    /// Wall-clock nanoseconds (the same clock in every process of the machine).
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
