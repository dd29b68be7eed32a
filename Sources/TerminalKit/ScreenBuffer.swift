/// What a piece of the screen means; a backend maps each role to colours and attributes
/// (and to plain attributes on a monochrome terminal). Drawing code never names a colour.
public enum StyleRole: UInt8, CaseIterable, Sendable {
    case normal
    case title
    case header
    case selected
    case dim
    /// Slot states on the board.
    case full, short, violated, pinned
    case functionKey, functionLabel
    case status, error
    case input
    case progress
}

/// One terminal cell. A wide character occupies its cell (width 2) and the next one, whose
/// `width` is 0 (a continuation that is never drawn on its own).
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var width: UInt8
    public var role: StyleRole

    public init(_ character: Character = " ", width: UInt8 = 1, role: StyleRole = .normal) {
        self.character = character
        self.width = width
        self.role = role
    }

    public static let blank = Cell()
    var isContinuation: Bool { width == 0 }
}

/// A grid of cells the app renders into; the terminal backend draws only what changed.
/// Widths are terminal columns: a Chinese character takes two cells and is never split —
/// where only one column is left it becomes a space.
public struct ScreenBuffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Sets one cell, keeping wide characters whole: a wide character cut in half by the
    /// write loses its other half (it becomes a blank of its role).
    mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let i = y * width + x
        let old = cells[i]
        if old.isContinuation, x > 0 { cells[i - 1] = Cell(" ", width: 1, role: cells[i - 1].role) }
        if old.width == 2, x + 1 < width, !(cell.width == 2) { cells[i + 1] = Cell(" ", width: 1, role: old.role) }
        cells[i] = cell
        if cell.width == 2 {
            if x + 1 < width {
                let next = cells[i + 1]
                if next.width == 2, x + 2 < width { cells[i + 2] = Cell(" ", width: 1, role: cells[i + 2].role) }
                cells[i + 1] = Cell(" ", width: 0, role: cell.role)
            }
        }
    }

    /// Writes `text` from column `x` of row `y`, at most `limit` columns (default: to the right
    /// edge). A wide character that would not fit whole is drawn as a space. Returns the
    /// columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole = .normal, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, x + (limit ?? width))
        var column = x
        for character in text {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }   // control characters and lone combining marks are not drawn
            if column + w > end {
                if column < end { set(column, y, Cell(" ", width: 1, role: role)); column += 1 }
                break
            }
            if column >= 0 { set(column, y, Cell(character, width: UInt8(w), role: role)) }
            column += w
        }
        return column - x
    }

    /// Writes `text` padded or cut (with `…`) to exactly `columns` columns.
    public mutating func put(_ text: String, x: Int, y: Int, columns: Int, role: StyleRole = .normal,
                             alignment: DisplayWidth.Alignment = .left) {
        guard columns > 0 else { return }
        put(DisplayWidth.pad(text, to: columns, alignment), x: x, y: y, role: role, limit: columns)
    }

    /// Fills a rectangle with blanks of `role`.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, role: StyleRole = .normal) {
        for row in max(0, y)..<min(height, y + h) {
            for column in max(0, x)..<min(width, x + w) { set(column, row, Cell(" ", width: 1, role: role)) }
        }
    }

    /// Sets the role of a row's cells without changing the text (e.g. to highlight a line).
    public mutating func paint(x: Int, y: Int, width w: Int, role: StyleRole) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + w) { cells[y * width + column].role = role }
    }

    /// One line of text: the characters of row `y`, continuation cells skipped.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<width where !self[x, y].isContinuation { text.append(self[x, y].character) }
        return text
    }

    /// The screen as plain text, one line per row, trailing blanks trimmed: what golden files hold.
    public var plainText: String {
        (0..<height).map { y in
            var line = line(y)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }

    /// Rows that differ from `other` (all rows when the sizes differ): what a backend redraws.
    public func changedRows(since other: ScreenBuffer?) -> [Int] {
        guard let other, other.width == width, other.height == height else { return Array(0..<height) }
        return (0..<height).filter { y in cells[(y * width)..<((y + 1) * width)] != other.cells[(y * width)..<((y + 1) * width)] }
    }
}
