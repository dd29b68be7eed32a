import DutyModel

/// What a print request chooses, and the documents for it: one post (by ID or name), the posts
/// of one compound, or every post when neither is named, with the roster of the days printed.
/// The `print` command and its benchmark make their documents here.
public struct PrintSelection: Sendable {
    public var directory: Directory
    /// The roster of the days printed.
    public var assignments: [Assignment]
    /// A compound's ID or name.
    public var compound: String?
    /// A post's ID or name (it wins over `compound`).
    public var post: String?
    /// When the documents are printed (in every footer).
    public var printed: LocalDateTime
    public var language: Language
    /// The check-in log: sheets printed once the desk has recorded show what happened.
    public var log: [CheckIn]

    public init(_ directory: Directory, assignments: [Assignment], compound: String? = nil, post: String? = nil,
                printed: LocalDateTime, language: Language, log: [CheckIn] = []) {
        self.directory = directory
        self.assignments = assignments
        self.log = log
        self.compound = compound
        self.post = post
        self.printed = printed
        self.language = language
    }

    /// The posts chosen, in compound and ID order.
    public func posts() throws(DocumentError) -> [Post] {
        var posts = directory.posts
        if let post {
            guard let found = directory.posts.first(where: { $0.id.rawValue == post || $0.name == post }) else {
                throw .unknownPost(post)
            }
            posts = [found]
        } else if let compound {
            guard let found = directory.compounds.first(where: { $0.id.rawValue == compound || $0.name == compound }) else {
                throw .unknownCompound(compound)
            }
            posts = posts.filter { $0.compound == found.id }
        }
        return posts.sorted { ($0.compound.rawValue, $0.id.rawValue) < ($1.compound.rawValue, $1.id.rawValue) }
    }

    /// Sign-in sheets of the chosen posts on `date`: one for every shift a post staffs, or for
    /// `shift` only.
    public func signInSheets(on date: LocalDate, shift: String? = nil) throws(DocumentError) -> [Document] {
        let posts = try posts()
        try requireRoster(of: posts, date: date) { $0.date == date }
        let index = DocumentIndex(directory, assignments: assignments, log: log)
        var documents: [Document] = []
        for post in posts {
            var shifts = staffedShifts(of: post)
            if let shift {
                shifts = shifts.filter { $0.code == shift }
                if shifts.isEmpty { throw .unknownShift(post: post.name, shift: shift) }
            }
            documents += shifts.map {
                SignInSheet.build(index, post: post, shift: $0, date: date, printed: printed, language: language)
            }
        }
        return documents
    }

    /// Shift sheets (one a post, for `date`), entry registers (one a checkpoint, or the post
    /// named) or weekly rosters (one a compound, `days` from `date`) of the chosen posts.
    public func postDocuments(_ kind: DocumentKind, from date: LocalDate, days: Int,
                              fullPhones: Bool = false) throws(DocumentError) -> [Document] {
        let posts = try posts()
        if kind != .register { try requireRoster(of: posts, date: date) { _ in true } }
        let index = DocumentIndex(directory, assignments: assignments, log: log)
        switch kind {
        case .register:
            return posts.filter { $0.kind == .checkpoint || post != nil }
                .map { EntryRegister.build(index, post: $0, date: date, printed: printed, language: language) }
        case .roster:
            let shifts = Dictionary(posts.map { ($0.id, staffedShifts(of: $0)) }, uniquingKeysWith: { a, _ in a })
            let compounds = directory.compounds.filter { c in posts.contains { $0.compound == c.id } }
            return compounds.map { c in
                WeeklyRoster.build(index, compound: c, posts: posts.filter { $0.compound == c.id }, shifts: shifts, from: date,
                                   days: days, printed: printed, language: language)
            }
        default:
            return posts.map {
                PostShiftSheet.build(index, post: $0, shifts: staffedShifts(of: $0), date: date, printed: printed,
                                     language: language, fullPhones: fullPhones)
            }
        }
    }

    /// The duty slip of `person`: their duties in the roster from `date` for `days` days.
    public func slip(for person: Person, from date: LocalDate, days: Int, fullPhones: Bool = false) -> Document {
        let posts = Dictionary(directory.posts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let duties = assignments.filter { $0.person == person.id }.compactMap { a -> (Slot, Post, ShiftDefinition)? in
            guard let post = posts[a.slot.post], let shift = template(of: post)?.shift(a.slot.shift) else { return nil }
            return (a.slot, post, shift)
        }
        return DutySlip.build(DocumentIndex(directory, assignments: assignments, log: log), person: person, duties: duties, from: date,
                              days: days, printed: printed, language: language, fullPhones: fullPhones)
    }

    /// The shifts of `post` that its staffing rules staff.
    func staffedShifts(of post: Post) -> [ShiftDefinition] {
        (template(of: post)?.shifts ?? []).filter { post.rule(for: $0.code) != nil }
    }

    func template(of post: Post) -> ShiftTemplate? {
        directory.shiftTemplates.first { $0.id == post.template }
    }

    /// Refuses a choice none of whose posts has anyone rostered on a slot `slotFits` (the
    /// message names the post, the compound or else `date`).
    func requireRoster(of posts: [Post], date: LocalDate, _ slotFits: (Slot) -> Bool) throws(DocumentError) {
        let chosen = Set(posts.map(\.id))
        guard assignments.contains(where: { slotFits($0.slot) && chosen.contains($0.slot.post) }) else {
            throw .noRoster(post ?? compound ?? "\(date)")
        }
    }
}
