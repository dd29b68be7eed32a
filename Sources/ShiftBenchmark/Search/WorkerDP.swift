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

    /// The cheapest row for `w` given everyone else, or nil when none keeps the hard rules (or
    /// the state space is too large to search quickly). With a `window`, only its days change;
    /// with a `slack`, totals stay near the row's own (see `cheapestRow`).
    func bestRow(_ w: Int, roster: Roster, counts: [[Int]], window: Range<Int>? = nil, slack: Int? = nil) -> [Int]? {
        let shifts = m.shifts
        let span = window ?? 0..<m.days
        if window == nil && slack == nil { guard work(w) <= WorkerDP.maxWork else { return nil } }
        // Cost of each option on each day: cover change, wishes, minimal change.
        var optionCost = [Int](repeating: 0, count: m.days * (shifts + 1))
        for d in span {
            let mine = roster.raw(w, d)
            for x in 0..<shifts {
                let n = counts[d][x] - (mine == x ? 1 : 0)
                let cover = c.problem.cover[d][x]
                optionCost[d * (shifts + 1) + x + 1] =
                    CoverConstraint.penalty(cover, count: n + 1) - CoverConstraint.penalty(cover, count: n)
            }
        }
        addOwnCosts(w, to: &optionCost, scale: 1)
        return cheapestRow(w, optionCost: optionCost, window: window, slack: slack, current: { roster.raw(w, $0) })?.row
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
    /// or the state space is too large. `current(d)` is the row as it stands: pinned days keep
    /// it, and with a `window` only the days inside it change, the rest of the row stays.
    ///
    /// A window starts on a Monday and ends on a Monday or at the end of the horizon, so that
    /// no weekend is split. Outside it the time worked, the weekends worked and the shift-type
    /// counts become budgets, the run that reaches into it from before is the starting state,
    /// and the run after it must still keep the run rules once joined to the window's last run.
    ///
    /// With a `slack`, the time worked, the weekends worked and the count of the tracked shift
    /// type are followed only within that far of the current row's own running totals (time in
    /// `slack` longest shifts, weekends within one, shifts within `slack`): rows that move work
    /// along the horizon rather than pile it up. The state space then no longer grows with the
    /// window, so a whole long row can be rebuilt.
    func cheapestRow(_ w: Int, optionCost: [Int], limit: Int = WorkerDP.maxWork, window: Range<Int>? = nil,
                     slack: Int? = nil, current: (Int) -> Int) -> (row: [Int], cost: Int)? {
        let days = m.days, shifts = m.shifts
        let span = window ?? 0..<days
        guard !span.isEmpty, span.lowerBound >= 0, span.upperBound <= days, span.lowerBound % 7 == 0,
              span.upperBound % 7 == 0 || span.upperBound == days else { return nil }
        let a = span.lowerBound, b = span.upperBound
        let maxRun = max(1, m.maxRun[w]), minRun = m.minRun[w], minOff = m.minOff[w]
        let L = max(maxRun, minOff, 1)
        // the most binding shift-type limit among the types the worker may work
        let (tracked, trackedLimit) = self.tracked(w)
        // What lies outside the window: time, weekends and shift counts already used.
        var outUnits = 0, outWeekends = 0
        var outUsed = [Int](repeating: 0, count: shifts)
        for d in 0..<days where !span.contains(d) {
            let x = current(d)
            if x >= 0 { outUnits += m.minutes[x] / unit; outUsed[x] += 1 }
            if d % 7 == 5 && (x >= 0 || (d + 1 < days && current(d + 1) >= 0)) { outWeekends += 1 }
        }
        let maxUnits = m.maxTotal[w] / unit - outUnits
        let minUnits = (m.minTotal[w] + unit - 1) / unit - outUnits
        let maxW = max(0, m.maxWeekends[w]) - outWeekends
        let trackedLeft = tracked >= 0 ? trackedLimit - outUsed[tracked] : 0
        guard maxUnits >= 0, maxW >= 0, trackedLeft >= 0 else { return nil }
        // Each counter is kept as `value - base + offset` in `0..<range`, where `base` is the
        // current row's running total (with a slack) or zero. Within a window the absolute
        // ranges are cut to what its days can use.
        let windowed = window != nil
        let longest = (m.minutes.max() ?? 0) / unit
        var baseU = [Int](repeating: 0, count: span.count + 1)
        var baseW = baseU, baseT = baseU
        let KU: Int, KW: Int, KT: Int, U: Int, W: Int, T: Int
        if let slack {
            for (k, d) in span.enumerated() {
                let x = current(d)
                let weekend = x >= 0 && (d % 7 == 5 || (d % 7 == 6 && current(d - 1) < 0))
                baseU[k + 1] = baseU[k] + (x >= 0 ? m.minutes[x] / unit : 0)
                baseW[k + 1] = baseW[k] + (weekend ? 1 : 0)
                baseT[k + 1] = baseT[k] + (x >= 0 && x == tracked ? 1 : 0)
            }
            (KU, KW, KT) = (slack * longest, 1, tracked >= 0 ? slack : 0)
            (U, W, T) = (2 * KU + 1, 2 * KW + 1, tracked >= 0 ? 2 * KT + 1 : 1)
        } else {
            (KU, KW, KT) = (0, 0, 0)
            U = (windowed ? min(maxUnits, span.count * longest) : maxUnits) + 1
            W = (windowed ? min(maxW, span.count / 7 + 1) : maxW) + 1
            T = tracked >= 0 ? (windowed ? min(trackedLeft, span.count) : trackedLeft) + 1 : 1
        }
        let states = (shifts + 1) * L * 2 * W * U * T
        guard span.count * states * (shifts + 1) <= limit else { return nil }
        @inline(__always) func index(_ last: Int, _ len: Int, _ start: Int, _ wk: Int, _ u: Int, _ tc: Int) -> Int {
            (((((last + 1) * L + (len - 1)) * 2 + start) * W + wk) * U + u) * T + tc
        }
        let unreachable = Int.max
        var currentCost = [Int](repeating: unreachable, count: states)
        var nextCost = [Int](repeating: unreachable, count: states)
        var back = [Int32](repeating: -1, count: span.count * states)
        func options(_ d: Int) -> [Int] {
            if !m.pinned.isEmpty && m.pinned[w * days + d] { return [current(d)] }
            if m.dayOff[w * days + d] { return [-1] }
            return [-1] + (0..<shifts).filter { m.maxShifts[w * shifts + $0] > 0 }
        }
        /// Day `d`'s transitions from `currentCost` into `nextCost`, with their back pointers.
        func advance(_ d: Int) {
            for i in 0..<states { nextCost[i] = unreachable }
            let opts = options(d)
            let saturday = d % 7 == 5, sunday = d % 7 == 6
            // stored value to stored value: the change of base from the day before to this day
            let k = d - a
            let shiftU = baseU[k + 1] - baseU[k], shiftW = baseW[k + 1] - baseW[k], shiftT = baseT[k + 1] - baseT[k]
            let topU = maxUnits - baseU[k + 1] + KU, topW = maxW - baseW[k + 1] + KW, topT = trackedLeft - baseT[k + 1] + KT
            for i in 0..<states where currentCost[i] != unreachable {
                var r = i
                let tc = r % T; r /= T
                let u = r % U; r /= U
                let wk = r % W; r /= W
                let start = r % 2; r /= 2
                let len = r % L + 1; r /= L
                let last = r - 1
                let base = currentCost[i]
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
                    var nwk = wk - shiftW
                    if x >= 0 && (saturday || (sunday && last < 0)) { nwk += 1 }
                    if nwk < 0 || nwk >= W || nwk > topW { continue }
                    let nu = u - shiftU + (x >= 0 ? m.minutes[x] / unit : 0)
                    if nu < 0 || nu >= U || nu > topU { continue }
                    let ntc = tc - shiftT + (x >= 0 && x == tracked ? 1 : 0)
                    if ntc < 0 || ntc >= T || (tracked >= 0 && ntc > topT) { continue }
                    let j = index(x, nlen, nstart, nwk, nu, ntc)
                    let cost = base + optionCost[d * (shifts + 1) + x + 1]
                    if cost < nextCost[j] {
                        nextCost[j] = cost
                        back[(d - a) * states + j] = Int32(i)
                    }
                }
            }
            swap(&currentCost, &nextCost)
        }
        if a == 0 {
            // Day 0: the first run starts at the horizon's edge (exempt from the minimums).
            for x in options(0) {
                let u = (x >= 0 ? m.minutes[x] / unit : 0) - baseU[1] + KU
                let tc = (x >= 0 && x == tracked ? 1 : 0) - baseT[1] + KT
                let wk = KW - baseW[1]
                guard u >= 0, u < U, u <= maxUnits - baseU[1] + KU, tc >= 0, tc < T, wk >= 0, wk < W else { continue }
                let i = index(x, 1, 1, wk, u, tc)
                currentCost[i] = min(currentCost[i], optionCost[x + 1])
            }
        } else {
            // The run that ends the day before the window is the starting state.
            let last = current(a - 1)
            var len = 1
            while len < a && (current(a - 1 - len) >= 0) == (last >= 0) { len += 1 }
            let start = len == a ? 1 : 0
            currentCost[index(last, min(len, L), start, KW, KU, KT)] = 0
            advance(a)
        }
        for d in a + 1..<b { advance(d) }
        // The run after the window, joined to the window's last run, keeps the run rules; a run
        // that touches an edge of the horizon has no minimum.
        var after = 0
        let next = b < days ? current(b) : -1
        while b + after < days && (current(b + after) >= 0) == (next >= 0) { after += 1 }
        let toEnd = b + after == days
        func joins(_ last: Int, _ len: Int, _ start: Int) -> Bool {
            if b == days { return true }
            switch (last >= 0, next >= 0) {
            case (true, true):
                if m.forbidden[last * shifts + next] || len + after > maxRun { return false }
                return toEnd || start == 1 || len + after >= minRun
            case (true, false):
                return (start == 1 || len >= minRun) && (toEnd || after >= minOff)
            case (false, true):
                return (start == 1 || len >= minOff) && (toEnd || after >= minRun) && after <= maxRun
            case (false, false):
                return toEnd || start == 1 || len + after >= minOff
            }
        }
        var best = -1, bestCost = unreachable
        for i in 0..<states where currentCost[i] < bestCost {
            let u = (i / T) % U - KU + baseU[span.count]
            guard u >= minUnits else { continue }
            let start = (i / (T * U * W)) % 2
            let len = (i / (T * U * W * 2)) % L + 1
            let last = i / (T * U * W * 2 * L) - 1
            if joins(last, len, start) { best = i; bestCost = currentCost[i] }
        }
        guard best >= 0 else { return nil }
        var row = (0..<days).map(current)
        var i = best
        var d = b - 1
        while d >= a {
            row[d] = i / (T * U * W * 2 * L) - 1
            if d > a { i = Int(back[(d - a) * states + i]) }
            d -= 1
        }
        // The limits of the other shift types.
        var used = outUsed
        for d in span where row[d] >= 0 { used[row[d]] += 1 }
        for s in 0..<shifts where used[s] > m.maxShifts[w * shifts + s] { return nil }
        return (row, bestCost)
    }
}
