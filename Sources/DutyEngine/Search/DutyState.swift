import SearchCore

/// The search's view of a roster: each person's slots sorted by start, minutes and nights
/// per week, and cached costs per person and per slot, so that a move is scored by looking
/// at the one or two people and slots it touches.
struct DutyState {
    let problem: DutyProblem
    let settings: DutySettings
    let weeks: Int
    var members: [[Int32]]
    var byPerson: [[Int32]]
    var weekMinutes: [Int]
    var weekNights: [Int]
    var awayCost: [Int]
    var personCost: [Int]
    var slotCost: [Int]
    var changeCost = 0
    var soft = 0
    /// Hard penalty of the start (pinned assignments that break rules); moves never add any.
    var hard = 0
    let publishedSets: [Set<Int32>]?
    /// Slots with a coverage or role-mix shortfall, and each slot's position in that list.
    var short: [Int32] = []
    var shortIndex: [Int32]
    let frozen: [Bool]
    let pinned: Set<DutyPair>

    init(_ problem: DutyProblem, _ roster: DutyRoster, frozen: [Bool]? = nil, fullHardCheck: Bool = true) {
        self.problem = problem
        settings = problem.settings
        weeks = problem.weeks
        members = roster.members
        byPerson = roster.slotsByPerson(problem)
        weekMinutes = Array(repeating: 0, count: problem.people.count * weeks)
        weekNights = Array(repeating: 0, count: problem.people.count * weeks)
        awayCost = Array(repeating: 0, count: problem.people.count)
        personCost = Array(repeating: 0, count: problem.people.count)
        slotCost = Array(repeating: 0, count: problem.slots.count)
        shortIndex = Array(repeating: -1, count: problem.slots.count)
        publishedSets = problem.published.map { $0.members.map { Set($0) } }
        let given = frozen ?? Array(repeating: false, count: problem.slots.count)
        self.frozen = problem.slots.indices.map { given[$0] || problem.slots[$0].isContext }
        pinned = problem.pinned
        for p in problem.people.indices {
            let person = problem.people[p]
            for k in 0..<weeks {
                weekMinutes[p * weeks + k] = person.carried(minutes: k)
                weekNights[p * weeks + k] = person.carried(nights: k)
            }
            for s in byPerson[p] {
                let slot = problem.slots[Int(s)]
                // Context duties count towards a week only as carried minutes (`DutyView` alike).
                if !slot.isContext {
                    weekMinutes[p * weeks + week(slot)] += slot.minutes
                    if slot.isNight { weekNights[p * weeks + week(slot)] += 1 }
                }
                awayCost[p] += HomeCompound.cost(problem, person: p, slot: Int(s))
            }
            personCost[p] = cost(person: p)
            soft += personCost[p]
        }
        for s in problem.slots.indices {
            slotCost[s] = cost(slot: s, members: members[s])
            soft += slotCost[s]
            if slotCost[s] > 0 { markShort(s, true) }
        }
        if let published = problem.published {
            let (added, removed) = roster.changes(from: published)
            changeCost = (added.count + removed.count) * settings.changeWeight
            soft += changeCost
        }
        // Replanning starts from a published roster known to be feasible and skips this.
        hard = fullHardCheck ? DutyEvaluator.score(problem, roster).hard : 0
    }

    var roster: DutyRoster { DutyRoster(members: members) }
    var score: Score { Score(hard: hard, soft: soft) }

    @inline(__always) func week(_ slot: DutySlot) -> Int { min(weeks - 1, slot.day / 7) }

    func cost(person p: Int) -> Int {
        var total = awayCost[p]
        let limit = problem.people[p].maxMinutesPerWeek
        for k in 0..<weeks {
            total += HoursFairness.cost(minutes: weekMinutes[p * weeks + k], limit: limit, settings)
            total += NightFairness.cost(nights: weekNights[p * weeks + k], settings)
        }
        return total
    }

    func cost(slot s: Int, members list: [Int32]) -> Int {
        let slot = problem.slots[s]
        return Understaffing.cost(slot, count: list.count, settings) + RoleMix.cost(slot, members: list, problem.people, settings)
    }

    mutating func markShort(_ s: Int, _ isShort: Bool) {
        if isShort, shortIndex[s] < 0 {
            shortIndex[s] = Int32(short.count)
            short.append(Int32(s))
        } else if !isShort, shortIndex[s] >= 0 {
            let i = Int(shortIndex[s]), last = short.removeLast()
            if Int(last) != s {
                short[i] = last
                shortIndex[Int(last)] = Int32(i)
            }
            shortIndex[s] = -1
        }
    }

    func isMovable(slot s: Int, person p: Int) -> Bool {
        !frozen[s] && !pinned.contains(DutyPair(slot: s, person: p))
    }

    // MARK: Feasibility

    /// The first hard rule `p` would break by taking slot `s` (after leaving slot `leaving`,
    /// if given), or nil when they can take it.
    func block(person p: Int, slot s: Int, leaving: Int = -1, skipFull: Bool = false) -> DutyBlock? {
        let slot = problem.slots[s]
        let person = problem.people[p]
        if members[s].contains(Int32(p)) && s != leaving { return .alreadyOn }
        if !skipFull && members[s].count - (s == leaving ? 1 : 0) >= slot.maximum { return .full }
        if let why = Eligibility.reason(person, slot) { return .ineligible(why) }
        if !person.isAvailable(slot.start, slot.end) { return .unavailable }
        let long = slot.minutes >= settings.longShiftMinutes
        let rest = settings.restAfterLongMinutes
        var dayMinutes = slot.minutes
        for u32 in byPerson[p] {
            let u = Int(u32)
            if u == leaving { continue }
            let other = problem.slots[u]
            if other.start < slot.end && slot.start < other.end { return .overlap(u) }
            if long || other.minutes >= settings.longShiftMinutes {
                if other.end <= slot.start && slot.start - other.end < rest { return .rest(u) }
                if slot.end <= other.start && other.start - slot.end < rest { return .rest(u) }
            }
            if other.day == slot.day { dayMinutes += other.minutes }
        }
        if dayMinutes > settings.maxMinutesPerDay { return .dayLimit(minutes: dayMinutes - slot.minutes) }
        let k = week(slot)
        var minutes = weekMinutes[p * weeks + k] + slot.minutes
        var nights = weekNights[p * weeks + k] + (slot.isNight ? 1 : 0)
        if leaving >= 0, week(problem.slots[leaving]) == k {
            minutes -= problem.slots[leaving].minutes
            if problem.slots[leaving].isNight { nights -= 1 }
        }
        if minutes > person.maxMinutesPerWeek {
            return .weekLimit(minutes: minutes - slot.minutes, adding: slot.minutes, limit: person.maxMinutesPerWeek)
        }
        if slot.isNight && nights > settings.maxNightsPerWeek { return .nightLimit(nights: nights - 1) }
        return nil
    }

    // MARK: Scoring moves

    /// Change of the soft score if the `removals` leave and the `additions` join (pairs must
    /// be consistent: removed pairs present, added ones absent).
    func delta(removing removals: [DutyPair], adding additions: [DutyPair]) -> Int {
        var total = 0
        // People touched.
        var people: [Int] = []
        for pair in removals + additions where !people.contains(pair.person) { people.append(pair.person) }
        for p in people {
            var minutes = Array(weekMinutes[(p * weeks)..<(p * weeks + weeks)])
            var nights = Array(weekNights[(p * weeks)..<(p * weeks + weeks)])
            var away = awayCost[p]
            for pair in removals where pair.person == p {
                let slot = problem.slots[pair.slot]
                minutes[week(slot)] -= slot.minutes
                if slot.isNight { nights[week(slot)] -= 1 }
                away -= HomeCompound.cost(problem, person: p, slot: pair.slot)
            }
            for pair in additions where pair.person == p {
                let slot = problem.slots[pair.slot]
                minutes[week(slot)] += slot.minutes
                if slot.isNight { nights[week(slot)] += 1 }
                away += HomeCompound.cost(problem, person: p, slot: pair.slot)
            }
            var cost = away
            let limit = problem.people[p].maxMinutesPerWeek
            for k in 0..<weeks {
                cost += HoursFairness.cost(minutes: minutes[k], limit: limit, settings)
                cost += NightFairness.cost(nights: nights[k], settings)
            }
            total += cost - personCost[p]
        }
        // Slots touched.
        var slots: [Int] = []
        for pair in removals + additions where !slots.contains(pair.slot) { slots.append(pair.slot) }
        for s in slots {
            var list = members[s]
            for pair in removals where pair.slot == s { list.removeAll { $0 == Int32(pair.person) } }
            for pair in additions where pair.slot == s { list.append(Int32(pair.person)) }
            total += cost(slot: s, members: list) - slotCost[s]
        }
        if let publishedSets {
            for pair in removals { total += publishedSets[pair.slot].contains(Int32(pair.person)) ? settings.changeWeight : -settings.changeWeight }
            for pair in additions { total += publishedSets[pair.slot].contains(Int32(pair.person)) ? -settings.changeWeight : settings.changeWeight }
        }
        return total
    }

    /// `delta(removing: [], adding: [pair])` without building arrays: the change of the soft
    /// score if person `p` joins slot `s` (ranking candidates).
    func deltaAdding(person p: Int, slot s: Int) -> Int {
        let slot = problem.slots[s]
        let k = week(slot)
        let minutes = weekMinutes[p * weeks + k], nights = weekNights[p * weeks + k]
        let limit = problem.people[p].maxMinutesPerWeek
        var total = HoursFairness.cost(minutes: minutes + slot.minutes, limit: limit, settings)
            - HoursFairness.cost(minutes: minutes, limit: limit, settings)
        if slot.isNight {
            total += NightFairness.cost(nights: nights + 1, settings) - NightFairness.cost(nights: nights, settings)
        }
        total += HomeCompound.cost(problem, person: p, slot: s)
        total += cost(slot: s, members: members[s] + [Int32(p)]) - slotCost[s]
        if let publishedSets {
            total += publishedSets[s].contains(Int32(p)) ? -settings.changeWeight : settings.changeWeight
        }
        return total
    }

    /// Applies a move scored by `delta`.
    mutating func apply(removing removals: [DutyPair], adding additions: [DutyPair], delta: Int) {
        for pair in removals {
            members[pair.slot].removeAll { $0 == Int32(pair.person) }
            byPerson[pair.person].removeAll { $0 == Int32(pair.slot) }
            let slot = problem.slots[pair.slot]
            weekMinutes[pair.person * weeks + week(slot)] -= slot.minutes
            if slot.isNight { weekNights[pair.person * weeks + week(slot)] -= 1 }
            awayCost[pair.person] -= HomeCompound.cost(problem, person: pair.person, slot: pair.slot)
        }
        for pair in additions {
            members[pair.slot].append(Int32(pair.person))
            let slot = problem.slots[pair.slot]
            var list = byPerson[pair.person]
            let at = list.firstIndex { problem.slots[Int($0)].start > slot.start } ?? list.count
            list.insert(Int32(pair.slot), at: at)
            byPerson[pair.person] = list
            weekMinutes[pair.person * weeks + week(slot)] += slot.minutes
            if slot.isNight { weekNights[pair.person * weeks + week(slot)] += 1 }
            awayCost[pair.person] += HomeCompound.cost(problem, person: pair.person, slot: pair.slot)
        }
        for pair in removals + additions {
            personCost[pair.person] = cost(person: pair.person)
            slotCost[pair.slot] = cost(slot: pair.slot, members: members[pair.slot])
            markShort(pair.slot, slotCost[pair.slot] > 0)
        }
        if let publishedSets {
            for pair in removals { changeCost += publishedSets[pair.slot].contains(Int32(pair.person)) ? settings.changeWeight : -settings.changeWeight }
            for pair in additions { changeCost += publishedSets[pair.slot].contains(Int32(pair.person)) ? -settings.changeWeight : settings.changeWeight }
        }
        soft += delta
    }

    /// Recomputes everything from the constraint units; returns a description of any mismatch.
    func check() -> String? {
        let full = DutyEvaluator.score(problem, roster)
        if full.soft != soft { return "incremental soft \(soft) ≠ full \(full.soft)" }
        if full.hard != hard { return "hard \(full.hard) ≠ start \(hard): a move broke a hard rule" }
        return nil
    }
}
