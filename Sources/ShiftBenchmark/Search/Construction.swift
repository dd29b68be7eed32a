/// A first roster that keeps most hard rules: each worker gets blocks of work of an
/// allowed length, separated by long enough rest, on allowed shift types, until their
/// minimum time is reached; workers start at staggered days so the cover is spread.
enum Construction {
    static func blocks(_ c: Context) -> Roster {
        let p = c.problem
        var roster = Roster(workers: p.workers.count, days: p.days)
        // Shift types by how many people they want overall, most first.
        let demand = (0..<p.shifts.count).map { s in (0..<p.days).reduce(0) { $0 + p.cover[$1][s].requirement } }
        for (w, worker) in p.workers.enumerated() {
            let types = (0..<p.shifts.count).filter { worker.maxShifts[$0] > 0 }.sorted { demand[$0] > demand[$1] }
            guard !types.isEmpty else { continue }
            let workLength = max(1, min(worker.maxConsecutiveShifts, max(worker.minConsecutiveShifts, 4)))
            let restLength = max(1, worker.minConsecutiveDaysOff, 2)
            let target = worker.minTotalMinutes + (worker.maxTotalMinutes - worker.minTotalMinutes) / 3
            var used = [Int](repeating: 0, count: p.shifts.count)
            var minutes = 0, weekends = Set<Int>()
            var d = (w * 3) % (workLength + restLength)
            var typeIndex = w % types.count
            while d < p.days && minutes < target {
                // one block of work on one shift type (a type follows itself, so rotation holds)
                var s = types[typeIndex % types.count]
                var tries = 0
                while used[s] >= worker.maxShifts[s] && tries < types.count {
                    typeIndex += 1
                    tries += 1
                    s = types[typeIndex % types.count]
                }
                if used[s] >= worker.maxShifts[s] { break }
                var length = 0
                while length < workLength && d < p.days && minutes + p.shifts[s].minutes <= worker.maxTotalMinutes
                    && used[s] < worker.maxShifts[s] && !worker.daysOff.contains(d) {
                    if Problem.isWeekend(d) && !weekends.contains(d / 7) && weekends.count >= worker.maxWeekends { break }
                    roster[w, d] = s
                    used[s] += 1
                    minutes += p.shifts[s].minutes
                    if Problem.isWeekend(d) { weekends.insert(d / 7) }
                    length += 1
                    d += 1
                }
                d += length == 0 ? 1 : restLength
                typeIndex += 1
            }
        }
        return roster
    }
}
