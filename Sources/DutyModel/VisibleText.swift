/// Text as it may go to a terminal: control characters that a terminal would act on (an
/// escape sequence that retitles the window, moves the cursor or rings the bell) are shown in
/// caret notation instead (`^[` for ESC, `^G` for BEL, `^?` for DEL, `<U+009B>` for a C1
/// control). Line feeds and tabs stay. Imported names and notes are data a coordinator did
/// not necessarily write; every command's output and error goes through this.
public enum VisibleText {
    public static func of(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 8)
        for scalar in text.unicodeScalars {
            guard isControl(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            result += caret(scalar)
        }
        return result
    }

    /// One control character as shown: `^[` for ESC, `^I` for tab, `^?` for DEL, `<U+009B>`
    /// for a C1 control (any other character is named the same way).
    public static func caret(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x7F: "^?"
        case 0..<0x20: "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
        default: "<U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + ">"
        }
    }

    /// C0 controls but line feed and tab, DEL, and the C1 controls.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x0A && v != 0x09) || v == 0x7F || (0x80...0x9F).contains(v)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
