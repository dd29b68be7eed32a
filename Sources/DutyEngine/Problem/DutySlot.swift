/// One post's shift on one day: when it runs, how many people it wants and who may stand it.
public struct DutySlot: Sendable, Hashable {
    /// The domain slot ID (`post@date@shift`).
    public var id: String
    /// What a coordinator reads: `幸福家园东门卡点 12-01 07:00–15:00`.
    public var label: String
    /// Index into `DutyProblem.places`.
    public var place: Int
    /// Index of the post (slots of one post share it), for grouping.
    public var post: Int
    public var day: Int
    public var start: Int
    public var end: Int
    public var isNight: Bool
    public var minimum: Int
    public var maximum: Int
    public var requirements: [DutyRequirement]
    public var minAge: Int?
    public var maxAge: Int?
    /// A duty just outside the plan's days (the night before, the morning after), there so
    /// that rest and overlap rules see it; never changed, never counted as short.
    public var isContext = false

    public init(id: String, label: String, place: Int, post: Int, day: Int, start: Int, end: Int, isNight: Bool,
                minimum: Int, maximum: Int, requirements: [DutyRequirement] = [], minAge: Int? = nil, maxAge: Int? = nil) {
        self.id = id
        self.label = label
        self.place = place
        self.post = post
        self.day = day
        self.start = start
        self.end = end
        self.isNight = isNight
        self.minimum = minimum
        self.maximum = maximum
        self.requirements = requirements
        self.minAge = minAge
        self.maxAge = maxAge
    }

    public var minutes: Int { end - start }
    /// Whole hours, rounded up: the unit of coverage penalties.
    public var hours: Int { (minutes + 59) / 60 }
}
