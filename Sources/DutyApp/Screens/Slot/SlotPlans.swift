import DutyEngine
import DutyModel

/// Who lives in each area, worked out once per change of the directory, so that opening a
/// slot looks at its area's people and duties only.
struct AreaRoster: Sendable {
    /// Each area's number here.
    var number: [AreaID: Int] = [:]
    /// Each person's area number, by place in `directory.people` (-1: their compound is unknown).
    var areaOf: [Int32] = []
    /// Places in `directory.people` of each area's people, by area number.
    var people: [[Int]] = []

    init() {}

    init(_ directory: Directory) {
        for compound in directory.compounds where number[compound.area] == nil { number[compound.area] = number.count }
        let compoundArea = Dictionary(directory.compounds.map { ($0.id, Int32(number[$0.area] ?? -1)) },
                                      uniquingKeysWith: { a, _ in a })
        let everyone = directory.people
        areaOf = everyone.indices.map { compoundArea[everyone[$0].compound] ?? -1 }
        people = Array(repeating: [], count: number.count)
        for (i, area) in areaOf.enumerated() where area >= 0 { people[Int(area)].append(i) }
    }

    /// Whether the person at `place` in `directory.people` lives in area number `area`.
    func lives(_ place: Int32, in area: Int) -> Bool { place >= 0 && Int(place) < areaOf.count && Int(areaOf[Int(place)]) == area }
}

extension AppState {
    /// Places in `assignments` of the duties on days `days` (day numbers) that `keep` takes,
    /// given the person's place in `directory.people`: found through the roster's index,
    /// without copying the assignments passed over.
    func duties(on days: ClosedRange<Int>, where keep: (Int32) -> Bool) -> [Int] {
        let places = rosterPeople.value, dayNumbers = rosterDays.value
        var found: [Int] = []
        for i in 0..<min(places.count, dayNumbers.count) where days.contains(Int(dayNumbers[i])) && keep(places[i]) {
            found.append(i)
        }
        return found
    }

    /// The assignments on `slot`.
    func onSlot(_ slot: Slot) -> [Assignment] {
        let day = slot.date.dayNumber
        return duties(on: day...day) { _ in true }.compactMap { assignments[$0].slot == slot ? assignments[$0] : nil }
    }

    /// The assignments on each of `slots` (one pass over the roster's index).
    func onSlots(_ slots: Set<Slot>) -> [Slot: [Assignment]] {
        let days = Set(slots.map(\.date.dayNumber))
        guard let first = days.min(), let last = days.max() else { return [:] }
        let dayNumbers = rosterDays.value
        var found: [Slot: [Assignment]] = [:]
        for i in duties(on: first...last, where: { _ in true })
            where days.contains(Int(dayNumbers[i])) && slots.contains(assignments[i].slot) {
            found[assignments[i].slot, default: []].append(assignments[i])
        }
        return found
    }
}

/// An area's day, as a slot's candidates are judged: the area's people (and whoever from
/// elsewhere is on the slot), the day compiled by the engine with the days around as context
/// and the rest of the calendar week carried in.
struct AreaDayKey: Hashable, Sendable {
    var area: Int
    var date: LocalDate
    /// People from another area on the slot opened, sorted: their week is compiled too.
    var outsiders: [PersonID]
}

struct AreaDay: Sendable {
    var plan: DutyPlan
    /// The plan's roster with its pinned assignments in.
    var roster: DutyRoster
    /// The engine's bookkeeping of that roster, for each slot's candidates.
    var explainer: DutyExplainer
    /// Each compiled person's place in `directory.people`, by place in the plan.
    var places: [Int]

    /// Compiles `key`'s area-day from `state` and the area index `areas`.
    init(_ state: AppState, _ areas: AreaRoster, _ key: AreaDayKey) {
        let directory = state.directory
        let first = key.date.monday.dayNumber - 1, last = first + 8
        let assignments = state.assignments
        var scopePlaces = areas.people[key.area]
        var theirs = state.duties(on: first...last) { areas.lives($0, in: key.area) }.map { assignments[$0] }
        // Someone from another area on the slot: their week too.
        if !key.outsiders.isEmpty {
            let more = Set(key.outsiders)
            scopePlaces += directory.people.indices.filter { more.contains(directory.people[$0].id) }
            theirs += state.duties(on: first...last) { !areas.lives($0, in: key.area) }.map { assignments[$0] }
                .filter { more.contains($0.person) }
        }
        // The area's posts (any of its slots may be opened) and the posts its people's duties are at.
        var postIDs = Set<PostID>(), previous: PostID?
        for a in theirs where a.slot.post != previous {
            previous = a.slot.post
            postIDs.insert(a.slot.post)
        }
        let areaCompounds = Set(directory.compounds.filter { areas.number[$0.area] == key.area }.map(\.id))
        var scope = directory
        scope.people = scopePlaces.map { directory.people[$0] }
        let posts = directory.posts
        scope.posts = posts.indices.filter { postIDs.contains(posts[$0].id) || areaCompounds.contains(posts[$0].compound) }
            .map { posts[$0] }
        plan = DutyCompiler.compile(scope, day: key.date, weekAround: theirs)
        var roster = plan.current
        for pair in plan.problem.pinned { roster.add(pair) }
        self.roster = roster
        explainer = DutyExplainer(plan.problem, roster)
        // The plan keeps the people in order, leaving out only those of an unknown compound.
        let index = state.index.value.person
        places = plan.personIDs.count == scopePlaces.count ? scopePlaces : plan.personIDs.map { index[$0] ?? -1 }
    }
}

/// One slot of an area-day, as the engine explains it: who is on it (by place in the plan)
/// and every other person of the area with what blocks them or what taking them costs.
struct SlotKey: Hashable, Sendable {
    var areaDay: AreaDayKey
    var slot: SlotID
}

struct SlotCandidates: Sendable {
    /// The slot's place in the plan.
    var index: Int
    var members: [Int32]
    var candidates: [DutyCandidate]
    /// How many of each of the slot's requirements are still missing.
    var missing: [Int]

    init(_ day: AreaDay, slot s: Int) {
        index = s
        members = day.roster.members[s]
        candidates = day.explainer.candidates(slot: s).filter { $0.block != .alreadyOn }
        missing = RoleMix.missing(day.plan.problem.slots[s], members: day.roster.members[s], day.plan.problem.people)
    }
}
