import Foundation

/// The encodings a CSV file may come in: what Excel and WPS save in China.
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf8"
    case utf8BOM = "utf8-bom"
    case gb18030 = "gb18030"

    /// Foundation's GB 18030-2000 encoding (a superset of GBK and GB2312).
    static let foundationGB18030 = String.Encoding(rawValue: 0x8000_0632)

    public func encode(_ text: String) -> Data? {
        switch self {
        case .utf8: return Data(text.utf8)
        case .utf8BOM: return Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        case .gb18030: return text.data(using: TextEncoding.foundationGB18030)
        }
    }
}

/// A file's bytes turned into text, with the places where bytes were not valid.
public struct DecodedText: Sendable {
    public let text: String
    public let encoding: TextEncoding
    /// Invalid byte sequences, by 1-based line and the byte offset in the file.
    public let invalid: [(line: Int, byteOffset: Int)]

    /// Stands in the text for each invalid byte sequence, so the CSV parser can say which field it was in.
    public static let replacement: Unicode.Scalar = "\u{10FFFD}"
}

/// Detects the encoding of a file and decodes it, never failing: bad bytes are recorded.
///
/// A BOM means UTF-8. Otherwise valid UTF-8 wins, then valid GB 18030. A file that is
/// neither is decoded as whichever has fewer invalid sequences, and each one is reported.
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8], as forced: TextEncoding? = nil) -> DecodedText {
        if forced == nil || forced == .utf8BOM || forced == .utf8,
           bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            let (text, bad) = decodeUTF8(bytes, from: 3)
            return DecodedText(text: text, encoding: .utf8BOM, invalid: bad)
        }
        switch forced {
        case .utf8, .utf8BOM:
            let (text, bad) = decodeUTF8(bytes, from: 0)
            return DecodedText(text: text, encoding: .utf8, invalid: bad)
        case .gb18030:
            let (text, bad) = decodeGB18030(bytes)
            return DecodedText(text: text, encoding: .gb18030, invalid: bad)
        case nil:
            let (utf8Text, utf8Bad) = decodeUTF8(bytes, from: 0)
            if utf8Bad.isEmpty { return DecodedText(text: utf8Text, encoding: .utf8, invalid: []) }
            let (gbText, gbBad) = decodeGB18030(bytes)
            if gbBad.count < utf8Bad.count { return DecodedText(text: gbText, encoding: .gb18030, invalid: gbBad) }
            return DecodedText(text: utf8Text, encoding: .utf8, invalid: utf8Bad)
        }
    }

    /// Length of the valid UTF-8 sequence starting at `i`, or nil.
    static func utf8Length(_ b: [UInt8], _ i: Int) -> Int? {
        let c = b[i]
        func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
            i + k < b.count && b[i + k] >= lo && b[i + k] <= hi
        }
        switch c {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return cont(1) ? 2 : nil
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : nil
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : nil
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : nil
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : nil
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : nil
        default: return nil
        }
    }

    /// Length of the valid GB 18030 sequence starting at `i`, or nil.
    static func gbLength(_ b: [UInt8], _ i: Int) -> Int? {
        let c = b[i]
        if c <= 0x7F { return 1 }
        guard c >= 0x81, c <= 0xFE, i + 1 < b.count else { return nil }
        let c2 = b[i + 1]
        if (0x40...0x7E).contains(c2) || (0x80...0xFE).contains(c2) { return 2 }
        if (0x30...0x39).contains(c2), i + 3 < b.count, (0x81...0xFE).contains(b[i + 2]),
           (0x30...0x39).contains(b[i + 3]) { return 4 }
        return nil
    }

    static func decodeUTF8(_ b: [UInt8], from start: Int) -> (String, [(line: Int, byteOffset: Int)]) {
        decode(b, from: start, length: utf8Length) { String(decoding: $0, as: UTF8.self) }
    }

    static func decodeGB18030(_ b: [UInt8]) -> (String, [(line: Int, byteOffset: Int)]) {
        decode(b, from: 0, length: gbLength) { chunk in
            String(data: Data(chunk), encoding: TextEncoding.foundationGB18030)
                ?? String(repeating: Character(DecodedText.replacement), count: 1)
        }
    }

    /// Splits `b` into runs of valid sequences, decodes each run, and puts a
    /// replacement character where a sequence is invalid.
    private static func decode(_ b: [UInt8], from start: Int, length: ([UInt8], Int) -> Int?,
                               run decodeRun: (ArraySlice<UInt8>) -> String)
        -> (String, [(line: Int, byteOffset: Int)]) {
        var text = ""
        var bad: [(line: Int, byteOffset: Int)] = []
        var line = 1, i = start, runStart = start
        while i < b.count {
            if b[i] == 0x0A { line += 1 }
            if let n = length(b, i) {
                i += n
            } else {
                text += decodeRun(b[runStart..<i])
                text.unicodeScalars.append(DecodedText.replacement)
                bad.append((line, i))
                i += 1
                runStart = i
            }
        }
        text += decodeRun(b[runStart..<b.count])
        return (text, bad)
    }
}
