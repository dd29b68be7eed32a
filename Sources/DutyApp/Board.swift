import DutyModel

/// The board's rows: posts of the chosen compound (or all), in compound, kind and gate order,
/// each with its template's shifts as columns.
struct BoardRow: Equatable {
    let post: Post
    let shifts: [ShiftDefinition]
}

extension AppState {
    var boardRows: [BoardRow] {
        let templates = Dictionary(directory.shiftTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let only = compound.map { directory.compounds[$0].id }
        let kindOrder = Dictionary(uniqueKeysWithValues: PostKind.boardOrder.enumerated().map { ($1, $0) })
        return directory.posts
            .filter { only == nil || $0.compound == only }
            .sorted { ($0.compound.rawValue, kindOrder[$0.kind] ?? 0, $0.id.rawValue) < ($1.compound.rawValue, kindOrder[$1.kind] ?? 0, $1.id.rawValue) }
            .map { post in
                BoardRow(post: post, shifts: (templates[post.template]?.shifts ?? []).filter { post.rule(for: $0.code) != nil })
            }
    }

    /// Assignments of one slot.
    func members(of slot: Slot) -> [Assignment] {
        assignments.filter { $0.slot == slot }
    }

    var maxShiftColumns: Int { 3 }
}

extension PostKind {
    /// Checkpoints first: they are what a coordinator watches.
    static let boardOrder: [PostKind] = [.checkpoint, .patrol, .healthConsultation, .purchasingProxy, .disinfection,
                                         .publicity, .elderlyCare]
}
