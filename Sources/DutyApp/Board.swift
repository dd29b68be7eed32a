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
        let inArea: Set<CompoundID>? = area.map { a in Set(directory.compounds.filter { $0.area == directory.areas[a].id }.map(\.id)) }
        let kindOrder = Dictionary(uniqueKeysWithValues: PostKind.boardOrder.enumerated().map { ($1, $0) })
        return directory.posts
            .filter { only == nil || $0.compound == only }
            .filter { inArea == nil || inArea?.contains($0.compound) == true }
            .filter { kind == nil || $0.kind == kind }
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

    /// How many posts the board lists now (for tests).
    public var boardRowCountForTests: Int { boardRows.count }
}

extension PostKind {
    /// Checkpoints first: they are what a coordinator watches.
    static let boardOrder: [PostKind] = [.checkpoint, .patrol, .healthConsultation, .purchasingProxy, .disinfection,
                                         .publicity, .elderlyCare]
}
