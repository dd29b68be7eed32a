import Foundation

/// Finds people from what a coordinator types at the duty desk, without an input method:
/// pinyin initials (`zw` → 张伟), full pinyin (`zhangwei`) or a mix (`zhangw`), the last digits
/// of a phone number (`5678`), a person number (`P0012`, or just `12`), or Chinese characters
/// when an input method is at hand. Every person the query fits is returned, best first.
///
/// A name is found by every reading of its surname (``Pinyin/readings(of:syllables:)``): 单丽萍 by
/// `slp`, `dlp` and `clp`, `shanliping` and `danliping`. At the same fit, a match on the
/// conventional reading ranks before a match on another one: `qb` lists 秦博 before 区博 (区
/// read qū rather than ōu).
///
/// The pinyin of every name is worked out once, when the lookup is built (Foundation's
/// transliteration costs about 40 µs a name); a query then only compares letters.
public struct PersonLookup: Sendable {
    /// How a person fits a query; earlier cases rank first.
    public enum Fit: Int, Comparable, Sendable {
        /// The person number itself (`P0012`, `p12`, `12`).
        case number
        /// The whole name, its initials or its whole pinyin (`张伟`, `zw`, `zhangwei`).
        case wholeName
        /// The last digits of the phone number.
        case phoneTail
        /// Part of the name, or leading syllables and initials (`张`, `zhangw`, `zwm` for 张伟明).
        case partOfName

        public static func < (a: Fit, b: Fit) -> Bool { a.rawValue < b.rawValue }
    }

    public struct Match: Hashable, Sendable {
        public let person: PersonID
        public let fit: Fit
        /// Which of the name's readings the query fits: 0 for the conventional one, more for
        /// another reading of the surname (as ``Pinyin/readings(of:syllables:)`` lists them);
        /// 0 for fits that are not by pinyin.
        public let reading: Int
    }

    /// One reading of a name, with the forms a query is compared with.
    struct Reading: Sendable {
        let syllables: [String]
        let initials: String
        let joined: String

        init(_ syllables: [String]) {
            self.syllables = syllables
            initials = String(syllables.compactMap(\.first))
            joined = syllables.joined()
        }
    }

    struct Entry: Sendable {
        let id: PersonID
        let name: String
        /// The conventional reading first; most names have only that one.
        let readings: [Reading]
        let phone: String
        /// The person number split into its letters (lowercase) and its value, when it has that shape.
        let prefix: String
        let number: Int?
    }

    let entries: [Entry]

    /// `syllables` may hold names' pinyin already worked out (as `Pinyin.syllables(of:)`).
    public init(_ people: [Person], syllables known: [PersonID: [String]] = [:]) {
        self.init(people, syllables: known, readings: true)
    }

    /// A lookup for `query` alone: names' pinyin (the slow part, through ICU) is worked out only
    /// when the query is pinyin; for a number, a phone tail or a name, only for the matches'
    /// order. `find(query)` gives what it gives on a full lookup.
    public init(_ people: [Person], for query: String) {
        self.init(people, syllables: [:], readings: PersonLookup.isPinyin(query))
    }

    private init(_ people: [Person], syllables known: [PersonID: [String]], readings: Bool) {
        entries = people.map { person in
            let (prefix, number) = PersonLookup.split(person.id.rawValue)
            let found = readings ? Pinyin.readings(of: person.name, syllables: known[person.id] ?? Pinyin.syllables(of: person.name)) : []
            return Entry(id: person.id, name: person.name, readings: found.map(Reading.init),
                         phone: person.phone, prefix: prefix, number: number)
        }
    }

    /// Whether `query` is pinyin (letters, spaces and apostrophes, with a letter).
    public static func isPinyin(_ query: String) -> Bool {
        let lower = query.trimmingCharacters(in: .whitespaces).lowercased()
        return lower.allSatisfy(\.isASCII) && lower.contains(where: \.isLetter)
            && lower.allSatisfy { $0.isLetter || $0 == " " || $0 == "'" }
    }

    /// `P0012` → ("p", 12); an ID without trailing digits has no number.
    static func split(_ text: String) -> (String, Int?) {
        let lower = text.lowercased()
        let digits = lower.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 18 else { return (lower, nil) }
        return (String(lower.dropLast(digits.count)), Int(String(digits.reversed())))
    }

    /// Everyone `query` fits, best fit first, then the conventional reading before others,
    /// then by pinyin and person number. Empty for an empty query.
    public func find(_ query: String) -> [Match] {
        let q = query.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return [] }
        var found: [(match: Match, entry: Int)] = []
        let allDigits = q.allSatisfy { $0.isASCII && $0.isNumber }
        let ascii = q.allSatisfy(\.isASCII)
        let lower = q.lowercased()
        let (prefix, number) = PersonLookup.split(lower)
        let letters = lower.filter { $0.isLetter }
        let pinyinQuery = PersonLookup.isPinyin(q)
        let first = letters.first
        for (index, entry) in entries.enumerated() {
            var fit: Fit?
            var reading = 0
            if let number, entry.number == number && (prefix.isEmpty || prefix == entry.prefix) {
                fit = .number
            } else if !ascii {
                if entry.name == q { fit = .wholeName } else if entry.name.contains(q) { fit = .partOfName }
            } else if allDigits {
                if !entry.phone.isEmpty && entry.phone.hasSuffix(q) { fit = .phoneTail }
            } else if pinyinQuery {
                (fit, reading) = PersonLookup.pinyinFit(letters, first, entry.readings)
            }
            if let fit {
                found.append((Match(person: entry.id, fit: fit, reading: reading), index))
            }
        }
        guard found.count > 1 else { return found.map(\.match) }
        // The conventional reading orders matches; worked out here for the matches alone when
        // the lookup was made without pinyin (a query that is not pinyin).
        var keys: [Int: String] = [:]
        for (_, index) in found {
            let entry = entries[index]
            keys[index] = entry.readings.first?.joined ?? Pinyin.syllables(of: entry.name).joined()
        }
        found.sort { a, b in
            if a.match.fit != b.match.fit { return a.match.fit < b.match.fit }
            if a.match.reading != b.match.reading { return a.match.reading < b.match.reading }
            let ka = keys[a.entry] ?? "", kb = keys[b.entry] ?? ""
            if ka != kb { return ka < kb }
            return a.match.person.rawValue < b.match.person.rawValue
        }
        return found.map(\.match)
    }

    /// The best fit of typed `letters` (beginning with `first`) on any of `readings`, and which
    /// reading gave it: a whole name on a later reading beats part of the name on the first.
    static func pinyinFit(_ letters: String, _ first: Character?, _ readings: [Reading]) -> (Fit?, Int) {
        var best: (Fit?, Int) = (nil, 0)
        for (i, reading) in readings.enumerated() where reading.initials.first == first {
            if letters == reading.initials || letters == reading.joined { return (.wholeName, i) }
            if best.0 == nil && Pinyin.match(Substring(letters), reading.syllables[...]) { best = (.partOfName, i) }
        }
        return best
    }
}
