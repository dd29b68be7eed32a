import DutyModel

extension PersonChoice {
    /// The person chosen; else a message that nobody fits `query`, or that it fits several
    /// (the first 20 listed with number and phone) and more should be typed.
    func chosen(_ query: String, _ l: Language) throws -> Person {
        let zh = l == .zh
        switch self {
        case let .one(person):
            return person
        case .nobody:
            throw CLIError(zh ? "没有人符合“\(query)”" : "nobody fits “\(query)”")
        case let .several(people):
            let listed = people.prefix(20).map { "\($0.id.rawValue) \($0.name) \($0.phone)" }.joined(separator: "\n  ")
            throw CLIError(zh ? "“\(query)”符合 \(people.count) 人，请输入更多：\n  \(listed)"
                              : "“\(query)” fits \(people.count) people; type more:\n  \(listed)")
        }
    }
}
