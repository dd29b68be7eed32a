import DutyDocuments
import DutyModel

/// How `zhiban desk` opens the interface on the duty desk: on the compound and post named, at a
/// fixed time or the clock's, with the grace asked for.
public struct DeskOpening: Sendable, Equatable {
    /// The compound shown (its place in the directory's compounds), and the post.
    public let compound: Int?, post: PostID?
    /// A fixed time (training, tests), else the clock; minutes after a start before someone is late.
    public let now: LocalDateTime?, grace: Int

    /// The first of the three days loaded: the day before today (a night shift may be running).
    public var firstDay: LocalDate { (now ?? .now()).date.adding(days: -1) }

    /// Finds the compound and the post named (IDs or names; a post gives its compound).
    public init(_ store: any RosterStore, compound: String?, post: String?, now: LocalDateTime?, grace: Int, _ l: Language) throws {
        var index: Int?, postID: PostID?
        if let post {
            let directory = try store.loadDirectory()
            guard let found = directory.posts.first(where: { $0.id.rawValue == post || $0.name == post }) else {
                throw CLIError(DocumentError.unknownPost(post).message, l)
            }
            postID = found.id
            index = directory.compounds.firstIndex { $0.id == found.compound }
        }
        if let compound {
            let directory = try store.loadDirectory()
            guard let i = directory.compounds.firstIndex(where: { $0.id.rawValue == compound || $0.name == compound }) else {
                throw CLIError(DocumentError.unknownCompound(compound).message, l)
            }
            index = i
        }
        (self.compound, self.post, self.now, self.grace) = (index, postID, now, grace)
    }

    /// The grace, checked: 0 to 240 minutes.
    public static func grace(_ minutes: Int, _ l: Language) throws -> Int {
        guard (0...240).contains(minutes) else {
            throw CLIError(l == .zh ? "--grace 应在 0–240 分钟之间" : "--grace must be 0–240 minutes")
        }
        return minutes
    }
}
