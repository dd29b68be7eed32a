/// A key press, as the app sees it (the backend decodes terminal input into these).
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)   // Ctrl-A … Ctrl-Z, as the lowercase letter
    case up, down, left, right
    case enter, escape, tab, backTab, backspace, delete
    case home, end, pageUp, pageDown
    case function(Int)
    /// The terminal changed size.
    case resize

    /// The key's name as users write it in a keys file and as the help shows it:
    /// `a`, `?`, `Space`, `Ctrl-S`, `F5`, `Enter`, `Up` ….
    public var spec: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-\(c.uppercased())"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PageUp"
        case .pageDown: "PageDown"
        case .function(let n): "F\(n)"
        case .resize: "Resize"
        }
    }

    static let named: [String: Key] = [
        "space": .character(" "), "up": .up, "down": .down, "left": .left, "right": .right, "enter": .enter,
        "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab, "shift-tab": .backTab,
        "backspace": .backspace, "delete": .delete, "del": .delete, "home": .home, "end": .end,
        "pageup": .pageUp, "pgup": .pageUp, "pagedown": .pageDown, "pgdn": .pageDown,
    ]

    /// Parses a key name (the inverse of `spec`, case-insensitive for names); nil when unknown.
    public init?(spec text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.count == 1, let c = trimmed.first {
            self = .character(c)
            return
        }
        let lower = trimmed.lowercased()
        if let key = Key.named[lower] {
            self = key
            return
        }
        if lower.hasPrefix("ctrl-") || lower.hasPrefix("c-") || lower.hasPrefix("^") {
            let rest = lower.drop(while: { $0 != "-" && $0 != "^" }).dropFirst()
            if rest.count == 1, let c = rest.first, c.isLetter, c.isASCII {
                self = .control(c)
                return
            }
            return nil
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) {
            self = .function(n)
            return
        }
        return nil
    }
}

import Foundation
