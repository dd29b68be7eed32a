import TerminalKit

/// A selected row in a list that may be longer than the screen, and the first row shown:
/// the one way every list of the interface moves (board, slot, people, desk, standbys, print).
public struct ListCursor: Equatable, Sendable {
    public var row = 0
    public var scroll = 0

    public init(row: Int = 0, scroll: Int = 0) {
        self.row = row
        self.scroll = scroll
    }

    /// Moves by `delta` within `count` rows, keeping the row on a page of `page` rows.
    public mutating func move(_ delta: Int, count: Int, page: Int) {
        guard count > 0 else { return }
        row = max(0, min(count - 1, row + delta))
        keepVisible(page: page)
    }

    /// Scrolls so that the row is on the page.
    public mutating func keepVisible(page: Int) {
        if row < scroll { scroll = row }
        if row >= scroll + page { scroll = row - page + 1 }
        scroll = max(0, scroll)
    }

    /// Keeps the row within `count` rows (after the list shrank).
    public mutating func clamp(count: Int) {
        row = max(0, min(row, count - 1))
    }

    /// Back to the first row.
    public mutating func reset() {
        row = 0
        scroll = 0
    }

    /// How far each movement command moves, for a page of `page` rows; nil for other commands.
    public static func delta(_ command: Command, page: Int) -> Int? {
        [Command.up: -1, .down: 1, .pageUp: -page, .pageDown: page, .top: -1_000_000, .bottom: 1_000_000][command]
    }
}

/// A text that scrolls (help, a preview, a report): only the first line shown moves.
public struct Pager: Equatable, Sendable {
    public var scroll = 0

    public init(scroll: Int = 0) { self.scroll = scroll }

    /// Scrolls by `delta` over `count` lines on pages of `page`, never past the last page.
    public mutating func move(_ delta: Int, count: Int, page: Int) {
        scroll = max(0, min(max(0, count - page), scroll + delta))
    }
}
