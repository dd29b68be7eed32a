import Foundation

/// A field of a CSV record with where it started.
public struct CSVField: Sendable, Hashable {
    public let text: String
    /// 1-based line on which the field starts.
    public let line: Int
    /// 1-based column number (the spreadsheet column: 1 = A).
    public let column: Int
}

/// One record (row) of a CSV file.
public struct CSVRecord: Sendable, Hashable {
    public let line: Int
    public let fields: [CSVField]

    public var isBlank: Bool { fields.allSatisfy { $0.text.isEmpty } }
}

/// A syntax error in a CSV file.
public struct CSVSyntaxError: Sendable, Hashable {
    public let line: Int
    public let column: Int
    public let message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}

/// An RFC 4180 parser that remembers the line and column of every field.
///
/// Accepts LF, CRLF and CR line ends, quoted fields with `""` escapes and line
/// breaks inside quotes. Off-the-shelf CSV packages report no source positions,
/// which Zhiban needs for its file:line:column errors (see docs/decisions/0002-csv.md).
///
/// A quote that is never closed would swallow the rest of the file into one field, and a
/// quote in a later row would close it and set every field after it one off: hundreds of
/// errors, each quoting other rows' values. So a quoted field that runs over a line break
/// and then reaches the end of the file, or whose closing quote is followed by more text, is
/// taken as an unclosed quote: one error where it opened, that record dropped, and reading
/// goes on from the next line as if the quote were not there.
public enum CSVParser {
    public static func parse(_ text: String) -> (records: [CSVRecord], errors: [CSVSyntaxError]) {
        var records: [CSVRecord] = []
        var errors: [CSVSyntaxError] = []
        var fields: [CSVField] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1, fieldLine = 1
        var inQuotes = false, wasQuoted = false
        var quoteLine = 1, quoteColumn = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        /// Where reading goes on if the open quote turns out never closed: the reader as it
        /// was just after the first line break inside the quotes (iterators are values).
        var restart: (scalars: String.UnicodeScalarView.Iterator, pending: Unicode.Scalar?)? = nil

        func endField() {
            fields.append(CSVField(text: String(field), line: fieldLine, column: fields.count + 1))
            field = String.UnicodeScalarView()
            wasQuoted = false
            fieldLine = line
        }
        func endRecord() {
            endField()
            records.append(CSVRecord(line: recordLine, fields: fields))
            fields = []
        }
        /// Reports the open quote as never closed and drops its record; the caller goes on
        /// reading from `restart` (the reader is not touched here: captured by a function it
        /// would be boxed, and every character read slower).
        func unclosed() {
            errors.append(CSVSyntaxError(line: quoteLine, column: quoteColumn,
                                         message: "the quote opened here is never closed"))
            fields = []
            field = String.UnicodeScalarView()
            inQuotes = false
            wasQuoted = false
            line = quoteLine + 1
            recordLine = line
            fieldLine = line
        }

        while true {
            guard let c = pending ?? scalars.next() else {
                // The end of the file inside quotes: read on from after the quote's line.
                guard inQuotes else { break }
                unclosed()
                if let restart { (scalars, pending) = restart }
                restart = nil
                continue
            }
            pending = nil
            if inQuotes {
                if c == "\"" {
                    let next = scalars.next()
                    if next == "\"" {
                        field.append("\"")
                        continue
                    }
                    inQuotes = false
                    pending = next
                    // Closed on a later line with text straight after: the quote that opened
                    // it was never closed, and this one belongs to a later row.
                    if line > quoteLine, let next, next != ",", next != "\n", next != "\r" {
                        unclosed()
                        if let restart { (scalars, pending) = restart }
                        restart = nil
                    }
                } else {
                    if c == "\n" || c == "\r" { line += 1 }
                    field.append(c)
                    if c == "\r" {
                        let next = scalars.next()
                        if next == "\n" { field.append("\n") } else { pending = next }
                    }
                    if (c == "\n" || c == "\r") && restart == nil { restart = (scalars, pending) }
                }
                continue
            }
            switch c {
            case ",":
                endField()
            case "\r", "\n":
                if c == "\r" {
                    let next = scalars.next()
                    if next != "\n" { pending = next }
                }
                endRecord()
                line += 1
                recordLine = line
                fieldLine = line
            case "\"" where field.isEmpty && !wasQuoted:
                inQuotes = true
                wasQuoted = true
                quoteLine = line
                quoteColumn = fields.count + 1
                restart = nil
            case "\"":
                errors.append(CSVSyntaxError(line: line, column: fields.count + 1,
                                             message: "a quote inside an unquoted field (write it as \"\")"))
                field.append(c)
            default:
                if wasQuoted {
                    errors.append(CSVSyntaxError(line: line, column: fields.count + 1,
                                                 message: "text after the closing quote"))
                    wasQuoted = false
                }
                field.append(c)
            }
        }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
        return (records.filter { !$0.isBlank }, errors)
    }

    /// Quotes a field when it needs it.
    public static func quote(_ text: String) -> String {
        let needs = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first == " " || text.last == " "
        return needs ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// One record as a line: every field made safe for a spreadsheet, then quoted where needed.
    public static func line(_ fields: [String]) -> String {
        fields.map { quote(spreadsheetSafe($0)) }.joined(separator: ",") + "\n"
    }

    /// Characters that make a spreadsheet read a cell as a formula when they start it.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `text` as a spreadsheet takes it literally: a field starting like a formula (`=`, `+`,
    /// `-`, `@`, tab, carriage return) gets an apostrophe before it, which spreadsheets hide and
    /// `literal(_:)` takes off again on import, so an export imports back unchanged.
    public static func spreadsheetSafe(_ text: String) -> String {
        guard let first = text.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// A field as written by `spreadsheetSafe`: the apostrophe before a formula start taken off.
    public static func literal(_ text: String) -> String {
        guard text.first == "'", let second = text.dropFirst().first, formulaStarts.contains(second) else { return text }
        return String(text.dropFirst())
    }
}
