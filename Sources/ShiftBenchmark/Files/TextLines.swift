import Foundation

/// The lines and fields of a text file, split on bytes: LF or CRLF line ends, comma-separated
/// fields. Splitting on bytes, not `Character`s, keeps a CRLF pair (one `Character`) a line end
/// and keeps a comma followed by a combining mark a comma, so counts and splits always agree.
struct TextLines: Sequence {
    let bytes: [UInt8]
    let range: Range<Int>
    /// The number of the line at `range.lowerBound` (1-based).
    let first: Int

    init(_ bytes: [UInt8], range: Range<Int>? = nil, first: Int = 1) {
        self.bytes = bytes
        self.range = range ?? 0..<bytes.count
        self.first = first
    }

    /// One line: its number, where it starts and ends (before its LF), and its text with
    /// surrounding whitespace (and a CR) taken off; invalid UTF-8 becomes U+FFFD.
    struct Line {
        let number: Int
        let start: Int
        let end: Int
        let text: String

        var isBlankOrComment: Bool { text.isEmpty || text.utf8.first == UInt8(ascii: "#") }
    }

    struct Iterator: IteratorProtocol {
        let bytes: [UInt8]
        let end: Int
        var position: Int
        var number: Int

        mutating func next() -> Line? {
            guard position < end else { return nil }
            let start = position
            var stop = start
            while stop < end, bytes[stop] != UInt8(ascii: "\n") { stop += 1 }
            position = stop + 1
            defer { number += 1 }
            let text = String(decoding: bytes[start..<stop], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return Line(number: number, start: start, end: stop, text: text)
        }
    }

    func makeIterator() -> Iterator { Iterator(bytes: bytes, end: range.upperBound, position: range.lowerBound, number: first) }

    /// How many pieces `text` splits into at `separator` (an ASCII byte), without splitting it.
    static func count(_ text: String, _ separator: UInt8) -> Int {
        var n = 1
        for byte in text.utf8 where byte == separator { n += 1 }
        return n
    }

    /// The pieces of `text` at `separator` (an ASCII byte), each with surrounding spaces taken off.
    static func split(_ text: String, _ separator: UInt8) -> [String] {
        text.utf8.split(separator: separator, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespaces) }
    }

    /// The first piece of `text` at `separator`, without splitting the rest.
    static func firstField(_ text: String, _ separator: UInt8) -> String {
        String(decoding: text.utf8.prefix { $0 != separator }, as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }

    /// `text` as a message quotes it: at most 40 characters.
    static func shown(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > 40 else { return text }
        var short = String.UnicodeScalarView()
        short.append(contentsOf: scalars.prefix(40))
        return String(short) + "…"
    }
}
