import DutyModel
import TerminalKit

/// The person whose week is shown, and how far it is scrolled.
public struct PersonWeek: Equatable, Sendable {
    public var person: PersonID?
    public var pager = Pager()

    public init(person: PersonID? = nil) { self.person = person }
}

/// One person's duties on the loaded days: hours, nights, their limit.
enum PersonScreen: Screen {
    static let kind = ScreenKind.person

    static let commands = Screens.commands([
        .edit: { state in
            if let id = state.week.person { EditorScreen.open(&state, id) }
            return []
        },
        .back: { state in
            state.screen = .people
            return []
        },
    ], with: Screens.help, Screens.movement(page: page) { state, delta in
        let count = state.week.person.map { duties(state, of: $0).count } ?? 0
        state.week.pager.move(delta, count: count, page: page(state))
    })

    /// Duties that fit below the person's line.
    static func page(_ state: AppState) -> Int { max(1, state.height - 5) }

    /// A person's assignments on the loaded days, in time order, with each shift's definition.
    static func duties(_ state: AppState, of person: PersonID) -> [(Assignment, Post?, ShiftDefinition?)] {
        let directory = state.directory
        let posts = Dictionary(directory.posts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let templates = Dictionary(directory.shiftTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let planned = state.assignments.filter { $0.person == person && $0.slot.date >= state.firstDay && $0.slot.date <= state.lastDay }
        // Duties they were taken off after not coming stay in their week, as what happened.
        let onRoster = Set(planned.map(\.slot))
        let missed = CheckIn.inForce(state.desk.log).values
            .filter { $0.person == person && !$0.voided && ($0.status == .noShow || $0.status == .excused)
                && !onRoster.contains($0.slot) && $0.slot.date >= state.firstDay && $0.slot.date <= state.lastDay }
            .map { Assignment(person: person, slot: $0.slot, source: .manual) }
        return (planned + missed)
            .map { a -> (Assignment, Post?, ShiftDefinition?) in
                let post = posts[a.slot.post]
                return (a, post, post.flatMap { templates[$0.template]?.shift(a.slot.shift) })
            }
            .sorted { ($0.0.slot.date, $0.2?.start.minutes ?? 0) < ($1.0.slot.date, $1.2?.start.minutes ?? 0) }
    }

    static func draw(_ state: AppState, _ screen: inout ScreenBuffer) {
        let l = state.language, zh = l == .zh
        guard let id = state.week.person, let person = state.directory.people.first(where: { $0.id == id }) else { return }
        let week = duties(state, of: id)
        // Everyone on the person's slots, in one pass over the roster (not one a line).
        let theirSlots = week.map(\.0.slot)
        var membersOf: [Slot: [Assignment]] = [:]
        for a in state.assignments where theirSlots.contains(where: { $0.date == a.slot.date && $0 == a.slot }) {
            membersOf[a.slot, default: []].append(a)
        }
        let rostered = week.filter { entry in membersOf[entry.0.slot]?.contains { $0.person == id } == true }
        let minutes = rostered.reduce(0) { $0 + ($1.2?.minutes ?? 0) }
        let nights = rostered.filter { $0.2?.isNight == true }.count
        let limit = person.maxHoursPerWeek.map { zh ? "上限 \($0) 小时/周" : "limit \($0) h/week" } ?? (zh ? "未设上限" : "no limit set")
        let hours = HoursText.tenths(minutes)
        let head = zh ? "\(person.name)（\(person.id)）　\(TextFormats.format(roles: person.roles, l))　本期 \(hours) 小时，夜班 \(nights) 个，\(limit)"
                      : "\(person.name) (\(person.id))   \(TextFormats.format(roles: person.roles, l))   \(hours) h, \(nights) nights, \(limit)"
        screen.put(head, x: 0, y: 1, columns: screen.width, role: .header)
        if week.isEmpty {
            screen.put(zh ? "载入的几天里没有排班" : "No duty on the loaded days", x: 0, y: 3, columns: screen.width, role: .dim)
            return
        }
        let scroll = state.week.pager.scroll
        let desk = Desk(state.directory, graceMinutes: state.desk.grace)
        func name(_ id: PersonID) -> String { state.index.value.person[id].map { state.directory.people[$0].name } ?? id.rawValue }
        for (i, entry) in week.enumerated().dropFirst(scroll).prefix(screen.height - 5) {
            let (assignment, post, shift) = entry
            let y = 2 + i - scroll
            let date = assignment.slot.date
            let when = "\(String(date.description.dropFirst(5))) \(date.weekday.name(l))"
            let time = shift.map { "\($0.start)–\($0.end)" } ?? assignment.slot.shift
            // Plan and actual: what the desk recorded, once the shift is due; an override's reason.
            let members = membersOf[assignment.slot] ?? []
            let onRoster = members.contains { $0.person == id }
            let actual = state.attendance.value.entries(assignment.slot, members: members, desk: desk, now: state.now)
                .first { $0.person == id }
                .flatMap { $0.isNews ? $0.words(name) : nil }
            let text = "\(when)  \(DisplayWidth.pad(time, to: 11))  \(post?.name ?? assignment.slot.post.rawValue)"
                + (assignment.pinned ? (zh ? "（已锁定）" : " (pinned)") : "")
                + (actual.map { "  " + $0(l) } ?? "")
                + (onRoster ? "" : (zh ? "（已撤出排班）" : " (off the roster)"))
                + (assignment.override.map { zh ? "  特批：\($0.reason)" : "  override: \($0.reason)" } ?? "")
            screen.put(text, x: 1, y: y, columns: screen.width - 1, role: shift?.isNight == true ? .header : .normal)
        }
    }
}
