import DutyModel

/// A printed document as content, without layout: what the PDF renderer and the text
/// renderer both draw. Every document kind is built as one of these.
public struct Document: Equatable, Sendable {
    public enum Orientation: Sendable, Equatable {
        case portrait, landscape
    }

    /// One column of a table: a title, a share of the width, and alignment.
    public struct Column: Equatable, Sendable {
        public var title: String
        /// Relative width: columns share the page width in proportion.
        public var weight: Double
        public var alignRight: Bool

        public init(_ title: String, weight: Double = 1, alignRight: Bool = false) {
            self.title = title
            self.weight = weight
            self.alignRight = alignRight
        }
    }

    public enum Block: Equatable, Sendable {
        case paragraph(String)
        /// A table; rows that are all empty are blank rows to write in by hand (taller).
        case table(columns: [Column], rows: [[String]])
        /// A line to sign on, with its label.
        case signature(String)
        /// A heading inside the document.
        case heading(String)
    }

    public var title: String
    /// Header lines under the title: compound, post, date.
    public var header: [String]
    public var orientation: Orientation
    public var blocks: [Block]
    /// The print time, shown with the header (on paper, every page also carries the title and
    /// its page number at the foot).
    public var footer: String
    /// The language of the page numbers (第 2 页, page 2).
    public var language: Language

    public init(title: String, header: [String], orientation: Orientation = .portrait, blocks: [Block], footer: String,
                language: Language = .zh) {
        self.language = language
        self.title = title
        self.header = header
        self.orientation = orientation
        self.blocks = blocks
        self.footer = footer
    }

    /// Every name, number and text on the document, for checking what a PDF must contain.
    public var texts: [String] {
        var all = [title] + header
        for block in blocks {
            switch block {
            case let .paragraph(text), let .signature(text), let .heading(text): all.append(text)
            case let .table(columns, rows): all += columns.map(\.title) + rows.flatMap { $0 }
            }
        }
        return all.filter { !$0.isEmpty }
    }
}

/// How phone numbers appear on paper: 138****1234 unless asked for in full.
public enum PhoneMask {
    public static func mask(_ phone: String, full: Bool) -> String {
        guard !full, phone.count == 11 else { return phone }
        return String(phone.prefix(3)) + "****" + String(phone.suffix(4))
    }
}
