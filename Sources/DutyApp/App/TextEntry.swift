import DutyModel

/// Text going into a field of the interface, typed or pasted: one edit, never longer than the
/// field's limit (``TextLimits``, counted in Unicode scalars as the import counts them).
enum TextEntry {
    /// Adds as much of `text` to `value` as fits in `limit`: a paste is cut there, a key
    /// typed into a full field is left out. Control characters are left out and line breaks
    /// and tabs become spaces (every field is one line). Returns what to say on the status
    /// line when not all of it fitted, nil when it did.
    static func append(_ text: String, to value: inout String, limit: Int) -> Localized? {
        var room = limit - value.unicodeScalars.count
        var taken = 0
        for character in text {
            var c = character
            if c.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" }) {
                c = " "
            } else if c.unicodeScalars.contains(where: isControl) {
                continue
            }
            guard c.unicodeScalars.count <= room else {
                if taken == 0 {
                    return Localized(zh: "此栏最多 \(limit) 个字符，已满", en: "This field holds at most \(limit) characters and is full")
                }
                return Localized(zh: "粘贴内容过长，已截取前 \(taken) 个字符（此栏最多 \(limit) 个字符）",
                                 en: "Pasted text too long: took its first \(taken) characters (this field holds at most \(limit))")
            }
            value.append(c)
            room -= c.unicodeScalars.count
            taken += 1
        }
        return nil
    }

    /// C0 controls, DEL and the C1 controls.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
    }
}
