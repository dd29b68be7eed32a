/// The problem in flat arrays for the search's inner loop: no hashing, no struct copies.
struct FastModel: Sendable {
    let workers: Int
    let days: Int
    let shifts: Int
    let minutes: [Int]
    /// `forbidden[a * shifts + b]`: shift b may not follow shift a on the next day.
    let forbidden: [Bool]
    /// `maxShifts[w * shifts + s]`
    let maxShifts: [Int]
    let maxTotal: [Int], minTotal: [Int]
    let maxRun: [Int], minRun: [Int], minOff: [Int], maxWeekends: [Int]
    /// `dayOff[w * days + d]`
    let dayOff: [Bool]
    /// Requests flattened per worker: `requestStart[w]..<requestStart[w + 1]` index the arrays below;
    /// `requestOn` tells an on-request from an off-request.
    let requestStart: [Int]
    let requestDay: [Int], requestShift: [Int], requestWeight: [Int], requestOn: [Bool]
    /// The published roster's cells (empty when there is none) and the cost of a change.
    let published: [Int8]
    let changeWeight: Int
    /// Pinned cells, or empty.
    let pinned: [Bool]

    init(_ c: Context) {
        let p = c.problem
        workers = p.workers.count
        days = p.days
        shifts = p.shifts.count
        minutes = p.shifts.map(\.minutes)
        var forbidden = [Bool](repeating: false, count: shifts * shifts)
        for (a, shift) in p.shifts.enumerated() { for b in shift.cannotFollow { forbidden[a * shifts + b] = true } }
        self.forbidden = forbidden
        maxShifts = p.workers.flatMap(\.maxShifts)
        maxTotal = p.workers.map(\.maxTotalMinutes)
        minTotal = p.workers.map(\.minTotalMinutes)
        maxRun = p.workers.map(\.maxConsecutiveShifts)
        minRun = p.workers.map(\.minConsecutiveShifts)
        minOff = p.workers.map(\.minConsecutiveDaysOff)
        maxWeekends = p.workers.map(\.maxWeekends)
        dayOff = c.dayOff.flatMap { $0 }
        var start = [0], day = [Int](), shift = [Int](), weight = [Int](), on = [Bool]()
        for w in 0..<p.workers.count {
            for q in c.onRequests[w] { day.append(q.day); shift.append(q.shift); weight.append(q.weight); on.append(true) }
            for q in c.offRequests[w] { day.append(q.day); shift.append(q.shift); weight.append(q.weight); on.append(false) }
            start.append(day.count)
        }
        requestStart = start
        requestDay = day
        requestShift = shift
        requestWeight = weight
        requestOn = on
        published = p.changeWeight > 0 ? (p.published?.cells ?? []) : []
        changeWeight = p.changeWeight
        pinned = p.pinned
    }
}
