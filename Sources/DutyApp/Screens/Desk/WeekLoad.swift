import DutyModel

/// Minutes on duty in a calendar week (Monday to Sunday), as the guard counts weekly limits.
enum WeekLoad {
    static func minutes(_ state: AppState, person: PersonID, week date: LocalDate) -> Int {
        let monday = date.monday.dayNumber
        let templates = Dictionary(state.directory.shiftTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let posts = Dictionary(state.directory.posts.map { ($0.id, $0.template) }, uniquingKeysWith: { a, _ in a })
        return state.assignments.filter { $0.person == person && (monday..<monday + 7).contains($0.slot.date.dayNumber) }
            .reduce(0) { total, a in
                total + (posts[a.slot.post].flatMap { templates[$0]?.shift(a.slot.shift) }?.minutes ?? 0)
            }
    }
}
