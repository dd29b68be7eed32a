import DutyModel

/// Where a record came from: its file, line and the column number of each field key.
struct Origin: Sendable {
    let file: String
    let line: Int
    let columns: [String: (number: Int, header: Localized)]
    /// Field keys whose text had invalid bytes: already reported, so their validation problems are not.
    let garbled: Set<String>
}

/// Reads typed values out of one CSV record, collecting an issue for every bad field.
struct RowReader {
    let file: String
    let record: CSVRecord
    /// field key → index into the record's fields and the header text.
    let layout: [String: (index: Int, header: Localized)]
    var issues: [ImportIssue] = []

    var origin: Origin {
        Origin(file: file, line: record.line,
               columns: layout.mapValues { (number: $0.index + 1, header: $0.header) },
               garbled: Set(layout.filter { _, slot in
                   slot.index < record.fields.count
                       && record.fields[slot.index].text.unicodeScalars.contains(DecodedText.replacement)
               }.keys))
    }

    func raw(_ key: String) -> String {
        guard let slot = layout[key], slot.index < record.fields.count else { return "" }
        return CSVParser.literal(record.fields[slot.index].text.trimmingCharacters(in: .whitespaces))
    }

    /// Records a problem with a field. A field whose column is missing is not reported
    /// again: the header check already said the column is missing.
    mutating func fail(_ key: String, _ message: Localized) {
        guard let slot = layout[key] else { return }
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
            fail(key, Localized(zh: "“\(value)”不是整数", en: "“\(value)” is not a whole number"))
            return fallback
        }
        return number
    }

    mutating func parsed<T>(_ key: String, _ parse: (String) -> T?, expected: Localized) -> T? {
        let value = raw(key)
        guard let result = parse(value) else {
            fail(key, Localized(zh: "“\(value)”无法识别，应为\(expected.zh)",
                                en: "“\(value)” is not understood; expected \(expected.en)"))
            return nil
        }
        return result
    }
}

extension Table {
    /// Keys whose absence is an error whatever the table.
    static let requiredKeys: Set<String> = ["birth_year", "min", "max"]
}
