import DutyModel

/// The board's rows: posts of the chosen compound (or all), in compound, kind and gate order,
/// each with its template's shifts as columns.
struct BoardRow: Equatable {
    let post: Post
    let shifts: [ShiftDefinition]
}

/// What the board needs of the directory, worked out when the directory changes rather than
/// on every frame: posts in board order, each post's shifts, people by ID.
struct BoardIndex: Sendable {
    var order: [Int] = []
    var shifts: [[ShiftDefinition]] = []
    var person: [PersonID: Int] = [:]

    init() {}

    init(_ directory: Directory) {
        let templates = Dictionary(directory.shiftTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let kindOrder = Dictionary(uniqueKeysWithValues: PostKind.boardOrder.enumerated().map { ($1, $0) })
        let posts = directory.posts
        order = posts.indices.sorted {
            (posts[$0].compound.rawValue, kindOrder[posts[$0].kind] ?? 0, posts[$0].id.rawValue)
                < (posts[$1].compound.rawValue, kindOrder[posts[$1].kind] ?? 0, posts[$1].id.rawValue)
        }
        shifts = posts.map { post in (templates[post.template]?.shifts ?? []).filter { post.rule(for: $0.code) != nil } }
        person = Dictionary(directory.people.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }
}

extension PostKind {
    /// Checkpoints first: they are what a coordinator watches.
    static let boardOrder: [PostKind] = [.checkpoint, .patrol, .healthConsultation, .purchasingProxy, .disinfection,
                                         .publicity, .elderlyCare]
}
