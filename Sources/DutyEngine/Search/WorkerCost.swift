/// The cost of one worker's row, all worker constraints in one pass over the days: the
/// search's fast path. Verify mode checks it against the constraints one by one.
struct WorkerCost: Equatable {
    /// Hard penalty in the constraints' natural units (minutes, days, counts).
    var hard = 0
    /// Hard penalty in search units (minutes counted per started hour).
    var hardUnits = 0
    var soft = 0

    static func compute(_ c: Context, _ w: Int, _ r: Roster, scratch: inout [Int]) -> WorkerCost {
        let p = c.problem
        let worker = p.workers[w]
        let days = r.days
        for i in scratch.indices { scratch[i] = 0 }
        var cost = WorkerCost()
        var minutes = 0, rotation = 0, daysOffWorked = 0
        var maxRunExcess = 0, minRunShort = 0, minOffShort = 0, weekends = 0
        var previous = -1
        var runStart = 0
        var working = false
        let dayOff = c.dayOff[w]
        var d = 0
        while d < days {
            let s = r.raw(w, d)
            let isWorking = s >= 0
            if isWorking {
                scratch[s] += 1
                minutes += p.shifts[s].minutes
                if previous >= 0 && p.shifts[previous].cannotFollow.contains(s) { rotation += 1 }
                if dayOff[d] { daysOffWorked += 1 }
            }
            if d == 0 {
                working = isWorking
                runStart = 0
            } else if isWorking != working {
                // a run ended on day d - 1
                let length = d - runStart
                if working {
                    maxRunExcess += max(0, length - worker.maxConsecutiveShifts)
                    if runStart > 0 { minRunShort += max(0, worker.minConsecutiveShifts - length) }
                } else if runStart > 0 {
                    minOffShort += max(0, worker.minConsecutiveDaysOff - length)
                }
                working = isWorking
                runStart = d
            }
            if d % 7 == 5 {
                if isWorking || (d + 1 < days && r.raw(w, d + 1) >= 0) { weekends += 1 }
            }
            previous = s
            d += 1
        }
        if days > 0 {
            // the last run touches the end of the horizon: only the maximum applies
            let length = days - runStart
            if working { maxRunExcess += max(0, length - worker.maxConsecutiveShifts) }
        }
        var typeExcess = 0
        for s in 0..<p.shifts.count { typeExcess += max(0, scratch[s] - worker.maxShifts[s]) }
        let over = max(0, minutes - worker.maxTotalMinutes)
        let under = max(0, worker.minTotalMinutes - minutes)
        let weekendExcess = max(0, weekends - worker.maxWeekends)
        let counted = rotation + typeExcess + maxRunExcess + minRunShort + minOffShort + weekendExcess + daysOffWorked
        cost.hard = counted + over + under
        cost.hardUnits = counted + (over + 59) / 60 + (under + 59) / 60
        for q in c.onRequests[w] where r.raw(w, q.day) != q.shift { cost.soft += q.weight }
        for q in c.offRequests[w] where r.raw(w, q.day) == q.shift { cost.soft += q.weight }
        return cost
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
