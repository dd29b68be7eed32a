import Foundation

/// Finds people from what a coordinator types at the duty desk, without an input method:
/// pinyin initials (`zw` → 张伟), full pinyin (`zhangwei`) or a mix (`zhangw`), the last digits
/// of a phone number (`5678`), a person number (`P0012`, or just `12`), or Chinese characters
/// when an input method is at hand. Every person the query fits is returned, best first.
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
    }

    struct Entry: Sendable {
        let id: PersonID
        let name: String
        let syllables: [String]
        let initials: String
        let joined: String
        let phone: String
        /// The person number split into its letters (lowercase) and its value, when it has that shape.
        let prefix: String
        let number: Int?
    }

    let entries: [Entry]

    /// `syllables` may hold names' pinyin already worked out (as `Pinyin.syllables(of:)`).
    public init(_ people: [Person], syllables known: [PersonID: [String]] = [:]) {
        entries = people.map { person in
            let syllables = known[person.id] ?? Pinyin.syllables(of: person.name)
            let (prefix, number) = PersonLookup.split(person.id.rawValue)
            return Entry(id: person.id, name: person.name, syllables: syllables,
                         initials: String(syllables.compactMap(\.first)), joined: syllables.joined(),
                         phone: person.phone, prefix: prefix, number: number)
        }
    }

    /// `P0012` → ("p", 12); an ID without trailing digits has no number.
    static func split(_ text: String) -> (String, Int?) {
        let lower = text.lowercased()
        let digits = lower.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 18 else { return (lower, nil) }
        return (String(lower.dropLast(digits.count)), Int(String(digits.reversed())))
    }

    /// Everyone `query` fits, best fit first, then by pinyin and person number. Empty for an
    /// empty query.
    public func find(_ query: String) -> [Match] {
        let q = query.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return [] }
        var found: [(match: Match, entry: Entry)] = []
        let allDigits = q.allSatisfy { $0.isASCII && $0.isNumber }
        let ascii = q.allSatisfy(\.isASCII)
        let lower = q.lowercased()
        let (prefix, number) = PersonLookup.split(lower)
        let letters = lower.filter { $0.isLetter }
        let pinyinQuery = ascii && !letters.isEmpty && lower.allSatisfy { $0.isLetter || $0 == " " || $0 == "'" }
        for entry in entries {
            var fit: Fit?
            if let number, entry.number == number && (prefix.isEmpty || prefix == entry.prefix) {
                fit = .number
            } else if !ascii {
                if entry.name == q { fit = .wholeName } else if entry.name.contains(q) { fit = .partOfName }
            } else if allDigits {
                if !entry.phone.isEmpty && entry.phone.hasSuffix(q) { fit = .phoneTail }
            } else if pinyinQuery, let first = entry.initials.first, first == letters.first {
                if letters == entry.initials || letters == entry.joined {
                    fit = .wholeName
                } else if Pinyin.matches(letters, syllables: entry.syllables) {
                    fit = .partOfName
                }
            }
            if let fit { found.append((Match(person: entry.id, fit: fit), entry)) }
        }
        found.sort { a, b in
            if a.match.fit != b.match.fit { return a.match.fit < b.match.fit }
            if a.entry.joined != b.entry.joined { return a.entry.joined < b.entry.joined }
            return a.entry.id.rawValue < b.entry.id.rawValue
        }
        return found.map(\.match)
    }
}
