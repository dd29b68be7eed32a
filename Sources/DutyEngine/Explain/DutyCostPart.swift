import DutyModel

/// One rule's share of what a change to a slot does to the soft score, and what it means in
/// words a coordinator reads: "补上缺口", "补上缺少的党员", "比平均多 6 小时", "本周第 4 个夜班",
/// "外小区". A candidate's parts add up to their `softChange`, so the words are the score.
public struct DutyCostPart: Sendable, Hashable {
    /// The soft rule's ID (`Understaffing().id`, `RoleMix().id` …).
    public let constraint: String
    /// This part of the soft change: negative makes the roster better, positive costs.
    public let change: Int
    public let words: Localized

    public init(constraint: String, change: Int, words: Localized) {
        self.constraint = constraint
        self.change = change
        self.words = words
    }
}

extension DutyState {
    /// `delta(removing:adding:)` taken apart: rule by rule (and, for the rules about people,
    /// person by person), each part with what it means. Parts that change nothing are left
    /// out; the parts' changes add up to the delta.
    /// `averages` are `averageMinutes()`, passed in when many changes are taken apart.
    func parts(removing removals: [DutyPair], adding additions: [DutyPair], averages: [Int]? = nil) -> [DutyCostPart] {
        let averages = averages ?? averageMinutes()
        var parts: [DutyCostPart] = []
        func add(_ constraint: String, _ change: Int, _ zh: String, _ en: String) {
            if change != 0 { parts.append(DutyCostPart(constraint: constraint, change: change, words: Localized(zh: zh, en: en))) }
        }
        // Slots: headcount and role mix.
        var slots: [Int] = []
        for pair in additions + removals where !slots.contains(pair.slot) { slots.append(pair.slot) }
        for s in slots {
            let slot = problem.slots[s]
            var list = members[s]
            for pair in removals where pair.slot == s { list.removeAll { $0 == Int32(pair.person) } }
            for pair in additions where pair.slot == s { list.append(Int32(pair.person)) }
            let staffing = Understaffing.cost(slot, count: list.count, settings) - Understaffing.cost(slot, count: members[s].count, settings)
            add(Understaffing().id, staffing, staffing < 0 ? "补上缺口" : "缺人更多", staffing < 0 ? "fills a gap" : "leaves it shorter")
            let before = RoleMix.missing(slot, members: members[s], problem.people)
            let after = RoleMix.missing(slot, members: list, problem.people)
            for (i, requirement) in slot.requirements.enumerated() where before[i] != after[i] {
                let change = (after[i] - before[i]) * slot.hours * settings.roleMixWeight
                let name = requirement.name
                add(RoleMix().id, change, change < 0 ? "补上缺少的\(name.zh)" : "少了\(name.zh)",
                    change < 0 ? "brings the missing \(name.en)" : "leaves it without \(name.en)")
            }
        }
        // People: where they serve, their hours and their nights; who joins first.
        var people: [Int] = []
        for pair in additions + removals where !people.contains(pair.person) { people.append(pair.person) }
        for p in people {
            let gained = additions.filter { $0.person == p }, lost = removals.filter { $0.person == p }
            let joins = gained.count >= lost.count
            var minutes = Array(weekMinutes[(p * weeks)..<(p * weeks + weeks)])
            var nights = Array(weekNights[(p * weeks)..<(p * weeks + weeks)])
            var away = 0
            for pair in lost {
                let slot = problem.slots[pair.slot]
                minutes[week(slot)] -= slot.minutes
                if slot.isNight { nights[week(slot)] -= 1 }
                away -= HomeCompound.cost(problem, person: p, slot: pair.slot)
            }
            for pair in gained {
                let slot = problem.slots[pair.slot]
                minutes[week(slot)] += slot.minutes
                if slot.isNight { nights[week(slot)] += 1 }
                away += HomeCompound.cost(problem, person: p, slot: pair.slot)
            }
            let otherArea = (gained + lost).contains { pair in
                problem.places[problem.people[p].home].area != problem.places[problem.slots[pair.slot].place].area
            }
            if joins {
                add(HomeCompound().id, away, otherArea ? "外片区" : "外小区", otherArea ? "other area" : "other compound")
            } else {
                add(HomeCompound().id, away, "换下外小区的人", "relieves someone from another compound")
            }
            let limit = problem.people[p].maxMinutesPerWeek
            var hours = 0, night = 0
            for k in 0..<weeks {
                hours += HoursFairness.cost(minutes: minutes[k], limit: limit, settings)
                    - HoursFairness.cost(minutes: weekMinutes[p * weeks + k], limit: limit, settings)
                night += NightFairness.cost(nights: nights[k], settings) - NightFairness.cost(nights: weekNights[p * weeks + k], settings)
            }
            let k = (gained + lost).first.map { week(problem.slots[$0.slot]) } ?? 0
            if joins {
                // In whole hours: a coordinator compares loads, not tenths.
                let difference = minutes[k] - averages[k]
                let amount = (abs(difference) + 30) / 60
                if amount == 0 {
                    add(HoursFairness().id, hours, "时长与平均相当", "hours about average")
                } else if difference > 0 {
                    add(HoursFairness().id, hours, "比平均多 \(amount) 小时", "\(amount) h above average")
                } else {
                    add(HoursFairness().id, hours, "比平均少 \(amount) 小时", "\(amount) h below average")
                }
                let which = weeks == 1 ? Localized(zh: "本周", en: "this week") : Localized(zh: "第 \(k + 1) 周", en: "in week \(k + 1)")
                add(NightFairness().id, night, "\(which.zh)第 \(nights[k]) 个夜班", "night \(nights[k]) \(which.en)")
            } else {
                let freed = HoursText.tenths(weekMinutes[p * weeks + k] - minutes[k])
                add(HoursFairness().id, hours, "对方少值 \(freed) 小时", "\(freed) h less for them")
                add(NightFairness().id, night, "对方少一个夜班", "one night less for them")
            }
        }
        if let publishedSets {
            var changes = 0
            for pair in removals { changes += publishedSets[pair.slot].contains(Int32(pair.person)) ? 1 : -1 }
            for pair in additions { changes += publishedSets[pair.slot].contains(Int32(pair.person)) ? -1 : 1 }
            add(RosterChange().id, changes * settings.changeWeight,
                changes > 0 ? "改动已发布的排班 \(changes) 处" : "恢复已发布的排班",
                changes > 0 ? "\(changes) change\(changes == 1 ? "" : "s") to the published roster" : "restores the published roster")
        }
        return parts
    }

    /// Minutes on duty in each week, on average over everyone in the problem.
    func averageMinutes() -> [Int] {
        (0..<weeks).map { k in
            var total = 0
            for p in problem.people.indices { total += weekMinutes[p * weeks + k] }
            return total / max(1, problem.people.count)
        }
    }
}
