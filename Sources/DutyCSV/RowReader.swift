import DutyModel

/// Where a record came from: its file, line and the column number of each field key.
struct Origin: Sendable {
    let file: String
    let line: Int
    let columns: [String: (number: Int, header: Localized)]
    /// Field keys already reported (invalid bytes, too long, control characters): their
    /// validation problems are not reported again.
    let reported: Set<String>
}

/// Reads typed values out of one CSV record, collecting an issue for every bad field.
///
/// Before anything is read, each field is checked for what no column takes: more characters
/// than its column's limit, and control characters (line breaks and tabs only in notes). Such
/// a field is reported once and read as empty, so its text goes no further.
struct RowReader {
    let file: String
    let record: CSVRecord
    /// field key → index into the record's fields and the header text.
    let layout: [String: (index: Int, header: Localized)]
    var issues: [ImportIssue] = []
    /// Keys whose field was reported already: read as empty, not reported again.
    private(set) var reported: Set<String> = []

    /// `invalidBytes`: the file had bytes that are no text, reported where the decoder put its
    /// mark (U+10FFFD); a file without them holds the mark as text like any other.
    init(file: String, record: CSVRecord, layout: [String: (index: Int, header: Localized)], table: Table,
         invalidBytes: Bool = false) {
        self.file = file
        self.record = record
        self.layout = layout
        for column in table.columns {
            guard let slot = layout[column.key], slot.index < record.fields.count else { continue }
            let text = record.fields[slot.index].text
            if invalidBytes && text.unicodeScalars.contains(DecodedText.replacement) {
                reported.insert(column.key)   // reported with the file's invalid bytes
            } else if let problem = RowReader.problem(text, column) {
                fail(column.key, problem)
                reported.insert(column.key)
            }
        }
    }

    /// What no value of `column` may be: longer than its limit, or holding a control character.
    static func problem(_ text: String, _ column: Column) -> Localized? {
        var count = 0
        var control: (scalar: Unicode.Scalar, at: Int)? = nil
        for scalar in text.unicodeScalars {
            count += 1
            if control == nil, isControl(scalar, lineBreaks: column.takesLineBreaks) { control = (scalar, count) }
        }
        if count > column.limit {
            let shown = Excerpt.quoted(text)
            return Localized(zh: "\(shown.zh)过长：此列最多 \(column.limit) 个字符",
                             en: "\(shown.en) is too long: at most \(column.limit) characters")
        }
        if let (scalar, at) = control {
            let name = VisibleText.caret(scalar)
            let allowed = column.takesLineBreaks ? Localized(zh: "（换行和制表符除外）", en: " (line breaks and tabs aside)")
                : Localized(zh: "", en: "")
            return Localized(zh: "第 \(at) 个字符是控制字符 \(name)：只能是可见文字\(allowed.zh)",
                             en: "character \(at) is the control character \(name); expected visible text only\(allowed.en)")
        }
        return nil
    }

    /// C0 controls, DEL and the C1 controls; line feed, carriage return and tab are text in
    /// notes (a spreadsheet cell may hold several lines).
    static func isControl(_ scalar: Unicode.Scalar, lineBreaks: Bool) -> Bool {
        let v = scalar.value
        if lineBreaks && (v == 0x0A || v == 0x0D || v == 0x09) { return false }
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v)
    }

    var origin: Origin {
        Origin(file: file, line: record.line,
               columns: layout.mapValues { (number: $0.index + 1, header: $0.header) },
               reported: reported)
    }

    func raw(_ key: String) -> String {
        guard !reported.contains(key), let slot = layout[key], slot.index < record.fields.count else { return "" }
        return CSVParser.literal(record.fields[slot.index].text.trimmingCharacters(in: .whitespaces))
    }

    /// Records a problem with a field. A field whose column is missing is not reported
    /// again: the header check already said the column is missing; nor is one already reported.
    mutating func fail(_ key: String, _ message: Localized) {
        guard let slot = layout[key], !reported.contains(key) else { return }
        let line = slot.index < record.fields.count ? record.fields[slot.index].line : record.line
        issues.append(ImportIssue(file: file, line: line, column: slot.index + 1, header: slot.header, message))
    }

    mutating func text(_ key: String) -> String { raw(key) }

    mutating func optionalID<T>(_ key: String) -> Tagged<T, String>? {
        let value = raw(key)
        return value.isEmpty ? nil : Tagged(rawValue: value)
    }

    mutating func id<T>(_ key: String) -> Tagged<T, String> {
        let value = raw(key)
        if value.isEmpty { fail(key, Localized(zh: "不能为空，应填写编号", en: "empty; expected an ID")) }
        return Tagged(rawValue: value)
    }

    mutating func requiredText(_ key: String) -> String {
        let value = raw(key)
        if value.isEmpty { fail(key, Localized(zh: "不能为空", en: "empty; expected a value")) }
        return value
    }

    mutating func int(_ key: String, default fallback: Int? = nil) -> Int? {
        let value = raw(key)
        if value.isEmpty {
            if fallback == nil && layout[key] != nil && Table.requiredKeys.contains(key) {
                fail(key, Localized(zh: "不能为空，应为整数", en: "empty; expected a whole number"))
            }
            return fallback
        }
        guard let number = Int(value) else {
            let shown = Excerpt.quoted(value)
            fail(key, Localized(zh: "\(shown.zh)不是整数", en: "\(shown.en) is not a whole number"))
            return fallback
        }
        return number
    }

    mutating func parsed<T>(_ key: String, _ parse: (String) -> T?, expected: Localized) -> T? {
        let value = raw(key)
        guard let result = parse(value) else {
            let shown = Excerpt.quoted(value)
            fail(key, Localized(zh: "\(shown.zh)无法识别，应为\(expected.zh)",
                                en: "\(shown.en) is not understood; expected \(expected.en)"))
            return nil
        }
        return result
    }
}

extension Table {
    /// Keys whose absence is an error whatever the table.
    static let requiredKeys: Set<String> = ["birth_year", "min", "max"]
}
