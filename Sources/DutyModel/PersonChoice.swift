/// Whom a query typed at the desk names: one person, nobody, or several to choose between.
///
/// A query often fits more than one person (`zw` is 张伟 and 赵文). At the desk the coordinator
/// means someone who is expected there, so among several matches the only one on duty is
/// chosen; otherwise the matches are listed, those on duty when any is, so that the coordinator
/// types more.
public enum PersonChoice: Equatable, Sendable {
    case nobody
    case one(Person)
    /// The people to list, best fit first: the matches on duty when any is, else every match.
    case several([Person])

    /// What `query` names among `people`, with `onDuty` telling who is expected at the desk.
    ///
    /// The people on duty are looked up first: when the query names any of them, the choice
    /// is among those alone, whatever it names elsewhere, so everyone else's pinyin need not be
    /// worked out (a city has thousands of names, a shift a few hundred).
    public init(_ query: String, among people: [Person], onDuty: (PersonID) -> Bool) {
        let expected = people.filter { onDuty($0.id) }
        let matches = PersonLookup(expected, for: query).find(query)
        if !matches.isEmpty {
            self.init(matches, among: expected) { _ in true }
        } else {
            self.init(PersonLookup(people, for: query).find(query), among: people, onDuty: onDuty)
        }
    }

    /// The choice between `matches` (as ``PersonLookup/find(_:)`` gives them) among `people`.
    public init(_ matches: [PersonLookup.Match], among people: [Person], onDuty: (PersonID) -> Bool) {
        let byID = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let everyone = matches.compactMap { byID[$0.person] }
        let expected = everyone.filter { onDuty($0.id) }
        if expected.count == 1 {
            self = .one(expected[0])
        } else if everyone.count == 1 {
            self = .one(everyone[0])
        } else if everyone.isEmpty {
            self = .nobody
        } else {
            self = .several(expected.isEmpty ? everyone : expected)
        }
    }

    /// The person chosen, when there is one.
    public var person: Person? {
        if case let .one(person) = self { return person }
        return nil
    }
}
