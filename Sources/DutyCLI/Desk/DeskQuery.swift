import DutyModel

/// Who, where and when a desk command is about: a query as typed at the desk, the post, the
/// time as given (the clock when nil) and the minutes of grace before someone counts as late.
struct DeskQuery {
    let query: String
    let post: String?
    let at: String?
    let grace: Int
    let language: Language

    /// The time the record is for: `at`, or the clock.
    func time() throws -> LocalDateTime {
        try at.map { try ArgumentValue.clock($0, language, option: "--at") } ?? .now()
    }

    var postID: PostID? { post.map { PostID(rawValue: $0) } }
}
