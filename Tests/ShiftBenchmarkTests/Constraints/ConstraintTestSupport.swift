import ShiftBenchmark
import SearchCore
import Testing

/// A small problem for constraint tests: 1–3 workers ("Ann", "Bob", "Cat"), a short horizon
/// (day 0 is a Monday) and a few shift types. Every limit starts out generous, so a test
/// only sets the one it is about:
///
///     var p = TinyProblem(days: 7)
///     p.workers[0].maxConsecutiveShifts = 3
///     let r = p.roster("E E E L - - -")
///     MaxConsecutiveShifts().penalty(p.context, worker: 0, r)   // 1
struct TinyProblem {
    static let workerIDs = ["Ann", "Bob", "Cat"]

    /// E (early) and L (late), 480 minutes each; E may not be worked the day after L.
    static let earlyLate = [
        ShiftType(id: "E", minutes: 480),
        ShiftType(id: "L", minutes: 480, cannotFollow: [0]),
    ]

    /// E and L as above plus N (long), 720 minutes.
    static let earlyLateLong = earlyLate + [ShiftType(id: "N", minutes: 720)]

    var days: Int
    var shifts: [ShiftType]
    var workers: [Worker]
    /// `cover[day][shift]`; nobody wanted and no weights unless a test sets them.
    var cover: [[Cover]]
    var onRequests: [Request] = []
    var offRequests: [Request] = []
    /// A published roster and the cost of each day changed from it (minimal change).
    var published: Roster?
    var changeWeight = 0

    init(workers: Int = 1, days: Int = 7, shifts: [ShiftType] = TinyProblem.earlyLate) {
        precondition((1...Self.workerIDs.count).contains(workers), "1 to \(Self.workerIDs.count) workers")
        self.days = days
        self.shifts = shifts
        self.workers = Self.workerIDs.prefix(workers).map { id in
            Worker(id: id, maxShifts: Array(repeating: days, count: shifts.count), maxTotalMinutes: 1_000_000,
                   minTotalMinutes: 0, maxConsecutiveShifts: days, minConsecutiveShifts: 1, minConsecutiveDaysOff: 1,
                   maxWeekends: days)
        }
        cover = Array(repeating: Array(repeating: Cover(requirement: 0, underWeight: 0, overWeight: 0), count: shifts.count),
                      count: days)
    }

    var problem: Problem {
        Problem(name: "tiny", days: days, shifts: shifts, workers: workers, cover: cover,
                onRequests: onRequests, offRequests: offRequests, published: published, changeWeight: changeWeight)
    }

    var context: Context { Context(problem) }

    /// The index of a shift type by its ID.
    func shift(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        guard let s = shifts.firstIndex(where: { $0.id == id }) else {
            Issue.record("no shift type \(id) in the tiny problem", sourceLocation: sourceLocation)
            return 0
        }
        return s
    }

    mutating func requestOn(worker: Int = 0, day: Int, _ shift: String, weight: Int) {
        onRequests.append(Request(worker: worker, day: day, shift: self.shift(shift), weight: weight))
    }

    mutating func requestOff(worker: Int = 0, day: Int, _ shift: String, weight: Int) {
        offRequests.append(Request(worker: worker, day: day, shift: self.shift(shift), weight: weight))
    }

    /// A roster written one string per worker, one token per day: a shift ID or `-` for a
    /// day off. A `|` may separate weeks and is ignored: `"E E - L L - - | E - - - - - -"`.
    /// Workers without a string are off every day.
    func roster(_ rows: String..., sourceLocation: SourceLocation = #_sourceLocation) -> Roster {
        if rows.count > workers.count {
            Issue.record("\(rows.count) rows for \(workers.count) workers", sourceLocation: sourceLocation)
        }
        var r = Roster(workers: workers.count, days: days)
        for (w, row) in rows.prefix(workers.count).enumerated() {
            let tokens = row.split(separator: " ").filter { $0 != "|" }
            guard tokens.count == days else {
                Issue.record("row \(w) has \(tokens.count) days, the problem \(days): \(row)", sourceLocation: sourceLocation)
                continue
            }
            for (d, token) in tokens.enumerated() where token != "-" {
                r[w, d] = shift(String(token), sourceLocation: sourceLocation)
            }
        }
        return r
    }
}

/// The whole numbers written in a text ("days 2–7" → [2, 7]).
func wholeNumbers(in text: String) -> [Int] {
    text.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap { Int($0) }
}

/// Checks that a violation's English and Chinese messages are non-empty and both name the
/// worker (or other words, like a shift ID), the days and any other numbers given.
func expectMessage(_ v: Violation, names words: [String], days: [Int] = [], numbers wanted: [Int] = [],
                   sourceLocation: SourceLocation = #_sourceLocation) {
    for (language, text) in [("en", v.message.en), ("zh", v.message.zh)] {
        #expect(!text.isEmpty, "empty \(language) message", sourceLocation: sourceLocation)
        for word in words {
            #expect(text.contains(word), "\(language) message does not name \(word): \(text)", sourceLocation: sourceLocation)
        }
        let found = wholeNumbers(in: text)
        for d in days {
            #expect(found.contains(d), "\(language) message does not name day \(d): \(text)", sourceLocation: sourceLocation)
        }
        for n in wanted {
            #expect(found.contains(n), "\(language) message does not give \(n): \(text)", sourceLocation: sourceLocation)
        }
    }
}

/// The sum of the penalties of some violations.
func penaltySum(_ violations: [Violation]) -> Int { violations.reduce(0) { $0 + $1.penalty } }

/// The engine's own instance of a worker constraint, from `Constraints.workerConstraints`
/// (the constraint types have no public initialiser).
func registered<T: WorkerConstraint>(_: T.Type, sourceLocation: SourceLocation = #_sourceLocation) throws -> T {
    try #require(Constraints.workerConstraints.lazy.compactMap { $0 as? T }.first, "\(T.self) is not registered",
                 sourceLocation: sourceLocation)
}
