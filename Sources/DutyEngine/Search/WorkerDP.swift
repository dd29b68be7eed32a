/// The best row for one worker with everyone else fixed, by dynamic programming over the
/// days: a large-neighbourhood move that can rebuild a whole schedule at once.
///
/// The state after each day holds the last shift (or off), the length of the current run of
/// work or rest, whether that run started on the first day (exempt from the minimums), the
/// weekends worked, the time worked (in units of the shifts' common divisor) and the count of
/// the one shift type whose limit binds most. Every hard worker rule is kept inside the DP
/// except the limits of other shift types, which are checked on the result.
struct WorkerDP {
    let m: FastModel
    let c: Context
    /// Minutes per time unit: the greatest common divisor of the shift lengths.
    let unit: Int

    init(_ m: FastModel, _ c: Context) {
        self.m = m
        self.c = c
        var g = 0
        for x in m.minutes { g = WorkerDP.gcd(g, x) }
        unit = max(1, g)
    }

    static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

    /// A rebuild whose state space takes more operations than this is skipped (a few milliseconds).
    static let maxWork = 6_000_000
    /// The same for pricing in column generation, which runs far less often.
    static let maxPricingWork = 30_000_000

    /// The shift type whose limit binds most for `w` (tracked in the state), or -1, and that limit.
    func tracked(_ w: Int) -> (shift: Int, limit: Int) {
        var tracked = -1, trackedLimit = m.days
        for s in 0..<m.shifts {
            let limit = m.maxShifts[w * m.shifts + s]
            if limit > 0 && limit < trackedLimit { tracked = s; trackedLimit = limit }
        }
        return (tracked, trackedLimit)
    }

    /// The operations a rebuild of `w`'s row takes: days × states × options.
    func work(_ w: Int) -> Int {
        let (shift, limit) = tracked(w)
        let L = max(m.maxRun[w], m.minOff[w], 1)
        let T = shift >= 0 ? limit + 1 : 1
        let states = (m.shifts + 1) * L * 2 * (max(0, m.maxWeekends[w]) + 1) * (m.maxTotal[w] / unit + 1) * T
        return m.days * states * (m.shifts + 1)
    }

    /// The cheapest row for `w`, or nil when none keeps the hard rules (or the state space is
    /// too large to search quickly).
    func bestRow(_ w: Int, roster: Roster, counts: [[Int]]) -> [Int]? {
        let days = m.days, shifts = m.shifts
        guard work(w) <= WorkerDP.maxWork else { return nil }
        // Cost of each option on each day: cover change, wishes, minimal change.
        var optionCost = [Int](repeating: 0, count: days * (shifts + 1))
        for d in 0..<days {
            let mine = roster.raw(w, d)
            for x in 0..<shifts {
                let n = counts[d][x] - (mine == x ? 1 : 0)
                let cover = c.problem.cover[d][x]
                optionCost[d * (shifts + 1) + x + 1] =
                    CoverConstraint.penalty(cover, count: n + 1) - CoverConstraint.penalty(cover, count: n)
            }
        }
        addOwnCosts(w, to: &optionCost, scale: 1)
        return cheapestRow(w, optionCost: optionCost, pinnedRow: { roster.raw(w, $0) })?.row
    }

    /// Adds `w`'s own costs of each option on each day (wishes, change from the published
    /// roster), times `scale`, to `optionCost[d * (shifts + 1) + x + 1]` (x = -1 is off).
    func addOwnCosts(_ w: Int, to optionCost: inout [Int], scale: Int) {
        let days = m.days, shifts = m.shifts
        if !m.published.isEmpty {
            for d in 0..<days {
                for x in -1..<shifts where Int(m.published[w * days + d]) != x {
                    optionCost[d * (shifts + 1) + x + 1] += m.changeWeight * scale
                }
            }
        }
        for q in m.requestStart[w]..<m.requestStart[w + 1] {
            let d = m.requestDay[q]
            for x in -1..<shifts {
                let hit = m.requestOn[q] ? x != m.requestShift[q] : x == m.requestShift[q]
                if hit { optionCost[d * (shifts + 1) + x + 1] += m.requestWeight[q] * scale }
            }
        }
    }

    /// The row for `w` that keeps every hard worker rule at the least total of `optionCost`
    /// (indexed `d * (shifts + 1) + x + 1`, x = -1 for off), with its cost; nil when none does
    /// or the state space is too large. Pinned days keep `pinnedRow(d)`.
    func cheapestRow(_ w: Int, optionCost: [Int], limit: Int = WorkerDP.maxWork,
                     pinnedRow: (Int) -> Int) -> (row: [Int], cost: Int)? {
        let days = m.days, shifts = m.shifts
        let maxRun = max(1, m.maxRun[w]), minRun = m.minRun[w], minOff = m.minOff[w]
        let maxW = max(0, m.maxWeekends[w])
        let maxUnits = m.maxTotal[w] / unit
        let minUnits = (m.minTotal[w] + unit - 1) / unit
        // the most binding shift-type limit among the types the worker may work
        let (tracked, trackedLimit) = self.tracked(w)
        let L = max(maxRun, minOff, 1)
        let T = tracked >= 0 ? trackedLimit + 1 : 1
        let U = maxUnits + 1
        let W = maxW + 1
        let states = (shifts + 1) * L * 2 * W * U * T
        guard days * states * (shifts + 1) <= limit else { return nil }
        @inline(__always) func index(_ last: Int, _ len: Int, _ start: Int, _ wk: Int, _ u: Int, _ tc: Int) -> Int {
            (((((last + 1) * L + (len - 1)) * 2 + start) * W + wk) * U + u) * T + tc
        }
        let unreachable = Int.max
        var current = [Int](repeating: unreachable, count: states)
        var nextCost = [Int](repeating: unreachable, count: states)
        var back = [Int32](repeating: -1, count: days * states)
        // Day 0: the first run starts at the horizon's edge.
        func options(_ d: Int) -> [Int] {
            if !m.pinned.isEmpty && m.pinned[w * days + d] { return [pinnedRow(d)] }
            if m.dayOff[w * days + d] { return [-1] }
            return [-1] + (0..<shifts).filter { m.maxShifts[w * shifts + $0] > 0 }
        }
        for x in options(0) {
            let u = x >= 0 ? m.minutes[x] / unit : 0
            let tc = x >= 0 && x == tracked ? 1 : 0
            let wk = 0
            guard u <= maxUnits, tc < T else { continue }
            let i = index(x, 1, 1, wk, u, tc)
            current[i] = min(current[i], optionCost[x + 1])
        }
        for d in 1..<max(1, days) {
            for i in 0..<states { nextCost[i] = unreachable }
            let opts = options(d)
            let saturday = d % 7 == 5, sunday = d % 7 == 6
            for i in 0..<states where current[i] != unreachable {
                var r = i
                let tc = r % T; r /= T
                let u = r % U; r /= U
                let wk = r % W; r /= W
                let start = r % 2; r /= 2
                let len = r % L + 1; r /= L
                let last = r - 1
                let base = current[i]
                for x in opts {
                    var nlen = 1, nstart = 0
                    if x < 0 {
                        if last < 0 {
                            nlen = min(len + 1, L)
                            nstart = start
                        } else if start == 0 && len < minRun {
                            continue
                        }
                    } else {
                        if last >= 0 {
                            if m.forbidden[last * shifts + x] { continue }
                            nlen = len + 1
                            if nlen > maxRun { continue }
                            nstart = start
                        } else if start == 0 && len < minOff {
                            continue
                        }
                    }
                    var nwk = wk
                    if x >= 0 && (saturday || (sunday && last < 0)) { nwk += 1 }
                    if nwk > maxW { continue }
                    let nu = u + (x >= 0 ? m.minutes[x] / unit : 0)
                    if nu > maxUnits { continue }
                    let ntc = tc + (x >= 0 && x == tracked ? 1 : 0)
                    if ntc >= T { continue }
                    let j = index(x, nlen, nstart, nwk, nu, ntc)
                    let cost = base + optionCost[d * (shifts + 1) + x + 1]
                    if cost < nextCost[j] {
                        nextCost[j] = cost
                        back[d * states + j] = Int32(i)
                    }
                }
            }
            swap(&current, &nextCost)
        }
        // The last run touches the end of the horizon: no minimum applies; time must reach the minimum.
        var best = -1, bestCost = unreachable
        for i in 0..<states where current[i] < bestCost {
            let u = (i / T) % U
            if u >= minUnits { best = i; bestCost = current[i] }
        }
        guard best >= 0 else { return nil }
        var row = [Int](repeating: -1, count: days)
        var i = best
        var d = days - 1
        while d >= 0 {
            row[d] = i / (T * U * W * 2 * L) - 1
            if d > 0 { i = Int(back[d * states + i]) }
            d -= 1
        }
        // The limits of the other shift types.
        var used = [Int](repeating: 0, count: shifts)
        for x in row where x >= 0 { used[x] += 1 }
        for s in 0..<shifts where used[s] > m.maxShifts[w * shifts + s] { return nil }
        return (row, bestCost)
    }
}
