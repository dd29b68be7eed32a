/// The cost of one worker's row, all worker constraints in one pass over the days: the
/// search's fast path. Verify mode checks it against the constraints one by one.
struct WorkerCost: Equatable {
    /// Hard penalty in the constraints' natural units (minutes, days, counts).
    var hard = 0
    /// Hard penalty in search units (minutes counted per started hour).
    var hardUnits = 0
    var soft = 0

    static func compute(_ m: FastModel, _ w: Int, _ r: Roster, scratch: inout [Int]) -> WorkerCost {
        let days = m.days, shifts = m.shifts
        for i in 0..<shifts { scratch[i] = 0 }
        var minutes = 0, rotation = 0, daysOffWorked = 0
        var maxRunExcess = 0, minRunShort = 0, minOffShort = 0, weekends = 0
        let maxRun = m.maxRun[w], minRun = m.minRun[w], minOff = m.minOff[w]
        var previous = -1
        var runStart = 0
        var working = false
        let rowStart = w * days
        return r.cells.withUnsafeBufferPointer { cells in
            var d = 0
            while d < days {
                let s = Int(cells[rowStart + d])
                let isWorking = s >= 0
                if isWorking {
                    scratch[s] += 1
                    minutes += m.minutes[s]
                    if previous >= 0 && m.forbidden[previous * shifts + s] { rotation += 1 }
                    if m.dayOff[rowStart + d] { daysOffWorked += 1 }
                }
                if d == 0 {
                    working = isWorking
                } else if isWorking != working {
                    // a run ended on day d - 1
                    let length = d - runStart
                    if working {
                        if length > maxRun { maxRunExcess += length - maxRun }
                        if runStart > 0 && length < minRun { minRunShort += minRun - length }
                    } else if runStart > 0 && length < minOff {
                        minOffShort += minOff - length
                    }
                    working = isWorking
                    runStart = d
                }
                if d % 7 == 5 && (isWorking || (d + 1 < days && cells[rowStart + d + 1] >= 0)) { weekends += 1 }
                previous = s
                d += 1
            }
            // The last run touches the end of the horizon: only the maximum applies.
            if days > 0 && working && days - runStart > maxRun { maxRunExcess += days - runStart - maxRun }
            var typeExcess = 0
            let limits = w * shifts
            for s in 0..<shifts where scratch[s] > m.maxShifts[limits + s] { typeExcess += scratch[s] - m.maxShifts[limits + s] }
            let over = max(0, minutes - m.maxTotal[w])
            let under = max(0, m.minTotal[w] - minutes)
            let weekendExcess = max(0, weekends - m.maxWeekends[w])
            let counted = rotation + typeExcess + maxRunExcess + minRunShort + minOffShort + weekendExcess + daysOffWorked
            var cost = WorkerCost()
            cost.hard = counted + over + under
            cost.hardUnits = counted + (over + 59) / 60 + (under + 59) / 60
            if !m.published.isEmpty {
                for d in 0..<days where cells[rowStart + d] != m.published[rowStart + d] { cost.soft += m.changeWeight }
            }
            for q in m.requestStart[w]..<m.requestStart[w + 1] {
                let s = Int(cells[rowStart + m.requestDay[q]])
                if m.requestOn[q] ? s != m.requestShift[q] : s == m.requestShift[q] { cost.soft += m.requestWeight[q] }
            }
            return cost
        }
    }

    /// The same cost summed constraint by constraint (the reference for verify mode).
    static func reference(_ c: Context, _ w: Int, _ r: Roster) -> WorkerCost {
        var cost = WorkerCost()
        for constraint in Constraints.workerConstraints {
            let penalty = constraint.penalty(c, worker: w, r)
            if constraint.level == .hard {
                cost.hard += penalty
                cost.hardUnits += (penalty + constraint.searchUnit - 1) / constraint.searchUnit
            } else {
                cost.soft += penalty
            }
        }
        return cost
    }
}
