import DutyModel

/// Compiles compounds, posts, staffing rules and people into a `DutyProblem` for a range of days.
public enum DutyCompiler {
    /// Weekly limit for people who set none.
    public static let defaultMaxHoursPerWeek = 48

    /// `existing` are the assignments in the range; `context` those on the days just before and
    /// after it, which become fixed context slots so rest and overlap rules see them. With
    /// `keepExisting`, the existing roster counts as published: each change to it costs
    /// `settings.changeWeight`, so solving again fills gaps instead of reshuffling. `carried`
    /// are duties on days outside the plan that count towards its first (or last) 7-day block:
    /// only their minutes and nights are kept, as each person's carried load.
    public static func compile(_ directory: Directory, from start: LocalDate, days: Int, existing: [Assignment] = [],
                               context: [Assignment] = [], carried: [Assignment] = [], settings: DutySettings = DutySettings(),
                               keepExisting: Bool = false) -> DutyPlan {
        let compounds = directory.compounds
        let compoundIndex = Dictionary(uniqueKeysWithValues: compounds.enumerated().map { ($1.id, $0) })
        let areaIndex = Dictionary(uniqueKeysWithValues: directory.areas.enumerated().map { ($1.id, $0) })
        let places = compounds.map { DutyPlace(name: $0.name, area: areaIndex[$0.area] ?? 0) }
        let templates = Dictionary(uniqueKeysWithValues: directory.shiftTemplates.map { ($0.id, $0) })

        var slots: [DutySlot] = [], keys: [Slot] = []
        /// A slot of a neighbouring day that only holds duties as context: no headcount, no roles.
        func contextSlot(_ post: Post, _ postIndex: Int, _ place: Int, _ shift: ShiftDefinition, _ key: Slot,
                         _ id: SlotID) -> DutySlot {
            let day = key.date.dayNumber - start.dayNumber
            let (s, e) = shift.span
            let endClock = TimeOfDay(minutes: e % 1440) ?? .midnight
            var slot = DutySlot(
                id: id.rawValue, label: "\(post.name) \(dayLabel(key.date)) \(shift.start)–\(e == 1440 ? "24:00" : endClock.description)",
                place: place, post: postIndex, day: day, start: day * 1440 + s, end: day * 1440 + e,
                isNight: shift.isNight, minimum: 0, maximum: 99, requirements: [], minAge: post.minAge, maxAge: post.maxAge)
            slot.isContext = true
            return slot
        }
        let postIndexes = Dictionary(uniqueKeysWithValues: directory.posts.enumerated().map { ($1.id, $0) })
        // Each day's names and each post's shifts worked out once, not once a slot: the guard
        // and the screens compile often.
        let dates = (0..<days).map { start.adding(days: $0) }
        let dateTexts = dates.map(\.description), dayLabels = dateTexts.map { String($0.dropFirst(5)) }
        for (postIndex, post) in directory.posts.enumerated() {
            guard let template = templates[post.template], let place = compoundIndex[post.compound] else { continue }
            let shifts = template.shifts.compactMap { shift -> (ShiftDefinition, StaffingRule, [DutyRequirement], String)? in
                guard let rule = post.rule(for: shift.code), rule.maximum > 0 else { return nil }
                let e = shift.span.end
                let times = "\(shift.start)–\(e == 1440 ? "24:00" : (TimeOfDay(minutes: e % 1440) ?? .midnight).description)"
                let requirements = rule.requirements.map {
                    DutyRequirement(roles: RoleMask($0.group.roles), atLeast: $0.atLeast,
                                    name: Localized(zh: $0.group.name(.zh), en: $0.group.name(.en)))
                }
                return (shift, rule, requirements, times)
            }
            for day in 0..<days {
                for (shift, rule, requirements, times) in shifts {
                    let (s, e) = shift.span
                    slots.append(DutySlot(
                        id: "\(post.id.rawValue)@\(dateTexts[day])@\(shift.code)", label: "\(post.name) \(dayLabels[day]) \(times)",
                        place: place, post: postIndex, day: day, start: day * 1440 + s, end: day * 1440 + e,
                        isNight: shift.isNight, minimum: rule.minimum, maximum: rule.maximum, requirements: requirements,
                        minAge: post.minAge, maxAge: post.maxAge))
                    keys.append(Slot(post: post.id, date: dates[day], shift: shift.code))
                }
            }
        }
        // Context: duties on neighbouring days, fixed, with no headcount of their own.
        var contextPairs: [(slot: Int, person: PersonID)] = []
        // Slot IDs are strings built from post, date and shift: build each once.
        var slotIndex = Dictionary(uniqueKeysWithValues: slots.enumerated().map { (SlotID(rawValue: $1.id), $0) })
        // Rosters come sorted by slot: a slot's people follow one another, and it is looked up once.
        var previous: (key: Slot, index: Int)?
        for assignment in context {
            let key = assignment.slot
            if let previous, previous.key == key {
                contextPairs.append((previous.index, assignment.person))
                continue
            }
            guard key.date < start || start.adding(days: days - 1) < key.date,
                  let postIndex = postIndexes[key.post], let place = compoundIndex[directory.posts[postIndex].compound],
                  let shift = templates[directory.posts[postIndex].template]?.shift(key.shift) else { continue }
            let id = key.id
            let index: Int
            if let known = slotIndex[id] {
                index = known
            } else {
                let slot = contextSlot(directory.posts[postIndex], postIndex, place, shift, key, id)
                index = slots.count
                slotIndex[id] = index
                slots.append(slot)
                keys.append(key)
            }
            previous = (key, index)
            contextPairs.append((index, assignment.person))
        }

        var people: [DutyPerson] = []
        // Fairness groups (compound and category): each group's name built once.
        var groups: [Int: [Int: String]] = [:]
        var personIDs: [PersonID] = []
        // People read in place, field by field: a person is a large value, not copied here.
        let everyone = directory.people
        for i in everyone.indices {
            guard let home = compoundIndex[everyone[i].compound] else { continue }
            let hours = everyone[i].maxHoursPerWeek ?? defaultMaxHoursPerWeek
            let roles = RoleMask(everyone[i].roles)
            let category = categoryMasks.firstIndex { roles.meets($0) } ?? categoryOrder.count
            let group = groups[home]?[category]
                ?? "\(compounds[home].name)·\((category < categoryOrder.count ? categoryOrder[category] : .residentVolunteer).name.zh)"
            groups[home, default: [:]][category] = group
            personIDs.append(everyone[i].id)
            people.append(DutyPerson(
                id: everyone[i].id.rawValue, name: everyone[i].name, roles: roles, age: everyone[i].age(on: start),
                nightAllowed: everyone[i].nightDutyAllowed, home: home, maxMinutesPerWeek: hours * 60,
                available: available(everyone[i], from: start, days: days), group: group))
        }
        let personIndex = Dictionary(uniqueKeysWithValues: personIDs.enumerated().map { ($1, $0) })
        let weeks = max(1, (days + 6) / 7), last = start.adding(days: days - 1)
        // A post's shifts looked up once per run of its duties (rosters come sorted by post).
        var postShifts: (post: PostID, template: ShiftTemplate?)?
        for assignment in carried {
            let key = assignment.slot
            guard key.date < start || last < key.date, let p = personIndex[assignment.person] else { continue }
            if postShifts?.post != key.post {
                postShifts = (key.post, postIndexes[key.post].flatMap { templates[directory.posts[$0].template] })
            }
            guard let shift = postShifts?.template?.shift(key.shift) else { continue }
            let k = key.date < start ? 0 : weeks - 1
            if people[p].carriedMinutes.isEmpty {
                people[p].carriedMinutes = Array(repeating: 0, count: weeks)
                people[p].carriedNights = Array(repeating: 0, count: weeks)
            }
            people[p].carriedMinutes[k] += shift.span.end - shift.span.start
            if shift.isNight { people[p].carriedNights[k] += 1 }
        }

        var pinned = Set<DutyPair>()
        var current = DutyRoster(slots: slots.count)
        for (s, person) in contextPairs {
            if let p = personIndex[person] { current.add(DutyPair(slot: s, person: p)) }
        }
        var unmatched: [Assignment] = []
        var found: (key: Slot, index: Int?)?
        for assignment in existing {
            if found?.key != assignment.slot { found = (assignment.slot, slotIndex[assignment.slot.id]) }
            guard let s = found?.index, let p = personIndex[assignment.person] else {
                unmatched.append(assignment)
                continue
            }
            let pair = DutyPair(slot: s, person: p)
            if assignment.pinned { pinned.insert(pair) } else { current.add(pair) }
        }
        var problem = DutyProblem(days: days, people: people, slots: slots, places: places, settings: settings, pinned: pinned)
        problem.dayNames = (0..<days).map { dayLabel(start.adding(days: $0)) }
        if keepExisting && !existing.isEmpty {
            var published = current
            for pair in pinned { published.add(pair) }
            problem.published = published
        }
        return DutyPlan(problem: problem, start: start, slots: keys, personIDs: personIDs, slotIndex: slotIndex,
                        personIndex: personIndex, current: current, unmatched: unmatched)
    }

    /// Compiles `days` days from `start`, taking from `assignments` those in the range as the
    /// roster and those on the day before and after as context.
    public static func compile(_ directory: Directory, from start: LocalDate, days: Int, around assignments: [Assignment],
                               keepExisting: Bool = false) -> DutyPlan {
        let last = start.adding(days: days - 1), before = start.adding(days: -1), after = last.adding(days: 1)
        let inRange = assignments.filter { $0.slot.date >= start && $0.slot.date <= last }
        let context = assignments.filter { $0.slot.date == before || $0.slot.date == after }
        return compile(directory, from: start, days: days, existing: inRange, context: context, keepExisting: keepExisting)
    }

    /// `day` alone, with the rest of its calendar week (Monday to Sunday) carried in as each
    /// person's minutes and nights, so the weekly rules count the week as the guard does, and
    /// the days before and after as context. `assignments` must hold that week and its
    /// neighbouring days (more is ignored).
    public static func compile(_ directory: Directory, day: LocalDate, weekAround assignments: [Assignment]) -> DutyPlan {
        let before = day.adding(days: -1), after = day.adding(days: 1), monday = day.monday, sunday = day.sunday
        var existing: [Assignment] = [], context: [Assignment] = [], carried: [Assignment] = []
        for assignment in assignments {
            let date = assignment.slot.date
            if date == day { existing.append(assignment); continue }
            if date == before || date == after { context.append(assignment) }
            if date >= monday && date <= sunday { carried.append(assignment) }
        }
        return compile(directory, from: day, days: 1, existing: existing, context: context, carried: carried)
    }

    /// `12-01`.
    static func dayLabel(_ date: LocalDate) -> String {
        let text = date.description
        return String(text.dropFirst(5))
    }

    /// The person's hours as minute intervals from `start` 00:00 over `days` days and the
    /// morning after (for night shifts), with dated leave taken out.
    public static func available(_ person: Person, from start: LocalDate, days: Int) -> [Range<Int>] {
        var intervals: [Range<Int>] = []
        for day in 0...days {
            let date = start.adding(days: day)
            for range in person.availability.days[date.weekday] ?? [] {
                let lo = day * 1440 + range.start.minutes, hi = day * 1440 + range.end.minutes
                if let last = intervals.last, last.upperBound >= lo {
                    intervals[intervals.count - 1] = last.lowerBound..<max(last.upperBound, hi)
                } else {
                    intervals.append(lo..<hi)
                }
            }
        }
        for leave in person.unavailable {
            let first = max(0, leave.from.dayNumber - start.dayNumber), last = min(days, leave.to.dayNumber - start.dayNumber)
            guard first <= last else { continue }
            for day in first...last {
                let lo = day * 1440 + (leave.hours?.start.minutes ?? 0), hi = day * 1440 + (leave.hours?.end.minutes ?? 1440)
                intervals = subtract(intervals, lo..<hi)
            }
        }
        return intervals
    }

    static func subtract(_ intervals: [Range<Int>], _ cut: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for interval in intervals {
            if interval.upperBound <= cut.lowerBound || cut.upperBound <= interval.lowerBound {
                result.append(interval)
                continue
            }
            if interval.lowerBound < cut.lowerBound { result.append(interval.lowerBound..<cut.lowerBound) }
            if cut.upperBound < interval.upperBound { result.append(cut.upperBound..<interval.upperBound) }
        }
        return result
    }

    /// The person's main category, for fairness groups: the most specific role they hold.
    public static func category(_ roles: Set<Role>) -> Localized {
        (categoryOrder.first { roles.contains($0) } ?? .residentVolunteer).name
    }

    static let categoryOrder: [Role] = [.streetLeader, .compoundCadre, .medicalWorker, .communityPolice, .propertyStaff,
                                        .retiredPartyMember, .partyMemberInService, .residentVolunteer, .buildingLeader]

    /// `categoryOrder` as masks, for the compile's people loop.
    static let categoryMasks = categoryOrder.map { RoleMask([$0]) }
}
