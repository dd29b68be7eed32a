import DutyModel

/// Seeded byte- and field-level mutations of text files, for fuzzing parsers in process.
///
/// Each mutation is a way a file goes wrong in practice or in an attack: bits flipped, bytes
/// inserted or deleted, lines duplicated, dropped or swapped, pieces of another file spliced
/// in, numbers replaced by the ones that overflow (2147483647, 9223372036854775807, -1, 1e308),
/// extra commas, quotes, control characters, invalid UTF-8, and very long fields. The same
/// seed corpus, dictionary and random state always give the same result.
public struct Mutator: Sendable {
    /// Files the mutations start from and splice in.
    public let corpus: [[UInt8]]
    /// Words of the format (section names, headers, key names) the mutations insert.
    public let dictionary: [[UInt8]]
    /// Inputs are cut to this many bytes, so one input costs a bounded time.
    public let maxLength: Int

    public init(corpus: [[UInt8]], dictionary: [[UInt8]] = [], maxLength: Int = 256 * 1024) {
        self.corpus = corpus.isEmpty ? [[]] : corpus
        self.dictionary = dictionary
        self.maxLength = maxLength
    }

    /// Numbers at the edges of `Int32`, `Int64` and `Double`, and others parsers get wrong.
    public static let interestingNumbers: [[UInt8]] = [
        "2147483647", "2147483648", "-2147483648", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "-1", "0", "-0", "1e308", "1e309", "NaN", "inf", "0x10", "+1", "00000000000000000001",
        "99999999999999999999999999", "4294967296", "65536", "255", "256", "127", "128", "10000000", "3660", "3661",
        "1.5", "", " 1 ",
    ].map { Array($0.utf8) }

    /// Bytes that are never valid UTF-8, alone or in these sequences: a lone continuation byte,
    /// an overlong encoding, a surrogate, a truncated sequence, bytes never used.
    public static let invalidUTF8: [[UInt8]] = [
        [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xE4, 0xB8], [0xF0, 0x9F, 0x98], [0xFE], [0xFF], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF],
    ]

    /// Control characters, among them the ones terminals act on.
    public static let controls: [UInt8] = [0x00, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x7F]

    /// One input: a corpus file chosen and mutated 1, 2, 4 or 8 times.
    public func input(_ random: inout SeededRandom) -> (seed: Int, bytes: [UInt8]) {
        let seed = Int.random(in: 0..<corpus.count, using: &random)
        var bytes = corpus[seed]
        let rounds = 1 << Int.random(in: 0...3, using: &random)
        for _ in 0..<rounds { bytes = mutate(bytes, &random) }
        return (seed, bytes)
    }

    /// `bytes` with one mutation applied, at most `maxLength` long.
    public func mutate(_ bytes: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        var b = bytes
        let kind = Int.random(in: 0..<22, using: &random)
        switch kind {
        case 0:   // flip one bit
            if let i = position(b, &random, end: false) { b[i] ^= 1 << UInt8.random(in: 0...7, using: &random) }
        case 1:   // set one byte
            if let i = position(b, &random, end: false) { b[i] = UInt8.random(in: 0...255, using: &random) }
        case 2:   // insert random bytes
            insert((0..<Int.random(in: 1...8, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) },
                   into: &b, &random)
        case 3:   // delete a run
            if let i = position(b, &random, end: false) {
                let n = Int.random(in: 1...max(1, min(64, b.count / 8 + 1)), using: &random)
                b.removeSubrange(i..<min(b.count, i + n))
            }
        case 4:   // duplicate a line
            if let line = lineRange(b, &random) { b.insert(contentsOf: b[line], at: line.lowerBound) }
        case 5:   // delete a line
            if let line = lineRange(b, &random) { b.removeSubrange(line) }
        case 6:   // swap two lines
            b = swapLines(b, &random)
        case 7:   // splice in a piece of another file
            let other = pick(corpus, &random)
            if let i = position(other, &random, end: false) {
                let n = Int.random(in: 1...max(1, min(256, other.count - i)), using: &random)
                insert(Array(other[i..<min(other.count, i + n)]), into: &b, &random)
            }
        case 8:   // cross over: this file's start, another's end
            let other = pick(corpus, &random)
            let cut = position(b, &random, end: true) ?? 0
            let from = position(other, &random, end: true) ?? 0
            b = Array(b[..<cut]) + Array(other[from...])
        case 9:   // a number replaced by an interesting one
            replaceNumber(&b, &random)
        case 10:  // an interesting number inserted
            insert(pick(Self.interestingNumbers, &random), into: &b, &random)
        case 11:  // a word of the format inserted
            if !dictionary.isEmpty { insert(pick(dictionary, &random), into: &b, &random) }
        case 12:  // extra commas
            insert([UInt8](repeating: UInt8(ascii: ","), count: Int.random(in: 1...4, using: &random)), into: &b, &random)
        case 13:  // a quote, or a pair
            insert(Bool.random(using: &random) ? [UInt8(ascii: "\"")] : Array("\"\"".utf8), into: &b, &random)
        case 14:  // a control character
            insert([pick(Self.controls, &random)], into: &b, &random)
        case 15:  // invalid UTF-8
            insert(pick(Self.invalidUTF8, &random), into: &b, &random)
        case 16:  // a very long field: mostly up to a thousand bytes, sometimes up to a hundred thousand
            let unit = Bool.random(using: &random) ? UInt8(ascii: "9") : (position(b, &random, end: false).map { b[$0] } ?? 0x41)
            let long = Int.random(in: 0..<8, using: &random) == 0 ? 100_000 : 1_000
            insert([UInt8](repeating: unit, count: Int.random(in: 1...long, using: &random)), into: &b, &random)
        case 17:  // truncated
            b.removeSubrange((position(b, &random, end: true) ?? 0)...)
        case 18:  // a field replaced by a field from anywhere in the corpus
            replaceField(&b, with: randomField(pick(corpus, &random), &random), &random)
        case 19:  // a line of another file put in place of one of this file's
            let source = pick(corpus, &random)
            if let line = lineRange(b, &random), let other = lineRange(source, &random) {
                b.replaceSubrange(line, with: source[other])
            }
        case 20:  // a line repeated many times (counts past their limits): mostly up to 200, sometimes 2,000
            if let line = lineRange(b, &random), !line.isEmpty {
                let times = Int.random(in: 2...(Int.random(in: 0..<8, using: &random) == 0 ? 2_000 : 200), using: &random)
                var copies: [UInt8] = []
                copies.reserveCapacity(line.count * times)
                for _ in 0..<min(times, maxLength / line.count) { copies.append(contentsOf: b[line]) }
                b.insert(contentsOf: copies, at: line.lowerBound)
            }
        default:  // CRLF for LF, or LF for CRLF, everywhere
            b = Bool.random(using: &random) ? toCRLF(b) : b.filter { $0 != 0x0D }
        }
        if b.count > maxLength { b.removeSubrange(maxLength...) }
        return b
    }

    // MARK: Helpers

    func pick<T>(_ items: [T], _ random: inout SeededRandom) -> T {
        items[Int.random(in: 0..<items.count, using: &random)]
    }

    /// A position in `b` (or at its end, with `end`); nil for an empty `b` without `end`.
    func position(_ b: [UInt8], _ random: inout SeededRandom, end: Bool) -> Int? {
        let upper = end ? b.count : b.count - 1
        return upper < 0 ? nil : Int.random(in: 0...upper, using: &random)
    }

    func insert(_ piece: [UInt8], into b: inout [UInt8], _ random: inout SeededRandom) {
        b.insert(contentsOf: piece, at: position(b, &random, end: true) ?? 0)
    }

    /// The bytes of one line, its LF included.
    func lineRange(_ b: [UInt8], _ random: inout SeededRandom) -> Range<Int>? {
        guard let i = position(b, &random, end: false) else { return nil }
        var start = i, end = i
        while start > 0, b[start - 1] != 0x0A { start -= 1 }
        while end < b.count, b[end] != 0x0A { end += 1 }
        return start..<min(b.count, end + 1)
    }

    /// Two lines (their LFs included) swapped.
    func swapLines(_ b: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        guard let one = lineRange(b, &random), let other = lineRange(b, &random), one != other else { return b }
        let (first, second) = one.lowerBound < other.lowerBound ? (one, other) : (other, one)
        var out = Array(b[..<first.lowerBound])
        out.append(contentsOf: b[second])
        out.append(contentsOf: b[first.upperBound..<second.lowerBound])
        out.append(contentsOf: b[first])
        out.append(contentsOf: b[second.upperBound...])
        return out
    }

    /// Replaces the run of digits at or after a random position with an interesting number.
    func replaceNumber(_ b: inout [UInt8], _ random: inout SeededRandom) {
        guard var i = position(b, &random, end: false) else { return }
        while i < b.count, !isDigit(b[i]) { i += 1 }
        guard i < b.count else { return }
        var end = i
        while end < b.count, isDigit(b[end]) { end += 1 }
        if i > 0, b[i - 1] == UInt8(ascii: "-") { i -= 1 }
        b.replaceSubrange(i..<end, with: pick(Self.interestingNumbers, &random))
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// A comma-separated field of some line of `b`.
    func randomField(_ b: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        guard let line = lineRange(b, &random) else { return [] }
        let fields = b[line].split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        return Array(pick(Array(fields), &random)).filter { $0 != 0x0A }
    }

    /// Replaces one comma-separated field of a random line with `field`.
    func replaceField(_ b: inout [UInt8], with field: [UInt8], _ random: inout SeededRandom) {
        guard let line = lineRange(b, &random) else { return }
        var start = line.lowerBound
        var bounds: [Range<Int>] = []
        let end = b[line].last == 0x0A ? line.upperBound - 1 : line.upperBound
        for i in line.lowerBound..<end where b[i] == UInt8(ascii: ",") {
            bounds.append(start..<i)
            start = i + 1
        }
        bounds.append(start..<end)
        b.replaceSubrange(pick(bounds, &random), with: field)
    }

    func toCRLF(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count + b.count / 16)
        for (i, byte) in b.enumerated() {
            if byte == 0x0A, i == 0 || b[i - 1] != 0x0D { out.append(0x0D) }
            out.append(byte)
        }
        return out
    }
}
